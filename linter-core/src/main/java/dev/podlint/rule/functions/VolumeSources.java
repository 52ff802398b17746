package dev.podlint.rule.functions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The sources a volume or a projected volume sets, and the paths projected sources write to. */
public final class VolumeSources {

    /** The volume source fields of the API (core/v1 VolumeSource), {@code image} included. */
    private static final Set<String> VOLUME_SOURCES = Set.of(
            "hostPath",
            "emptyDir",
            "gcePersistentDisk",
            "awsElasticBlockStore",
            "gitRepo",
            "secret",
            "nfs",
            "iscsi",
            "glusterfs",
            "persistentVolumeClaim",
            "rbd",
            "flexVolume",
            "cinder",
            "cephfs",
            "flocker",
            "downwardAPI",
            "fc",
            "azureFile",
            "configMap",
            "vsphereVolume",
            "quobyte",
            "azureDisk",
            "photonPersistentDisk",
            "projected",
            "portworxVolume",
            "scaleIO",
            "storageos",
            "csi",
            "ephemeral",
            "image");

    private static final List<String> PROJECTIONS = List.of(
            "secret", "configMap", "downwardAPI", "serviceAccountToken", "clusterTrustBundle", "podCertificate");

    private VolumeSources() {}

    /**
     * The volume source types ({@code emptyDir}, {@code configMap}, ...) a volume sets, in the order
     * written (a finding about a second type then points at the one written last).
     */
    public static List<String> volumeTypes(Object volume) {
        List<String> present = new ArrayList<>();
        if (volume instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (e.getValue() != null && VOLUME_SOURCES.contains(e.getKey())) {
                    present.add(String.valueOf(e.getKey()));
                }
            }
        }
        return present;
    }

    /** The source types ({@code secret}, {@code configMap}, ...) a projected source entry sets. */
    public static List<String> projectionTypes(Object source) {
        return JsonTypes.setFields(source, PROJECTIONS);
    }

    /**
     * The pointer (relative to a volume) of the first projected target path that repeats an earlier
     * one, or null: only explicit secret/configMap item paths, downwardAPI item paths and
     * clusterTrustBundle paths are compared, as the API server does (not serviceAccountToken paths).
     */
    public static @Nullable String duplicateProjectedPath(Object volume) {
        if (!(volume instanceof Map<?, ?> v)
                || !(v.get("projected") instanceof Map<?, ?> projected)
                || !(projected.get("sources") instanceof List<?> sources)) {
            return null;
        }
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < sources.size(); i++) {
            if (!(sources.get(i) instanceof Map<?, ?> source)) {
                continue;
            }
            for (String type : List.of("secret", "configMap", "downwardAPI")) {
                if (source.get(type) instanceof Map<?, ?> s && s.get("items") instanceof List<?> items) {
                    for (int j = 0; j < items.size(); j++) {
                        if (items.get(j) instanceof Map<?, ?> item
                                && item.get("path") instanceof String p
                                && !seen.add(p)) {
                            return "projected/sources/" + i + "/" + type + "/items/" + j + "/path";
                        }
                    }
                }
            }
            if (source.get("clusterTrustBundle") instanceof Map<?, ?> ctb
                    && ctb.get("path") instanceof String p
                    && !seen.add(p)) {
                return "projected/sources/" + i + "/clusterTrustBundle/path";
            }
        }
        return null;
    }
}
