package dev.podlint.schemas.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every field that the defaulting code of a Kubernetes minor fills in is optional in that minor's
 * bundled schema (defaulted-fields.tsv, read from the Go sources).
 */
class DefaultedFieldsTest {

    @Test
    void noBundledVersionRequiresADefaultedField() {
        List<String> required = new ArrayList<>();
        int checked = 0;
        for (KubernetesVersions.Target target : KubernetesVersions.TARGETS) {
            JsonNode definitions = SchemaFactsTest.file(target.fileName()).get("definitions");
            for (FieldTable.Entry entry : FieldTable.DEFAULTED.entries()) {
                JsonNode definition = definitions.get(entry.definition());
                if (!entry.minors().contains(target.kubernetesVersion()) || definition == null) {
                    continue; // a group version this minor does not serve, or a type inlined into others
                }
                checked++;
                if (definition.path("properties").has(entry.jsonName())
                        && contains(definition.path("required"), entry.jsonName())) {
                    required.add(target.fileName() + ": " + entry.definition() + "." + entry.jsonName() + " (filled by "
                            + entry.function() + ")");
                }
            }
        }
        assertThat(checked).as("entries whose definition a bundled version has").isGreaterThan(500);
        assertThat(required).as("defaulted fields still required").isEmpty();
    }

    @Test
    void everyBundledMinorHasEntries() {
        for (KubernetesVersions.Target target : KubernetesVersions.TARGETS) {
            if (target.onlyKinds() == null) {
                assertThat(FieldTable.DEFAULTED.entries())
                        .as(target.kubernetesVersion())
                        .anyMatch(e -> e.minors().contains(target.kubernetesVersion())
                                && e.function().equals("SetDefaults_RoleBinding"));
            }
        }
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode item : array) {
            if (item.asString("").equals(value)) {
                return true;
            }
        }
        return false;
    }
}
