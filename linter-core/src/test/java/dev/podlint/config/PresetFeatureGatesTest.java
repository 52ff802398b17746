package dev.podlint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** --preset-feature-gates reads kube-apiserver's --feature-gates syntax. */
class PresetFeatureGatesTest {

    @Test
    void ephemeralContainersIsOffUnlessSet() {
        assertThat(PresetFeatureGates.DEFAULT.ephemeralContainers()).isFalse();
        assertThat(PresetFeatureGates.parse("").ephemeralContainers()).isFalse();
        assertThat(PresetFeatureGates.parse("EphemeralContainers=true").ephemeralContainers())
                .isTrue();
        assertThat(PresetFeatureGates.parse(" EphemeralContainers = T ,").ephemeralContainers())
                .isTrue();
        assertThat(PresetFeatureGates.parse("EphemeralContainers=0").ephemeralContainers())
                .isFalse();
    }

    @Test
    void allAlphaTurnsItOnUnlessItIsSetByName() {
        assertThat(PresetFeatureGates.parse("AllAlpha=true").ephemeralContainers())
                .isTrue();
        assertThat(PresetFeatureGates.parse("AllAlpha=true,EphemeralContainers=false")
                        .ephemeralContainers())
                .isFalse();
        assertThat(PresetFeatureGates.parse("EphemeralContainers=false,AllAlpha=true")
                        .ephemeralContainers())
                .isFalse();
        assertThat(PresetFeatureGates.parse("AllBeta=true").ephemeralContainers())
                .isFalse();
    }

    @Test
    void mistakesAreUsageErrors() {
        assertThatThrownBy(() -> PresetFeatureGates.parse("EphemeralContainers"))
                .isInstanceOf(UsageException.class)
                .hasMessage("--preset-feature-gates: missing bool value for EphemeralContainers");
        assertThatThrownBy(() -> PresetFeatureGates.parse("EphemeralContainers=yes"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("invalid value of EphemeralContainers=yes");
        assertThatThrownBy(() -> PresetFeatureGates.parse("EphemeralContainer=true"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("unrecognized feature gate: EphemeralContainer");
    }
}
