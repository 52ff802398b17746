package dev.podlint.validation;

import dev.podlint.check.Findings;
import dev.podlint.rule.functions.Formats;
import dev.podlint.rule.functions.Quoted;
import dev.podlint.source.MappingNode;
import dev.podlint.source.SequenceNode;
import java.util.Set;

/**
 * {@code metadata-invalid}: metadata.finalizers ({@code ValidateFinalizers}, and core's
 * {@code validateKubeFinalizerName}) and metadata.ownerReferences ({@code ValidateOwnerReferences}).
 */
final class MetadataCheck implements ObjectCheck {

    /** core/helper standardFinalizers: the finalizer names that need no domain prefix. */
    private static final Set<String> STANDARD_FINALIZERS = Set.of("kubernetes", "orphan", "foregroundDeletion");

    private final String rule;

    MetadataCheck(String rule) {
        this.rule = rule;
    }

    @Override
    public void check(Target target) {
        MappingNode metadata = target.metadata();
        SequenceNode finalizers = metadata == null ? null : metadata.sequence("finalizers");
        SequenceNode owners = metadata == null ? null : metadata.sequence("ownerReferences");
        SequenceNode namespaceFinalizers = "Namespace".equals(target.kind()) && "v1".equals(target.apiVersion())
                ? Nodes.list(target.object().mapping("spec"), "finalizers")
                : null;
        if (finalizers == null && owners == null && namespaceFinalizers == null) {
            return;
        }
        Findings findings = target.findings(rule);
        if (finalizers != null) {
            finalizers(
                    findings, finalizers, "/metadata/finalizers", target.facts().coreMetadata());
        }
        if (namespaceFinalizers != null) {
            finalizers(findings, namespaceFinalizers, "/spec/finalizers", true);
        }
        if (owners != null) {
            owners(findings, owners);
        }
    }

    /** ValidateFinalizers (and core's validateKubeFinalizerName); a Namespace's spec.finalizers get both too. */
    private static void finalizers(Findings findings, SequenceNode finalizers, String pointer, boolean core) {
        String field = LabelCheck.fieldPath(pointer);
        boolean orphan = false;
        boolean foreground = false;
        for (int i = 0; i < finalizers.size(); i++) {
            String name = Nodes.string(finalizers.node(i));
            if (name == null) {
                continue;
            }
            String at = pointer + "/" + i;
            String problem = Formats.qualifiedNameProblem(name);
            if (problem != null) {
                findings.at(
                        at, field + "[" + i + "] " + Quoted.quote(name) + " is not a valid finalizer name: " + problem);
            } else if (core && name.indexOf('/') < 0 && !STANDARD_FINALIZERS.contains(name)) {
                findings.at(
                        at,
                        field + "[" + i + "] " + Quoted.quote(name) + " is neither a standard finalizer name"
                                + " (kubernetes, orphan, foregroundDeletion) nor fully qualified; write it with a domain, e.g."
                                + " 'example.com/" + name + "'");
            }
            orphan |= name.equals("orphan");
            foreground |= name.equals("foregroundDeletion");
        }
        if (orphan && foreground && pointer.startsWith("/metadata")) {
            findings.atKey(pointer, field + ": finalizer orphan and foregroundDeletion cannot be both set; keep one");
        }
    }

    private static void owners(Findings findings, SequenceNode owners) {
        String controller = null;
        for (int i = 0; i < owners.size(); i++) {
            MappingNode owner = Nodes.item(owners, i);
            if (owner == null) {
                continue;
            }
            String at = "/metadata/ownerReferences/" + i;
            String field = "metadata.ownerReferences[" + i + "]";
            String apiVersion = Nodes.string(owner, "apiVersion");
            if (apiVersion != null && version(apiVersion).isEmpty()) {
                findings.at(
                        at + "/apiVersion",
                        field + ".apiVersion " + Quoted.quote(apiVersion) + " names no version; write"
                                + " GROUP/VERSION, or VERSION for the core group (e.g. 'apps/v1', 'v1')");
            }
            for (String required : new String[] {"kind", "name", "uid"}) {
                if ("".equals(Nodes.string(owner, required))) {
                    findings.at(at + "/" + required, field + "." + required + " must not be empty");
                }
            }
            if ("v1".equals(apiVersion) && "Event".equals(Nodes.string(owner, "kind"))) {
                findings.at(at, field + ": /v1, Kind=Event is disallowed from being an owner");
            }
            if (Boolean.TRUE.equals(Nodes.bool(owner, "controller"))) {
                String current = Nodes.string(owner, "kind") + "/" + Nodes.string(owner, "name");
                if (controller != null) {
                    findings.at(
                            at + "/controller",
                            "only one owner reference can have controller: true; found it for " + controller + " and "
                                    + current);
                } else {
                    controller = current;
                }
            }
        }
    }

    /** The version part of an apiVersion as {@code schema.ParseGroupVersion} reads it ("" when it fails). */
    static String version(String apiVersion) {
        if (apiVersion.isEmpty()) {
            return "";
        }
        int slash = apiVersion.indexOf('/');
        if (slash < 0) {
            return apiVersion;
        }
        if (apiVersion.indexOf('/', slash + 1) >= 0) {
            return "";
        }
        return apiVersion.substring(slash + 1);
    }
}
