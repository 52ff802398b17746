package dev.podlint.validation;

import dev.podlint.check.Findings;
import dev.podlint.rule.functions.Formats;
import dev.podlint.rule.functions.Quoted;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import dev.podlint.source.ScalarNode;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.YamlNode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The volume source of a PersistentVolume as core/validation {@code ValidatePersistentVolumeSpec}
 * checks it: one source (every further one is Forbidden, but a flexVolume never is and is always
 * validated), then the per-source validator of the first ({@code validateNFSVolumeSource},
 * {@code validateCSIPersistentVolumeSource}, ...). A required field the schema already reports when
 * it is missing is reported here only when written empty.
 */
final class PersistentVolumeSources {

    /** The sources in the order ValidatePersistentVolumeSpec tests them. */
    static final List<String> ORDER = List.of(
            "hostPath",
            "gcePersistentDisk",
            "awsElasticBlockStore",
            "glusterfs",
            "flocker",
            "nfs",
            "rbd",
            "quobyte",
            "cephfs",
            "iscsi",
            "cinder",
            "fc",
            "flexVolume",
            "azureFile",
            "vsphereVolume",
            "photonPersistentDisk",
            "portworxVolume",
            "azureDisk",
            "scaleIO",
            "local",
            "storageos",
            "csi");

    private static final Pattern IQN = Pattern.compile("iqn\\.\\d{4}-\\d{2}\\.([\\p{Alnum}\\-.]+)(:[^,;*&$|\\s]+)$");
    private static final Pattern EUI = Pattern.compile("^eui.\\p{Alnum}{16}$");
    private static final Pattern NAA = Pattern.compile("^naa.\\p{Alnum}{32}$");

    private PersistentVolumeSources() {}

    /** The number of sources written; each beyond the first reported, the first (and flexVolume) validated. */
    static int check(Findings findings, MappingNode spec, @Nullable String pvName) {
        int count = 0;
        for (String source : ORDER) {
            if (!Nodes.present(spec, source)) {
                continue;
            }
            MappingNode node = spec.mapping(source);
            if (source.equals("flexVolume")) {
                count++;
                if (node != null) {
                    flex(findings, node);
                }
            } else if (count > 0) {
                findings.atKey(
                        "/spec/" + source,
                        "spec." + source + ": a PersistentVolume may specify only one volume type; keep one source");
            } else {
                count++;
                if (node != null) {
                    validate(findings, source, node, "/spec/" + source, pvName);
                }
            }
        }
        return count;
    }

    private static void validate(
            Findings findings, String source, MappingNode node, String at, @Nullable String pvName) {
        switch (source) {
            case "hostPath", "local" -> {
                String path = Nodes.string(node, "path");
                if (emptyString(node, "path")) {
                    required(findings, at, "path", "the directory on the node");
                } else if (path != null && backsteps(path)) {
                    findings.at(at + "/path", field(at, "path") + " " + Quoted.quote(path) + " must not contain '..'");
                }
            }
            case "gcePersistentDisk" -> {
                requiredString(findings, node, at, "pdName", "the name of the GCE persistent disk");
                partition(findings, node, at);
            }
            case "awsElasticBlockStore" -> {
                requiredString(findings, node, at, "volumeID", "the ID of the EBS volume");
                partition(findings, node, at);
            }
            case "glusterfs" -> {
                requiredString(findings, node, at, "endpoints", "the name of the Endpoints of the Glusterfs cluster");
                requiredString(findings, node, at, "path", "the Glusterfs volume path");
                if (node.containsKey("endpointsNamespace") && Nodes.present(node, "endpointsNamespace")) {
                    String ns = Nodes.string(node, "endpointsNamespace");
                    if (ns != null && !Formats.isDns1123Label(ns)) {
                        findings.at(
                                at + "/endpointsNamespace",
                                field(at, "endpointsNamespace") + " " + Quoted.quote(ns)
                                        + " is not a valid namespace name: "
                                        + (ns.isEmpty()
                                                ? "it may not be empty when set"
                                                : Formats.dns1123LabelProblem(ns)));
                    }
                }
            }
            case "flocker" -> {
                String name = text(node, "datasetName");
                String uuid = text(node, "datasetUUID");
                if (name.isEmpty() && uuid.isEmpty()) {
                    findings.at(at, field(at, "") + " needs one of datasetName and datasetUUID");
                } else if (!name.isEmpty() && !uuid.isEmpty()) {
                    findings.at(at, field(at, "") + ": datasetName and datasetUUID can not be specified together");
                }
                if (name.contains("/")) {
                    findings.at(
                            at + "/datasetName",
                            field(at, "datasetName") + " " + Quoted.quote(name) + " must not contain '/'");
                }
            }
            case "nfs" -> {
                requiredString(findings, node, at, "server", "the NFS server's host name or IP");
                String path = Nodes.string(node, "path");
                if (emptyString(node, "path")) {
                    required(findings, at, "path", "the exported path on the server, e.g. /exports/data");
                } else if (path != null && !path.startsWith("/")) {
                    findings.at(
                            at + "/path",
                            field(at, "path") + " " + Quoted.quote(path)
                                    + " must be an absolute path (e.g. /exports/data)");
                }
            }
            case "rbd" -> {
                requiredList(findings, node, at, "monitors", "the Ceph monitors");
                requiredString(findings, node, at, "image", "the rados image name");
            }
            case "quobyte" -> quobyte(findings, node, at);
            case "cephfs" -> requiredList(findings, node, at, "monitors", "the Ceph monitors");
            case "iscsi" -> iscsi(findings, node, at, pvName);
            case "cinder", "storageos" -> {
                if (source.equals("cinder")) {
                    requiredString(findings, node, at, "volumeID", "the Cinder volume ID");
                } else {
                    String name = text(node, "volumeName");
                    if (name.isEmpty()) {
                        required(findings, at, "volumeName", "the StorageOS volume name");
                    } else {
                        dnsLabel(findings, at, "volumeName", name);
                    }
                    String namespace = text(node, "volumeNamespace");
                    if (!namespace.isEmpty()) {
                        dnsLabel(findings, at, "volumeNamespace", namespace);
                    }
                }
                MappingNode secretRef = node.mapping("secretRef");
                if (secretRef != null) {
                    if (text(secretRef, "name").isEmpty()) {
                        required(findings, at + "/secretRef", "name", "the name of the Secret");
                    }
                    if (text(secretRef, "namespace").isEmpty()) {
                        required(findings, at + "/secretRef", "namespace", "the namespace of the Secret");
                    }
                }
            }
            case "fc" -> fc(findings, node, at);
            case "azureFile" -> {
                requiredString(findings, node, at, "secretName", "the Secret with the storage account name and key");
                requiredString(findings, node, at, "shareName", "the Azure share name");
                if (emptyString(node, "secretNamespace")) {
                    required(findings, at, "secretNamespace", "the namespace of the Secret, or leave it out");
                }
            }
            case "vsphereVolume" -> requiredString(findings, node, at, "volumePath", "the vSphere volume path");
            case "photonPersistentDisk" -> requiredString(findings, node, at, "pdID", "the Photon persistent disk ID");
            case "portworxVolume" -> requiredString(findings, node, at, "volumeID", "the Portworx volume ID");
            case "azureDisk" -> azureDisk(findings, node, at);
            case "scaleIO" -> {
                requiredString(findings, node, at, "gateway", "the ScaleIO API gateway address");
                requiredString(findings, node, at, "system", "the ScaleIO protection system");
                if (text(node, "volumeName").isEmpty()) {
                    required(findings, at, "volumeName", "the name of an existing ScaleIO volume");
                }
            }
            case "csi" -> csi(findings, node, at);
            default -> {}
        }
    }

    private static void quobyte(Findings findings, MappingNode node, String at) {
        String registry = text(node, "registry");
        if (emptyString(node, "registry")) {
            required(findings, at, "registry", "a host:port pair or several separated by commas");
        } else if (text(node, "tenant").length() >= 65) {
            findings.at(at + "/tenant", field(at, "tenant") + " must be a UUID of at most 64 characters");
        } else if (!registry.isEmpty()) {
            for (String pair : registry.split(",", -1)) {
                if (!hostPort(pair)) {
                    findings.at(
                            at + "/registry",
                            field(at, "registry") + " " + Quoted.quote(registry)
                                    + " must be a host:port pair or several separated by commas");
                }
            }
        }
        requiredString(findings, node, at, "volume", "the Quobyte volume name");
    }

    /** net.SplitHostPort succeeds: host:port, [v6]:port; the parts may be empty. */
    private static boolean hostPort(String s) {
        int colon = s.lastIndexOf(':');
        if (colon < 0) {
            return false;
        }
        String host = s.substring(0, colon);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end == host.length() - 1 && host.indexOf('[', 1) < 0;
        }
        return host.indexOf(':') < 0 && host.indexOf('[') < 0 && host.indexOf(']') < 0 && s.indexOf(']') < 0;
    }

    private static void iscsi(Findings findings, MappingNode node, String at, @Nullable String pvName) {
        String portal = text(node, "targetPortal");
        requiredString(findings, node, at, "targetPortal", "the iSCSI target portal, ip or ip:port");
        boolean initiator = node.containsKey("initiatorName") && Nodes.present(node, "initiatorName");
        if (initiator && ((pvName == null ? "" : pvName) + ":" + portal).length() > 64) {
            findings.at(
                    at + "/targetPortal",
                    "the PersistentVolume's name, ':' and " + field(at, "targetPortal")
                            + " must be under 64 characters together when initiatorName is set");
        }
        String iqn = Nodes.string(node, "iqn");
        if (emptyString(node, "iqn")) {
            required(findings, at, "iqn", "the iSCSI Qualified Name of the target");
        } else if (iqn != null && !iscsiName(iqn)) {
            findings.at(
                    at + "/iqn",
                    field(at, "iqn") + " " + Quoted.quote(iqn)
                            + " is not a valid iSCSI name (iqn.YYYY-MM.reverse.domain:name, eui. or naa. form)");
        }
        Long lun = Nodes.int32(node, "lun");
        if (lun != null && (lun < 0 || lun > 255)) {
            findings.at(at + "/lun", field(at, "lun") + " must be between 0 and 255, not " + lun);
        }
        boolean chap = Boolean.TRUE.equals(Nodes.bool(node, "chapAuthDiscovery"))
                || Boolean.TRUE.equals(Nodes.bool(node, "chapAuthSession"));
        MappingNode secretRef = node.mapping("secretRef");
        if (chap && !Nodes.present(node, "secretRef")) {
            findings.at(at + "/secretRef", field(at, "secretRef") + " is required when CHAP authentication is on");
        }
        if (secretRef != null && text(secretRef, "name").isEmpty()) {
            required(findings, at + "/secretRef", "name", "the name of the Secret with the CHAP credentials");
        }
        String name = initiator ? Nodes.string(node, "initiatorName") : null;
        if (name != null && !iscsiName(name)) {
            findings.at(
                    at + "/initiatorName",
                    field(at, "initiatorName") + " " + Quoted.quote(name)
                            + " is not a valid iSCSI name (iqn.YYYY-MM.reverse.domain:name, eui. or naa. form)");
        }
    }

    private static boolean iscsiName(String s) {
        if (s.startsWith("iqn")) {
            return IQN.matcher(s).find();
        }
        if (s.startsWith("eui")) {
            return EUI.matcher(s).find();
        }
        return s.startsWith("naa") && NAA.matcher(s).find();
    }

    private static void fc(Findings findings, MappingNode node, String at) {
        SequenceNode wwns = Nodes.list(node, "targetWWNs");
        SequenceNode wwids = Nodes.list(node, "wwids");
        boolean hasWwns = wwns != null && !wwns.isEmpty();
        boolean hasWwids = wwids != null && !wwids.isEmpty();
        if (!hasWwns && !hasWwids) {
            findings.at(at + "/targetWWNs", field(at, "") + " must specify either targetWWNs or wwids");
        } else if (hasWwns && hasWwids) {
            findings.at(at + "/targetWWNs", field(at, "") + ": targetWWNs and wwids can not be specified together");
        }
        if (hasWwns) {
            if (!Nodes.present(node, "lun")) {
                findings.at(at + "/lun", field(at, "lun") + " is required when targetWWNs is set (0 to 255)");
            } else {
                Long lun = Nodes.int32(node, "lun");
                if (lun != null && (lun < 0 || lun > 255)) {
                    findings.at(at + "/lun", field(at, "lun") + " must be between 0 and 255, not " + lun);
                }
            }
        }
    }

    /** validateFlexPersistentVolumeSource. */
    private static void flex(Findings findings, MappingNode node) {
        String at = "/spec/flexVolume";
        requiredString(findings, node, at, "driver", "the name of the FlexVolume driver");
        MappingNode options = node.mapping("options");
        if (options == null) {
            return;
        }
        for (String key : options.keySet()) {
            int slash = key.indexOf('/');
            String namespace = slash < 0 ? key : key.substring(0, slash);
            String normalized = "." + namespace.toLowerCase(Locale.ROOT);
            if (normalized.endsWith(".kubernetes.io") || normalized.endsWith(".k8s.io")) {
                findings.atKey(
                        Pointers.append(at + "/options", key),
                        "spec.flexVolume.options key " + Quoted.quote(key)
                                + " uses a reserved namespace (kubernetes.io and k8s.io); use a prefix of your own");
            }
        }
    }

    private static void azureDisk(Findings findings, MappingNode node, String at) {
        requiredString(findings, node, at, "diskName", "the name of the data disk");
        String uri = text(node, "diskURI");
        requiredString(findings, node, at, "diskURI", "the URI of the data disk");
        if (!node.containsKey("diskURI")) {
            return;
        }
        String kind = Nodes.present(node, "kind") ? Nodes.string(node, "kind") : "Shared"; // defaulted
        if (kind == null) {
            return;
        }
        if (kind.equals("Managed") && !uri.startsWith("/subscriptions/")) {
            findings.at(
                    at + "/diskURI",
                    field(at, "diskURI") + " " + Quoted.quote(uri) + " must be a managed disk's resource ID"
                            + " (/subscriptions/{sub-id}/resourcegroups/{group-name}/providers/microsoft.compute/disks/{disk-id})");
        } else if (!kind.equals("Managed") && !uri.startsWith("https://")) {
            findings.at(
                    at + "/diskURI",
                    field(at, "diskURI") + " " + Quoted.quote(uri) + " must be a blob URI"
                            + " (https://{account-name}.blob.core.windows.net/{container-name}/{disk-name}.vhd)"
                            + " for kind " + kind + (Nodes.present(node, "kind") ? "" : " (the default)")
                            + "; a managed disk needs kind: Managed");
        }
    }

    /** validateCSIPersistentVolumeSource. */
    private static void csi(Findings findings, MappingNode node, String at) {
        String driver = Nodes.string(node, "driver");
        if (emptyString(node, "driver")) {
            required(findings, at, "driver", "the name of the CSI driver (e.g. ebs.csi.aws.com)");
        } else if (driver != null) {
            if (driver.length() > 63) {
                findings.at(at + "/driver", field(at, "driver") + " may have at most 63 characters");
            }
            String lower = driver.toLowerCase(Locale.ROOT);
            if (!Formats.isDns1123Subdomain(lower)) {
                findings.at(
                        at + "/driver",
                        field(at, "driver") + " " + Quoted.quote(driver) + " is not a valid CSI driver name: "
                                + Formats.dns1123SubdomainProblem(lower));
            }
        }
        requiredString(findings, node, at, "volumeHandle", "the volume's ID as the CSI driver knows it");
        for (String key : List.of(
                "controllerPublishSecretRef",
                "controllerExpandSecretRef",
                "nodePublishSecretRef",
                "nodeExpandSecretRef")) {
            MappingNode ref = node.mapping(key);
            if (ref == null) {
                continue;
            }
            String refAt = at + "/" + key;
            String name = text(ref, "name");
            if (name.isEmpty()) {
                required(findings, refAt, "name", "the name of the Secret");
            } else if (!Formats.isDns1123Subdomain(name)) {
                findings.at(
                        refAt + "/name",
                        field(refAt, "name") + " " + Quoted.quote(name) + " is not a valid Secret name: "
                                + Formats.dns1123SubdomainProblem(name));
            }
            String namespace = text(ref, "namespace");
            if (namespace.isEmpty()) {
                required(findings, refAt, "namespace", "the namespace of the Secret");
            } else {
                dnsLabel(findings, refAt, "namespace", namespace);
            }
        }
    }

    private static void partition(Findings findings, MappingNode node, String at) {
        Long partition = Nodes.int32(node, "partition");
        if (partition != null && (partition < 0 || partition > 255)) {
            findings.at(at + "/partition", field(at, "partition") + " must be between 0 and 255, not " + partition);
        }
    }

    private static void dnsLabel(Findings findings, String at, String key, String value) {
        if (!Formats.isDns1123Label(value)) {
            findings.at(
                    at + "/" + key,
                    field(at, key) + " " + Quoted.quote(value) + " is not a DNS-1123 label: "
                            + Formats.dns1123LabelProblem(value));
        }
    }

    /** validatePathNoBacksteps: a ".." element between '/' (filepath.ToSlash leaves '\\' alone on Linux). */
    static boolean backsteps(String path) {
        for (String part : path.split("/", -1)) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** A field the schema requires: reported when written as "" or null. */
    private static void requiredString(Findings findings, MappingNode node, String at, String key, String what) {
        if (emptyString(node, key)) {
            required(findings, at, key, what);
        }
    }

    /** A list the schema requires: reported when written empty or null. */
    private static void requiredList(Findings findings, MappingNode node, String at, String key, String what) {
        YamlNode value = node.node(key);
        if ((value instanceof SequenceNode s && s.isEmpty())
                || (value instanceof ScalarNode sc && sc.value() == null)) {
            required(findings, at, key, what);
        }
    }

    private static boolean emptyString(MappingNode node, String key) {
        YamlNode value = node.node(key);
        return value instanceof ScalarNode s && (s.value() == null || "".equals(s.value()));
    }

    private static void required(Findings findings, String at, String key, String what) {
        findings.at(at + "/" + key, field(at, key) + " is required: " + what);
    }

    private static String text(MappingNode node, String key) {
        String s = Nodes.string(node, key);
        return s == null ? "" : s;
    }

    private static String field(String at, String key) {
        return Pointers.toFieldPath(key.isEmpty() ? at : at + "/" + key);
    }
}
