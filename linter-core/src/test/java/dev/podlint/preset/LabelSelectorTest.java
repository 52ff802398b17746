package dev.podlint.preset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podlint.source.YamlNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelSelectorTest {

    private static LabelSelector parse(String yaml) throws InvalidSelectorException {
        YamlNode node = Manifests.load("s.yaml", "selector:\n" + yaml.indent(2))
                .get(0)
                .object()
                .node("selector");
        return LabelSelector.parse(node);
    }

    @Test
    void operatorsAndMatchLabelsAreAnded() throws InvalidSelectorException {
        LabelSelector selector = parse("""
                matchLabels:
                  role: frontend
                matchExpressions:
                  - {key: tier, operator: In, values: [web, api]}
                  - {key: env, operator: NotIn, values: [prod]}
                  - {key: team, operator: Exists}
                  - {key: legacy, operator: DoesNotExist}
                """);
        Map<String, String> labels = Map.of("role", "frontend", "tier", "api", "team", "a");
        assertThat(selector.matches(labels)).isTrue();
        assertThat(selector.matches(Map.of("role", "frontend", "tier", "db", "team", "a")))
                .as("In")
                .isFalse();
        assertThat(selector.matches(Map.of("role", "frontend", "tier", "web", "team", "a", "env", "prod")))
                .as("NotIn")
                .isFalse();
        assertThat(selector.matches(Map.of("role", "frontend", "tier", "web")))
                .as("Exists")
                .isFalse();
        assertThat(selector.matches(Map.of("role", "frontend", "tier", "web", "team", "a", "legacy", "")))
                .as("DoesNotExist")
                .isFalse();
        assertThat(selector.matches(Map.of("tier", "web", "team", "a")))
                .as("matchLabels")
                .isFalse();
    }

    @Test
    void emptyOrAbsentSelectsEverything() throws InvalidSelectorException {
        assertThat(parse("{}").matches(Map.of())).isTrue();
        assertThat(LabelSelector.parse(null).selectsEverything()).isTrue();
        assertThat(parse("matchLabels: {}\nmatchExpressions: []").selectsEverything())
                .isTrue();
    }

    @Test
    void conversionErrorsNameTheNode() {
        assertThatThrownBy(() -> parse("matchExpressions:\n  - {key: a, operator: Equals, values: [x]}"))
                .isInstanceOf(InvalidSelectorException.class)
                .hasMessageContaining("\"Equals\" is not a valid")
                .satisfies(e -> assertThat(((InvalidSelectorException) e).relativePointer())
                        .isEqualTo("/matchExpressions/0/operator"));
        assertThatThrownBy(() -> parse("matchExpressions:\n  - {key: a, operator: Exists, values: [x]}"))
                .hasMessageContaining("must be empty");
        assertThatThrownBy(() -> parse("matchExpressions:\n  - {key: a, operator: NotIn}"))
                .hasMessageContaining("can't be empty");
        assertThatThrownBy(() -> parse("matchLabels:\n  \"bad key!\": x")).hasMessageContaining("label key");
        assertThatThrownBy(() -> parse("matchLabels:\n  a: \"-x\"")).hasMessageContaining("label value");
        assertThatThrownBy(() -> parse("matchLabels:\n  Example.com/a: x")).hasMessageContaining("prefix");
    }
}
