package dev.podlint.preset;

import dev.podlint.kube.GoQuantity;
import dev.podlint.source.MappingNode;
import dev.podlint.source.ScalarNode;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.YamlNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The canonical value of an env var, envFrom source, volumeMount or volume as the API server holds
 * it after decoding and v1 defaulting ({@code pkg/apis/core/v1/defaults.go}), so two entries can be
 * compared as {@code reflect.DeepEqual} compares the structs.
 *
 * <p>Decoding: JSON null is the zero value; a zero string, false or 0 in a non-pointer field is the
 * same as an absent field, while pointer fields ({@code optional}, {@code defaultMode}, ...) keep
 * the difference between absent and zero. Quantities become {@link GoQuantity} values. A pod's
 * empty list or map differs from an absent one, as in Go (a non-nil empty slice or map); a
 * preset's, read back from storage ({@link Decoding#STORAGE}), is absent.
 */
final class V1Defaults {

    /** Scalar fields that are pointers in the v1 types (zero differs from absent). */
    private static final Set<String> POINTER_FIELDS = Set.of(
            "optional",
            "defaultMode",
            "mode",
            "mountPropagation",
            "recursiveReadOnly",
            "expirationSeconds",
            "sizeLimit",
            "volumeMode",
            "storageClassName",
            "deletionGracePeriodSeconds");
    /** Pointer fields only under a given volume source: "source.field". */
    private static final Set<String> POINTER_FIELDS_IN = Set.of(
            "csi.readOnly",
            "csi.fsType",
            "azureDisk.readOnly",
            "azureDisk.cachingMode",
            "azureDisk.fsType",
            "azureDisk.kind",
            "hostPath.type",
            "iscsi.initiatorName");
    /** Fields that are Go maps (their keys are data): the CSI and flex options, the ephemeral volume's claim template. */
    private static final Set<String> GO_MAPS =
            Set.of("volumeAttributes", "options", "labels", "annotations", "matchLabels", "limits", "requests");
    /** Go maps of quantities ({@code ResourceList}). */
    private static final Set<String> RESOURCE_LISTS = Set.of("limits", "requests");
    /** Struct fields that are no pointers (the claim template's): empty is their zero value, the same as absent. */
    private static final Set<String> VALUE_STRUCTS = Set.of("metadata", "spec", "resources");

    private static final BigInteger MODE_0644 = BigInteger.valueOf(420);

    private V1Defaults() {}

    static @Nullable Object canonical(MappingNode entry, EntryKind kind, Decoding decoding) {
        @SuppressWarnings("unchecked")
        Map<String, Object> value =
                (Map<String, Object>) Objects.requireNonNull(decode(entry, ""), "a mapping decodes to a map");
        switch (kind) {
            case ENV -> defaultEnvVar(value);
            case VOLUME -> defaultVolume(value);
            case ENV_FROM, VOLUME_MOUNT -> {
                // no v1 defaults
            }
        }
        return decoding == Decoding.STORAGE ? stored(value) : value;
    }

    /** Plain values with nulls, and zero values of non-pointer fields, removed; quantities as Go holds them. */
    private static @Nullable Object decode(@Nullable YamlNode node, String parentField) {
        if (node instanceof MappingNode m) {
            boolean goMap = GO_MAPS.contains(parentField);
            Map<String, Object> out = new HashMap<>();
            for (MappingNode.Entry e : m.entries()) {
                if (goMap) {
                    // every key stays; null is the element's zero value
                    Object value = RESOURCE_LISTS.contains(parentField)
                            ? quantity(e.value(), GoQuantity.ZERO)
                            : decode(e.value(), e.key());
                    out.put(e.key(), value == null ? "" : value);
                    continue;
                }
                Object value = isQuantity(parentField, e.key())
                        // divisor is a struct, sizeLimit a pointer
                        ? quantity(e.value(), parentField.equals("resourceFieldRef") ? GoQuantity.ZERO : null)
                        : decode(e.value(), e.key());
                if (value == null
                        || (isZero(value) && !isPointer(parentField, e.key()))
                        || (value instanceof Map<?, ?> struct && struct.isEmpty() && VALUE_STRUCTS.contains(e.key()))) {
                    continue;
                }
                out.put(e.key(), value);
            }
            return out;
        }
        if (node instanceof SequenceNode s) {
            List<Object> out = new ArrayList<>(s.size());
            for (YamlNode item : s.nodes()) {
                out.add(decode(item, ""));
            }
            return out;
        }
        return NodeEquality.scalar((ScalarNode) Objects.requireNonNull(node, "entries and items are nodes"));
    }

    private static boolean isQuantity(String parentField, String field) {
        return (parentField.equals("emptyDir") && field.equals("sizeLimit"))
                || (parentField.equals("resourceFieldRef") && field.equals("divisor"));
    }

    /** A quantity as the API server decodes it; one it cannot parse is compared as written. */
    private static @Nullable Object quantity(@Nullable YamlNode node, @Nullable GoQuantity whenNull) {
        if (node instanceof ScalarNode scalar) {
            if (scalar.value() == null) {
                return whenNull;
            }
            return GoQuantity.fromJson(scalar.value()).map(Object.class::cast).orElseGet(() -> decode(node, ""));
        }
        return decode(node, "");
    }

    /**
     * The value after the storage round trip: each quantity in canonical form parsed again, and
     * empty lists, maps and value structs dropped (protobuf writes nothing for them, and reads nil).
     */
    private static @Nullable Object stored(@Nullable Object value) {
        if (value instanceof GoQuantity q) {
            return q.stored();
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(item -> out.add(stored(item)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new HashMap<>();
            map.forEach((key, item) -> {
                Object s = stored(item);
                if (!(s instanceof List<?> l && l.isEmpty())
                        && !(s instanceof Map<?, ?> m
                                && m.isEmpty()
                                && (GO_MAPS.contains((String) key) || VALUE_STRUCTS.contains((String) key)))) {
                    out.put((String) key, s);
                }
            });
            return out;
        }
        return value;
    }

    private static boolean isZero(Object value) {
        return "".equals(value)
                || Boolean.FALSE.equals(value)
                || BigInteger.ZERO.equals(value)
                || (value instanceof Double d && d == 0.0);
    }

    private static boolean isPointer(String parentField, String field) {
        return POINTER_FIELDS.contains(field) || POINTER_FIELDS_IN.contains(parentField + "." + field);
    }

    private static void defaultEnvVar(@Nullable Map<String, Object> env) {
        Map<String, Object> valueFrom = map(env, "valueFrom");
        if (valueFrom != null) {
            defaultFieldRef(map(valueFrom, "fieldRef"));
            defaultResourceFieldRef(map(valueFrom, "resourceFieldRef"));
        }
    }

    /** divisor is a Quantity, not a pointer: always there, {@code Quantity{}} when absent. */
    private static void defaultResourceFieldRef(@Nullable Map<String, Object> resourceFieldRef) {
        if (resourceFieldRef != null) {
            resourceFieldRef.putIfAbsent("divisor", GoQuantity.ZERO);
        }
    }

    private static void defaultFieldRef(@Nullable Map<String, Object> fieldRef) {
        if (fieldRef != null) {
            fieldRef.putIfAbsent("apiVersion", "v1");
        }
    }

    private static void defaultVolume(Map<String, Object> volume) {
        if (volume.keySet().stream().allMatch(k -> k.equals("name"))) {
            volume.put("emptyDir", new HashMap<>()); // SetDefaults_Volume
        }
        defaultMode(map(volume, "secret"));
        defaultMode(map(volume, "configMap"));
        Map<String, Object> downwardAPI = map(volume, "downwardAPI");
        defaultMode(downwardAPI);
        defaultDownwardItems(downwardAPI);
        Map<String, Object> projected = map(volume, "projected");
        defaultMode(projected);
        if (projected != null && projected.get("sources") instanceof List<?> sources) {
            for (Object source : sources) {
                if (source instanceof Map<?, ?> s) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> projection = (Map<String, Object>) s;
                    Map<String, Object> token = map(projection, "serviceAccountToken");
                    if (token != null) {
                        token.putIfAbsent("expirationSeconds", BigInteger.valueOf(3600));
                    }
                    defaultDownwardItems(map(projection, "downwardAPI"));
                }
            }
        }
        defaultClaimTemplate(map(map(volume, "ephemeral"), "volumeClaimTemplate"));
        Map<String, Object> hostPath = map(volume, "hostPath");
        if (hostPath != null) {
            hostPath.putIfAbsent("type", "");
        }
        Map<String, Object> iscsi = map(volume, "iscsi");
        if (iscsi != null) {
            iscsi.putIfAbsent("iscsiInterface", "default");
        }
        Map<String, Object> rbd = map(volume, "rbd");
        if (rbd != null) {
            rbd.putIfAbsent("pool", "rbd");
            rbd.putIfAbsent("user", "admin");
            rbd.putIfAbsent("keyring", "/etc/ceph/keyring");
        }
        Map<String, Object> azureDisk = map(volume, "azureDisk");
        if (azureDisk != null) {
            azureDisk.putIfAbsent("cachingMode", "ReadWrite");
            azureDisk.putIfAbsent("fsType", "ext4");
            azureDisk.putIfAbsent("readOnly", false);
            azureDisk.putIfAbsent("kind", "Shared");
        }
        Map<String, Object> scaleIO = map(volume, "scaleIO");
        if (scaleIO != null) {
            scaleIO.putIfAbsent("storageMode", "ThinProvisioned");
            scaleIO.putIfAbsent("fsType", "xfs");
        }
    }

    /** SetDefaults_PersistentVolumeClaimSpec, and SetDefaults_ResourceList on its limits and requests. */
    private static void defaultClaimTemplate(@Nullable Map<String, Object> template) {
        if (template == null) {
            return;
        }
        Map<String, Object> spec = map(template, "spec");
        if (spec == null) {
            spec = new HashMap<>();
            template.put("spec", spec);
        }
        spec.putIfAbsent("volumeMode", "Filesystem");
        Map<String, Object> resources = map(spec, "resources");
        for (String list : RESOURCE_LISTS) {
            Map<String, Object> quantities = map(resources, list);
            if (quantities != null) {
                quantities.replaceAll((name, q) -> q instanceof GoQuantity quantity ? quantity.roundUp(-3) : q);
            }
        }
    }

    private static void defaultMode(@Nullable Map<String, Object> source) {
        if (source != null) {
            source.putIfAbsent("defaultMode", MODE_0644);
        }
    }

    private static void defaultDownwardItems(@Nullable Map<String, Object> downwardAPI) {
        if (downwardAPI != null && downwardAPI.get("items") instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> m) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> file = (Map<String, Object>) m;
                    defaultFieldRef(map(file, "fieldRef"));
                    defaultResourceFieldRef(map(file, "resourceFieldRef"));
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static @Nullable Map<String, Object> map(@Nullable Map<String, Object> holder, String key) {
        return holder != null && holder.get(key) instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }
}
