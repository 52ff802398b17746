package dev.podlint.preset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.source.MappingNode;
import org.junit.jupiter.api.Test;

/** Entries compare as reflect.DeepEqual on decoded, v1-defaulted API structs. */
class NodeEqualityTest {

    private static MappingNode entry(String yaml) {
        return Manifests.load("e.yaml", yaml).get(0).object();
    }

    private static boolean same(String a, String b, EntryKind kind) {
        return NodeEquality.deepEqual(entry(a), entry(b), kind);
    }

    @Test
    void keyOrderAndIntegerSpellingDoNotMatter() {
        assertThat(same("{name: a, value: b}", "{value: b, name: a}", EntryKind.ENV)).isTrue();
        assertThat(same("{name: v, secret: {secretName: s, defaultMode: 0644}}",
                "{name: v, secret: {secretName: s, defaultMode: 420}}", EntryKind.VOLUME)).isTrue();
        assertThat(NodeEquality.equal(entry("{a: 1}"), entry("{a: 1}"))).isTrue();
        assertThat(NodeEquality.equal(entry("{a: 1}"), entry("{a: \"1\"}"))).isFalse();
    }

    @Test
    void defaultsApplyToBothSides() {
        assertThat(same("{name: v}", "{name: v, emptyDir: {}}", EntryKind.VOLUME)).as("no source = emptyDir").isTrue();
        assertThat(same("{name: v, configMap: {name: c}}", "{name: v, configMap: {name: c, defaultMode: 420}}",
                EntryKind.VOLUME)).isTrue();
        assertThat(same("{name: v, configMap: {name: c}}", "{name: v, configMap: {name: c, defaultMode: 256}}",
                EntryKind.VOLUME)).isFalse();
        assertThat(same("{name: v, hostPath: {path: /x}}", "{name: v, hostPath: {path: /x, type: \"\"}}",
                EntryKind.VOLUME)).isTrue();
        assertThat(same("{name: e, valueFrom: {fieldRef: {fieldPath: metadata.name}}}",
                "{name: e, valueFrom: {fieldRef: {fieldPath: metadata.name, apiVersion: v1}}}", EntryKind.ENV))
                .isTrue();
    }

    @Test
    void zeroValuesEqualAbsentOnlyForNonPointerFields() {
        assertThat(same("{name: m, mountPath: /x}", "{name: m, mountPath: /x, readOnly: false, subPath: \"\"}",
                EntryKind.VOLUME_MOUNT)).isTrue();
        assertThat(same("{name: e, value: ~}", "{name: e}", EntryKind.ENV)).as("null = absent").isTrue();
        assertThat(same("{configMapRef: {name: c}}", "{configMapRef: {name: c, optional: false}}",
                EntryKind.ENV_FROM)).as("*bool").isFalse();
        assertThat(same("{name: m, mountPath: /x}", "{name: m, mountPath: /x, mountPropagation: None}",
                EntryKind.VOLUME_MOUNT)).isFalse();
    }
}
