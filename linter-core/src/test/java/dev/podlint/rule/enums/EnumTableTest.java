package dev.podlint.rule.enums;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.check.CollectingSink;
import dev.podlint.finding.Finding;
import dev.podlint.rule.RuleCatalog;
import dev.podlint.schema.KubernetesVersion;
import dev.podlint.source.Document;
import dev.podlint.source.ManifestLoader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * Every row of the enum table, in every bundled version: each accepted value passes; a value in
 * another case gets a "did you mean" with the accepted one; an unknown value, and a value only
 * another version accepts, fail; "" follows the row's rule; a row not checked in a version reports
 * nothing there.
 */
class EnumTableTest {

    private static final EnumTable TABLE = EnumTable.bundled();
    private static final RuleCatalog CATALOG = RuleCatalog.builtIn();
    private static final Map<String, List<String>> SCOPE_PREFIX =
            Map.of("Pod", List.of("spec"), "PodTemplate", List.of("template", "spec"), "Job", List.of("spec"));

    @Test
    void coversTheBundledVersions() {
        assertThat(TABLE.versions())
                .extracting(KubernetesVersion::toString)
                .containsExactly("1.27", "1.28", "1.30", "1.31", "1.32", "1.33", "1.34", "1.35", "1.36");
        assertThat(TABLE.fields()).hasSizeGreaterThan(50);
        assertThat(TABLE.fields())
                .allSatisfy(f -> assertThat(f.source())
                        .matches(
                                "(core|apps|batch|storage|rbac|discovery|networking|autoscaling|policy|admissionregistration|flowcontrol)"
                                        + "/validation/validation\\.go \\S.*|apimachinery \\S+ \\S.*"));
    }

    @TestFactory
    Stream<DynamicTest> everyRowInEveryVersion() {
        List<DynamicTest> tests = new ArrayList<>();
        for (EnumField field : TABLE.fields()) {
            Set<String> everAccepted = new LinkedHashSet<>();
            field.values().values().stream().filter(v -> v != null).forEach(everAccepted::addAll);
            for (KubernetesVersion version : TABLE.versions()) {
                tests.add(DynamicTest.dynamicTest(
                        field.pathText() + " " + version, () -> checkRow(field, version, everAccepted)));
            }
        }
        return tests.stream();
    }

    private static void checkRow(EnumField field, KubernetesVersion version, Set<String> everAccepted) {
        List<String> accepted = field.valuesIn(version);
        for (String kind : kinds(field)) {
            for (List<String> path : concretePaths(field)) {
                if (accepted == null) {
                    assertThat(findings(field, kind, path, "Bogus-Value", version))
                            .isEmpty();
                    continue;
                }
                for (String value : accepted) {
                    assertThat(findings(field, kind, path, value, version))
                            .as(value)
                            .isEmpty();
                }
                for (String value : everAccepted) {
                    if (!accepted.contains(value)) {
                        assertThat(findings(field, kind, path, value, version))
                                .as(value + " (another version's)")
                                .hasSize(1);
                    }
                }
                assertThat(findings(field, kind, path, "Bogus-Value", version))
                        .singleElement()
                        .satisfies(f -> assertThat(f.message())
                                .contains("Unsupported value \"Bogus-Value\"")
                                .contains("supported values: \"" + accepted.get(0) + "\""));
                String other = otherCase(accepted.get(0));
                if (other != null) {
                    assertThat(findings(field, kind, path, other, version))
                            .singleElement()
                            .satisfies(
                                    f -> assertThat(f.message()).contains("did you mean \"" + accepted.get(0) + "\"?"));
                }
                boolean emptyAccepted = field.allowEmpty() || accepted.contains("");
                assertThat(findings(field, kind, path, "", version)).hasSize(emptyAccepted ? 0 : 1);
            }
        }
    }

    private static String otherCase(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        String other = lower.equals(value) ? value.toUpperCase(Locale.ROOT) : lower;
        return other.equals(value) ? null : other;
    }

    private static List<String> kinds(EnumField field) {
        if (!field.kinds().isEmpty()) {
            return new ArrayList<>(field.kinds());
        }
        return switch (field.scope()) {
            case JOB_SPEC -> List.of("Job");
            case OBJECT -> throw new IllegalStateException(field.pathText() + ": an object row names its kinds");
            default -> List.of("Pod");
        };
    }

    /** The path written out once per alternative ({a,b}); '*' stays. */
    private static List<List<String>> concretePaths(EnumField field) {
        List<List<String>> paths = new ArrayList<>();
        paths.add(new ArrayList<>());
        for (EnumField.Segment segment : field.path()) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> path : paths) {
                for (String step : segment.everyItem() ? List.of("*") : segment.fields()) {
                    List<String> longer = new ArrayList<>(path);
                    longer.add(step);
                    next.add(longer);
                }
            }
            paths = next;
        }
        return paths;
    }

    private static List<Finding> findings(
            EnumField field, String kind, List<String> path, String value, KubernetesVersion version) {
        List<String> full = new ArrayList<>();
        switch (field.scope()) {
            case POD_SPEC -> full.addAll(SCOPE_PREFIX.get(kind));
            case CONTAINER -> {
                full.addAll(SCOPE_PREFIX.get(kind));
                full.add("containers");
                full.add("*");
            }
            case JOB_SPEC -> full.addAll(SCOPE_PREFIX.get(kind));
            case OBJECT -> {}
        }
        int scopeDepth = full.size();
        full.addAll(path);
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("apiVersion", "v1");
        object.put("kind", kind);
        object.put("metadata", Map.of("name", "x"));
        put(object, full, 0, value);
        if (field.whenSet() != null) {
            scopeNode(object, full.subList(0, scopeDepth)).put(field.whenSet(), new LinkedHashMap<>());
        }
        String yaml = new Dump(DumpSettings.builder()
                        .setDefaultScalarStyle(ScalarStyle.DOUBLE_QUOTED)
                        .build())
                .dumpToString(object);
        CollectingSink sink = new CollectingSink(CATALOG);
        EnumCheck check = new EnumCheck("enum-value", TABLE, version);
        for (Document document :
                new ManifestLoader().loadText("test.yaml", yaml).documents()) {
            check.check(document, sink);
        }
        List<Finding> found = sink.findings();
        found.forEach(f -> assertThat(f.path()).as(f.message()).startsWith("/" + String.join("/", full.subList(0, 1))));
        return found;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> map, List<String> path, int i, String value) {
        String step = path.get(i);
        boolean last = i == path.size() - 1;
        boolean listNext = !last && path.get(i + 1).equals("*");
        if (last) {
            map.put(step, value);
        } else if (listNext) {
            boolean listOfValues = i + 1 == path.size() - 1;
            if (listOfValues) {
                map.put(step, List.of(value));
            } else {
                Map<String, Object> item = new LinkedHashMap<>();
                map.put(step, List.of(item));
                put(item, path, i + 2, value);
            }
        } else {
            Map<String, Object> child = (Map<String, Object>) map.computeIfAbsent(step, k -> new LinkedHashMap<>());
            put(child, path, i + 1, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> scopeNode(Map<String, Object> object, List<String> path) {
        Object node = object;
        for (String step : path) {
            node = step.equals("*") ? ((List<Object>) node).get(0) : ((Map<String, Object>) node).get(step);
        }
        return (Map<String, Object>) node;
    }
}
