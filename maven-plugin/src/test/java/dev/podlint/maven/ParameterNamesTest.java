package dev.podlint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParameterNamesTest {

    @Test
    void theCommandLinesOptionsBecomeTheGoalsParameters() {
        assertThat(ParameterNames.of("--kubernetes-version 1.12: podlint bundles the schemas of 1.30"))
                .isEqualTo("<kubernetesVersion> 1.12: podlint bundles the schemas of 1.30");
        assertThat(ParameterNames.of("--preset-feature-gates: unknown gate; --preset x"))
                .isEqualTo("<presetFeatureGates>: unknown gate; <presets> x");
        assertThat(ParameterNames.of("unknown rule 'x' in --disable")).isEqualTo("unknown rule 'x' in <disableRules>");
        assertThat(ParameterNames.of("a --verbose flag stays")).isEqualTo("a --verbose flag stays");
    }
}
