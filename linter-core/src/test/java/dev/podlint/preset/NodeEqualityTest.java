package dev.podlint.preset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.source.MappingNode;
import org.junit.jupiter.api.Test;

/** Entries compare as reflect.DeepEqual on decoded, v1-defaulted API structs. */
class NodeEqualityTest {

    private static MappingNode entry(String yaml) {
        return Manifests.load("e.yaml", yaml).get(0).object();
    }

    /** {@code a} as a pod's entry, {@code b} as a preset's. */
    private static boolean same(String a, String b, EntryKind kind) {
        return NodeEquality.deepEqual(entry(a), Decoding.REQUEST, entry(b), Decoding.STORAGE, kind);
    }

    @Test
    void keyOrderAndIntegerSpellingDoNotMatter() {
        assertThat(same("{name: a, value: b}", "{value: b, name: a}", EntryKind.ENV))
                .isTrue();
        assertThat(same(
                        "{name: v, secret: {secretName: s, defaultMode: 0644}}",
                        "{name: v, secret: {secretName: s, defaultMode: 420}}",
                        EntryKind.VOLUME))
                .isTrue();
        assertThat(NodeEquality.equal(entry("{a: 1}"), entry("{a: 1}"))).isTrue();
        assertThat(NodeEquality.equal(entry("{a: 1}"), entry("{a: \"1\"}"))).isFalse();
    }

    @Test
    void defaultsApplyToBothSides() {
        assertThat(same("{name: v}", "{name: v, emptyDir: {}}", EntryKind.VOLUME))
                .as("no source = emptyDir")
                .isTrue();
        assertThat(same(
                        "{name: v, configMap: {name: c}}",
                        "{name: v, configMap: {name: c, defaultMode: 420}}",
                        EntryKind.VOLUME))
                .isTrue();
        assertThat(same(
                        "{name: v, configMap: {name: c}}",
                        "{name: v, configMap: {name: c, defaultMode: 256}}",
                        EntryKind.VOLUME))
                .isFalse();
        assertThat(same(
                        "{name: v, hostPath: {path: /x}}",
                        "{name: v, hostPath: {path: /x, type: \"\"}}",
                        EntryKind.VOLUME))
                .isTrue();
        assertThat(same(
                        "{name: e, valueFrom: {fieldRef: {fieldPath: metadata.name}}}",
                        "{name: e, valueFrom: {fieldRef: {fieldPath: metadata.name, apiVersion: v1}}}",
                        EntryKind.ENV))
                .isTrue();
    }

    @Test
    void zeroValuesEqualAbsentOnlyForNonPointerFields() {
        assertThat(same(
                        "{name: m, mountPath: /x}",
                        "{name: m, mountPath: /x, readOnly: false, subPath: \"\"}",
                        EntryKind.VOLUME_MOUNT))
                .isTrue();
        assertThat(same("{name: e, value: ~}", "{name: e}", EntryKind.ENV))
                .as("null = absent")
                .isTrue();
        assertThat(same("{configMapRef: {name: c}}", "{configMapRef: {name: c, optional: false}}", EntryKind.ENV_FROM))
                .as("*bool")
                .isFalse();
        assertThat(same(
                        "{name: m, mountPath: /x}",
                        "{name: m, mountPath: /x, mountPropagation: None}",
                        EntryKind.VOLUME_MOUNT))
                .isFalse();
    }

    @Test
    void quantitiesCompareAsDecodedAgainstStored() {
        String pod = "{name: v, emptyDir: {sizeLimit: %s}}";
        assertThat(same(pod.formatted("1Gi"), pod.formatted("1024Mi"), EntryKind.VOLUME))
                .as("the preset comes back as 1Gi")
                .isTrue();
        assertThat(same(pod.formatted("1024Mi"), pod.formatted("1024Mi"), EntryKind.VOLUME))
                .as("only the preset's keeps its string")
                .isFalse();
        assertThat(NodeEquality.deepEqual(
                        entry(pod.formatted("1024Mi")),
                        Decoding.STORAGE,
                        entry(pod.formatted("1Gi")),
                        Decoding.STORAGE,
                        EntryKind.VOLUME))
                .as("two presets")
                .isTrue();
        String env = "{name: M, valueFrom: {resourceFieldRef: {resource: limits.memory%s}}}";
        assertThat(same(env.formatted(""), env.formatted(""), EntryKind.ENV))
                .as("absent divisor: Quantity{} on the pod, \"0\" from storage")
                .isFalse();
        assertThat(same(env.formatted(", divisor: 0"), env.formatted(""), EntryKind.ENV))
                .isTrue();
        assertThat(same(env.formatted(", divisor: ~"), env.formatted(", divisor: 0"), EntryKind.ENV))
                .isFalse();
        assertThat(same(env.formatted(", divisor: 1Mi"), env.formatted(", divisor: 1024Ki"), EntryKind.ENV))
                .isTrue();
        String file = "{name: v, downwardAPI: {items: [{path: m, resourceFieldRef: {resource: limits.cpu%s}}]}}";
        assertThat(same(file.formatted(", divisor: 1m"), file.formatted(", divisor: 1m"), EntryKind.VOLUME))
                .isTrue();
        assertThat(same(file.formatted(""), file.formatted(""), EntryKind.VOLUME))
                .isFalse();
    }

    @Test
    void storageDropsEmptyListsAndMaps() {
        assertThat(same("{name: v, downwardAPI: {items: []}}", "{name: v, downwardAPI: {items: []}}", EntryKind.VOLUME))
                .as("a non-nil empty slice against nil")
                .isFalse();
        assertThat(same("{name: v, downwardAPI: {}}", "{name: v, downwardAPI: {items: []}}", EntryKind.VOLUME))
                .isTrue();
        assertThat(same("{name: v, downwardAPI: {items: ~}}", "{name: v, downwardAPI: {}}", EntryKind.VOLUME))
                .isTrue();
        assertThat(same(
                        "{name: v, csi: {driver: d, volumeAttributes: {}}}",
                        "{name: v, csi: {driver: d, volumeAttributes: {}}}",
                        EntryKind.VOLUME))
                .isFalse();
        assertThat(same(
                        "{name: v, csi: {driver: d, volumeAttributes: {a: \"\"}}}",
                        "{name: v, csi: {driver: d, volumeAttributes: {a: ~}}}",
                        EntryKind.VOLUME))
                .as("map keys stay, null is \"\"")
                .isTrue();
        assertThat(same("{name: v, emptyDir: {}}", "{name: v, emptyDir: {}}", EntryKind.VOLUME))
                .as("a pointer to an empty struct stays")
                .isTrue();
    }

    @Test
    void ephemeralClaimTemplatesAreDefaultedAndRoundedToMilli() {
        String template = "{name: v, ephemeral: {volumeClaimTemplate: {spec: {accessModes: [ReadWriteOnce]%s}}}}";
        assertThat(same(template.formatted(""), template.formatted(", volumeMode: Filesystem"), EntryKind.VOLUME))
                .isTrue();
        assertThat(same(
                        template.formatted(", resources: {requests: {storage: 1Gi}}"),
                        template.formatted(", resources: {requests: {storage: 1024Mi}}"),
                        EntryKind.VOLUME))
                .isTrue();
        assertThat(same(
                        template.formatted(", resources: {requests: {storage: 1024Mi}}"),
                        template.formatted(", resources: {requests: {storage: 1024Mi}}"),
                        EntryKind.VOLUME))
                .isFalse();
        assertThat(same(template.formatted(", resources: {}"), template.formatted(""), EntryKind.VOLUME))
                .as("resources is no pointer")
                .isTrue();
        assertThat(same(template.formatted(", resources: {limits: {}}"), template.formatted(""), EntryKind.VOLUME))
                .isFalse();
    }
}
