package dev.podlint.validation;

import dev.podlint.check.Findings;
import dev.podlint.kube.GoQuantity;
import dev.podlint.rule.functions.Formats;
import dev.podlint.rule.functions.Quoted;
import dev.podlint.schema.KubernetesVersion;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.YamlNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code storage-invalid}: PersistentVolumeClaims ({@code ValidatePersistentVolumeClaimSpec}),
 * PersistentVolumes ({@code ValidatePersistentVolumeSpec}: access modes, capacity, one volume
 * source, class name) and StorageClasses (storage/validation {@code ValidateStorageClass}). Access
 * modes, volume modes, reclaim policies and binding modes outside their sets are {@code enum-value}'s.
 */
final class StorageCheck implements ObjectCheck {

    /** VolumeAttributesClass is GA (on by default) from 1.34; before, the field is dropped. */
    private static final KubernetesVersion V1_34 = new KubernetesVersion(1, 34);

    /** ValidateNodeSelectorRequirement checks label values from 1.32. */
    private static final KubernetesVersion V1_32 = new KubernetesVersion(1, 32);

    /** storage/validation maxProvisionerParameterLen and maxProvisionerParameterSize. */
    private static final int MAX_PARAMETERS = 512;

    private static final int MAX_PARAMETER_BYTES = 256 * 1024;
    /** The annotation volume/validation checkMountOption forbids on the sources without mount options. */
    private static final String MOUNT_OPTIONS = "volume.beta.kubernetes.io/mount-options";

    /** The sources that take mount options (checkMountOption). */
    private static final List<String> MOUNTABLE = List.of(
            "gcePersistentDisk",
            "awsElasticBlockStore",
            "glusterfs",
            "nfs",
            "rbd",
            "quobyte",
            "iscsi",
            "cinder",
            "cephfs",
            "azureFile",
            "vsphereVolume",
            "azureDisk",
            "photonPersistentDisk");

    private final String rule;
    private final boolean attributesClass;
    private final boolean nodeLabelValues;

    StorageCheck(String rule, KubernetesVersion version) {
        this.rule = rule;
        this.attributesClass = !version.isBefore(V1_34);
        this.nodeLabelValues = !version.isBefore(V1_32);
    }

    @Override
    public void check(Target target) {
        String apiVersion = target.apiVersion();
        switch (target.kind()) {
            case "PersistentVolumeClaim" -> {
                if ("v1".equals(apiVersion)) {
                    claim(target.findings(rule), target.object());
                }
            }
            case "PersistentVolume" -> {
                if ("v1".equals(apiVersion)) {
                    volume(target.findings(rule), target.object(), target.metadata());
                }
            }
            case "StorageClass" -> {
                if ("storage.k8s.io/v1".equals(apiVersion)) {
                    storageClass(target.findings(rule), target.object());
                }
            }
            default -> {}
        }
    }

    private void claim(Findings findings, MappingNode object) {
        MappingNode spec = object.mapping("spec");
        if (spec == null && Nodes.present(object, "spec")) {
            return;
        }
        accessModes(findings, spec, "a PersistentVolumeClaim");
        MappingNode requests = Nodes.map(spec, "resources", "requests");
        if (requests == null || !requests.containsKey("storage")) {
            findings.at(
                    "/spec/resources/requests/storage",
                    "spec.resources.requests.storage is required: the size of the volume to claim (e.g. 10Gi)");
        } else {
            positive(
                    findings,
                    requests,
                    "storage",
                    "/spec/resources/requests/storage",
                    "spec.resources.requests.storage");
        }
        className(findings, spec, "storageClassName");
        if (attributesClass) {
            className(findings, spec, "volumeAttributesClassName");
        }
        MappingNode dataSource = Nodes.map(spec, "dataSource");
        MappingNode dataSourceRef = Nodes.map(spec, "dataSourceRef");
        if (dataSourceRef == null && dataSource != null && !pvcOrSnapshot(dataSource)) {
            dataSource = null; // EnforceDataSourceBackwardsCompatibility drops it on create, silently
        }
        if (dataSource != null) {
            dataSource(findings, dataSource, "/spec", "dataSource");
        }
        if (dataSourceRef != null) {
            dataSource(findings, dataSourceRef, "/spec", "dataSourceRef");
        }
        String refNamespace = Nodes.string(dataSourceRef, "namespace");
        if (refNamespace != null && !refNamespace.isEmpty()) {
            if (dataSource != null) {
                findings.atKey(
                        "/spec/dataSource",
                        "spec.dataSource may not be set when spec.dataSourceRef.namespace is; keep dataSourceRef only");
            }
        } else if (dataSource != null && dataSourceRef != null && !sameSource(dataSource, dataSourceRef)) {
            findings.atKey(
                    "/spec/dataSource",
                    "spec.dataSource must match spec.dataSourceRef (apiGroup, kind and name) when both are set;"
                            + " keep one of them");
        }
    }

    /** ValidatePersistentVolumeClaimSpec and ValidatePersistentVolumeSpec: at least one, RWOP alone. */
    private static void accessModes(Findings findings, @Nullable MappingNode spec, String what) {
        SequenceNode modes = Nodes.list(spec, "accessModes");
        if (modes == null || modes.isEmpty()) {
            if (spec == null
                    || !(spec.containsKey("accessModes") && modes == null && Nodes.present(spec, "accessModes"))) {
                findings.at(
                        "/spec/accessModes",
                        "spec.accessModes is required: " + what
                                + " needs at least one access mode (e.g. [ReadWriteOnce])");
            }
            return;
        }
        boolean oncePod = false;
        boolean other = false;
        for (YamlNode node : modes.nodes()) {
            String mode = Nodes.string(node);
            if ("ReadWriteOncePod".equals(mode)) {
                oncePod = true;
            } else if ("ReadWriteOnce".equals(mode) || "ReadOnlyMany".equals(mode) || "ReadWriteMany".equals(mode)) {
                other = true;
            }
        }
        if (oncePod && other) {
            findings.at("/spec/accessModes", "spec.accessModes may not use ReadWriteOncePod with other access modes");
        }
    }

    /** ValidatePositiveQuantityValue; a value that does not parse is the schema check's. */
    private static void positive(Findings findings, MappingNode parent, String key, String pointer, String field) {
        Object raw = parent.get(key);
        BigDecimal value = raw == null ? BigDecimal.ZERO : GoQuantity.value(raw);
        if (value != null && value.signum() <= 0) {
            findings.at(
                    pointer,
                    field + " must be greater than zero, not "
                            + (raw == null ? "null" : Quoted.quote(String.valueOf(raw))) + " (e.g. 10Gi)");
        }
    }

    /** ValidateClassName: a non-empty class name is a DNS-1123 subdomain. */
    private static void className(Findings findings, @Nullable MappingNode spec, String key) {
        String name = Nodes.string(spec, key);
        if (name != null && !name.isEmpty() && !Formats.isDns1123Subdomain(name)) {
            String better = Formats.suggestion(name, true, 253);
            findings.at(
                    "/spec/" + key,
                    "spec." + key + " " + Quoted.quote(name) + " is not a valid class name: "
                            + Formats.dns1123SubdomainProblem(name)
                            + (better == null ? "" : "; write e.g. " + Quoted.quote(better)));
        }
    }

    /** validateDataSource and validateDataSourceRef, of the claim spec at {@code spec} (a JSON pointer). */
    static void dataSource(Findings findings, MappingNode source, String spec, String key) {
        String at = spec + "/" + key;
        String field = Pointers.toFieldPath(at);
        String name = Nodes.string(source, "name");
        if (name == null || name.isEmpty()) {
            findings.at(at + "/name", field + ".name is required: the name of the object to populate the volume from");
        }
        String kind = Nodes.string(source, "kind");
        if (kind == null || kind.isEmpty()) {
            findings.at(
                    at + "/kind",
                    field + ".kind is required (e.g. PersistentVolumeClaim, or VolumeSnapshot with"
                            + " apiGroup snapshot.storage.k8s.io)");
        }
        String apiGroup = Nodes.string(source, "apiGroup");
        if (apiGroup == null || apiGroup.isEmpty()) {
            if (!"PersistentVolumeClaim".equals(kind)) {
                findings.at(
                        at,
                        field + ": kind must be 'PersistentVolumeClaim' when apiGroup is empty (the core group);"
                                + " a VolumeSnapshot needs apiGroup: snapshot.storage.k8s.io");
            }
        } else if (!Formats.isDns1123Subdomain(apiGroup)) {
            findings.at(
                    at + "/apiGroup",
                    field + ".apiGroup " + Quoted.quote(apiGroup) + " is not a valid API group: "
                            + Formats.dns1123SubdomainProblem(apiGroup) + " (e.g. snapshot.storage.k8s.io)");
        }
        String namespace = Nodes.string(source, "namespace");
        if ("dataSourceRef".equals(key)
                && namespace != null
                && !namespace.isEmpty()
                && !Formats.isDns1123Label(namespace)) {
            findings.at(
                    at + "/namespace",
                    field + ".namespace " + Quoted.quote(namespace) + " is not a valid namespace name: "
                            + Formats.dns1123LabelProblem(namespace));
        }
    }

    /** dataSourceIsPvcOrSnapshot: the only data sources a claim without dataSourceRef keeps. */
    private static boolean pvcOrSnapshot(MappingNode source) {
        String kind = Nodes.string(source, "kind");
        String apiGroup = text(source, "apiGroup");
        return ("PersistentVolumeClaim".equals(kind) && apiGroup.isEmpty())
                || ("VolumeSnapshot".equals(kind) && apiGroup.equals("snapshot.storage.k8s.io"));
    }

    /** isDataSourceEqualDataSourceRef: the apiGroup pointers compared too (absent differs from ""). */
    private static boolean sameSource(MappingNode a, MappingNode b) {
        boolean aGroup = Nodes.present(a, "apiGroup");
        boolean bGroup = Nodes.present(b, "apiGroup");
        return aGroup == bGroup
                && Objects.equals(Nodes.string(a, "apiGroup"), Nodes.string(b, "apiGroup"))
                && Objects.equals(text(a, "kind"), text(b, "kind"))
                && Objects.equals(text(a, "name"), text(b, "name"));
    }

    private static String text(MappingNode node, String key) {
        String s = Nodes.string(node, key);
        return s == null ? "" : s;
    }

    private void volume(Findings findings, MappingNode object, @Nullable MappingNode metadata) {
        MappingNode spec = object.mapping("spec");
        if (spec == null && Nodes.present(object, "spec")) {
            return;
        }
        accessModes(findings, spec, "a PersistentVolume");
        MappingNode capacity = Nodes.map(spec, "capacity");
        if (capacity == null || !capacity.containsKey("storage")) {
            findings.at(
                    "/spec/capacity/storage", "spec.capacity.storage is required: the size of the volume (e.g. 10Gi)");
        } else {
            for (String key : capacity.keySet()) {
                if (!key.equals("storage")) {
                    findings.atKey(
                            "/spec/capacity/" + key.replace("~", "~0").replace("/", "~1"),
                            "spec.capacity may only hold storage, not " + Quoted.quote(key));
                }
            }
            positive(findings, capacity, "storage", "/spec/capacity/storage", "spec.capacity.storage");
        }
        if (spec != null) {
            sources(findings, spec, Nodes.string(metadata, "name"));
        } else {
            findings.at(
                    "/spec",
                    "spec must specify a volume type (e.g. csi, nfs, hostPath or local) for the PersistentVolume");
        }
        MappingNode annotations = Nodes.map(metadata, "annotations");
        if (annotations != null && annotations.containsKey(MOUNT_OPTIONS) && !mountable(spec)) {
            findings.atKey(
                    Pointers.append("/metadata/annotations", MOUNT_OPTIONS),
                    "annotation " + MOUNT_OPTIONS + " may not be set for this volume type: only " + MOUNTABLE
                            + " take mount options");
        }
        className(findings, spec, "storageClassName");
    }

    private static boolean mountable(@Nullable MappingNode spec) {
        for (String source : MOUNTABLE) {
            if (Nodes.present(spec, source)) {
                return true;
            }
        }
        return false;
    }

    /**
     * ValidatePersistentVolumeSpec after the access modes and capacity: the sources, node affinity
     * (required for a local volume), a hostPath of '/' with Recycle, the volume attributes class.
     */
    private void sources(Findings findings, MappingNode spec, @Nullable String name) {
        boolean affinity = Nodes.present(spec, "nodeAffinity");
        MappingNode nodeAffinity = spec.mapping("nodeAffinity");
        if (nodeAffinity != null) {
            MappingNode required = nodeAffinity.mapping("required");
            if (required != null) {
                NodeSelectors.check(findings, required, "/spec/nodeAffinity/required", nodeLabelValues);
            } else if (!Nodes.present(nodeAffinity, "required")) {
                findings.at(
                        "/spec/nodeAffinity/required",
                        "spec.nodeAffinity.required is required: the node selector terms of the nodes that can"
                                + " reach the volume");
            }
        }
        int count = PersistentVolumeSources.check(findings, spec, name);
        if (count == 0) {
            findings.at(
                    "/spec",
                    "spec must specify a volume type (e.g. csi, nfs, hostPath or local) for the PersistentVolume");
        }
        if (!affinity && Nodes.present(spec, "local") && firstSource(spec).equals("local")) {
            findings.at(
                    "/spec/nodeAffinity",
                    "spec.nodeAffinity is required for a local volume: name the node that holds it (e.g. a"
                            + " kubernetes.io/hostname In [node-1] term in required.nodeSelectorTerms)");
        }
        String hostPath = Nodes.string(Nodes.map(spec, "hostPath"), "path");
        if (hostPath != null
                && "Recycle".equals(Nodes.string(spec, "persistentVolumeReclaimPolicy"))
                && cleansToRoot(hostPath)) {
            findings.at(
                    "/spec/persistentVolumeReclaimPolicy",
                    "spec.persistentVolumeReclaimPolicy may not be Recycle for a hostPath of '/'; use Retain");
        }
        if (attributesClass && Nodes.present(spec, "volumeAttributesClassName")) {
            String attributes = Nodes.string(spec, "volumeAttributesClassName");
            if ("".equals(attributes)) {
                findings.at(
                        "/spec/volumeAttributesClassName",
                        "spec.volumeAttributesClassName may not be empty; name a VolumeAttributesClass or leave it out");
            } else {
                className(findings, spec, "volumeAttributesClassName");
            }
            if (!Nodes.present(spec, "csi")) {
                findings.at(
                        "/spec/csi",
                        "spec.csi is required when spec.volumeAttributesClassName is set: only CSI volumes take a"
                                + " VolumeAttributesClass");
            }
        }
    }

    private static String firstSource(MappingNode spec) {
        for (String source : PersistentVolumeSources.ORDER) {
            if (Nodes.present(spec, source)) {
                return source;
            }
        }
        return "";
    }

    /** path.Clean(p) == "/": a rooted path whose elements all cancel out. */
    private static boolean cleansToRoot(String path) {
        if (!path.startsWith("/")) {
            return false;
        }
        int depth = 0;
        for (String part : path.split("/", -1)) {
            if (part.equals("..")) {
                depth = Math.max(0, depth - 1);
            } else if (!part.isEmpty() && !part.equals(".")) {
                depth++;
            }
        }
        return depth == 0;
    }

    private static void storageClass(Findings findings, MappingNode object) {
        String provisioner = Nodes.string(object, "provisioner");
        if (provisioner == null || provisioner.isEmpty()) {
            if (!(object.containsKey("provisioner") && provisioner == null && Nodes.present(object, "provisioner"))) {
                findings.at(
                        "/provisioner",
                        "provisioner is required: the volume plugin that provisions the volumes"
                                + " (e.g. ebs.csi.aws.com, kubernetes.io/no-provisioner)");
            }
        } else {
            String lower = provisioner.toLowerCase(Locale.ROOT);
            String problem = Formats.qualifiedNameProblem(lower);
            if (problem != null) {
                findings.at(
                        "/provisioner",
                        "provisioner " + Quoted.quote(provisioner) + " is not a qualified name: " + problem
                                + " (e.g. ebs.csi.aws.com)");
            }
        }
        topologies(findings, object.sequence("allowedTopologies"));
        MappingNode parameters = object.mapping("parameters");
        if (parameters != null) {
            if (parameters.size() > MAX_PARAMETERS) {
                findings.atKey("/parameters", "parameters may hold at most " + MAX_PARAMETERS + " entries");
                return;
            }
            long bytes = 0;
            for (MappingNode.Entry e : parameters.entries()) {
                if (e.key().isEmpty()) {
                    findings.atKey("/parameters/", "parameters may not have an empty key");
                }
                String value = Nodes.string(e.value());
                bytes += e.key().getBytes(StandardCharsets.UTF_8).length
                        + (value == null ? 0 : value.getBytes(StandardCharsets.UTF_8).length);
            }
            if (bytes > MAX_PARAMETER_BYTES) {
                findings.atKey(
                        "/parameters",
                        "parameters hold " + bytes + " bytes of keys and values; at most " + MAX_PARAMETER_BYTES
                                + " are allowed");
            }
        }
    }

    /**
     * storage/validation validateAllowedTopologies with core ValidateTopologySelectorTerm: each
     * requirement needs values (no value twice) and a qualified-name key used once per term; two
     * terms may not be equal as key-to-value-set maps. The Go list starts with one nil map per term,
     * which an empty term equals (the forked DeepEqual treats empty and nil maps alike): a term
     * without requirements is always reported as a duplicate.
     */
    private static void topologies(Findings findings, @Nullable SequenceNode terms) {
        List<Map<String, Set<String>>> seen = new ArrayList<>();
        for (int i = 0; terms != null && i < terms.size(); i++) {
            MappingNode term = Nodes.item(terms, i);
            String at = "/allowedTopologies/" + i;
            Map<String, Set<String>> expressions = new HashMap<>();
            SequenceNode requirements = Nodes.list(term, "matchLabelExpressions");
            for (int j = 0; requirements != null && j < requirements.size(); j++) {
                MappingNode requirement = Nodes.item(requirements, j);
                if (requirement == null) {
                    continue;
                }
                String reqAt = at + "/matchLabelExpressions/" + j;
                String field = "allowedTopologies[" + i + "].matchLabelExpressions[" + j + "]";
                SequenceNode values = Nodes.list(requirement, "values");
                Set<String> valueSet = new HashSet<>();
                if ((values == null || values.isEmpty()) && requirement.containsKey("values")) {
                    findings.at(reqAt + "/values", field + ".values is required: at least one value of the label");
                }
                for (int k = 0; values != null && k < values.size(); k++) {
                    String value = Nodes.string(values.node(k));
                    if (value != null && !valueSet.add(value)) {
                        findings.at(
                                reqAt + "/values/" + k,
                                field + ".values[" + k + "] " + Quoted.quote(value) + " repeats an earlier value");
                    }
                }
                String key = Nodes.string(requirement, "key");
                if (key != null && !Formats.isQualifiedName(key)) {
                    findings.at(
                            reqAt + "/key",
                            field + ".key " + Quoted.quote(key) + " is not a valid label key: "
                                    + Formats.qualifiedNameProblem(key));
                }
                String mapKey = key == null ? "" : key;
                if (expressions.containsKey(mapKey)) {
                    findings.at(
                            reqAt + "/key",
                            field + ".key " + Quoted.quote(mapKey)
                                    + " repeats a key of this term; list its values once");
                }
                expressions.put(mapKey, valueSet);
            }
            if (term != null && (expressions.isEmpty() || seen.contains(expressions))) {
                findings.at(
                        requirements == null ? at : at + "/matchLabelExpressions",
                        expressions.isEmpty()
                                ? "allowedTopologies[" + i + "] has no matchLabelExpressions; the API server rejects an"
                                        + " empty term (as a duplicate): give it a requirement or remove it"
                                : "allowedTopologies[" + i + "] repeats an earlier term");
            }
            seen.add(expressions);
        }
    }
}
