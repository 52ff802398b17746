package dev.podlint.validation;

import dev.podlint.check.DocumentCheck;
import dev.podlint.check.FindingSink;
import dev.podlint.schema.KubernetesVersion;
import dev.podlint.source.Document;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import java.util.Locale;

/**
 * {@code annotation-invalid}: annotation keys (qualified names, case-insensitive) and their total
 * size ({@code ValidateAnnotations}), on the object and on its pod template, and the annotations the
 * pod validation reads ({@code ValidatePodSpecificAnnotations}).
 */
final class AnnotationCheck implements DocumentCheck {

    /** apimachinery {@code TotalAnnotationSizeLimitB}. */
    static final int TOTAL_SIZE_LIMIT = 256 * 1024;

    static final String DELETION_COST = "controller.kubernetes.io/pod-deletion-cost";
    static final String MIRROR = "kubernetes.io/config.mirror";

    private final String rule;
    private final ObjectKinds kinds;

    AnnotationCheck(String rule, KubernetesVersion version) {
        this.rule = rule;
        this.kinds = new ObjectKinds(version);
    }

    @Override
    public void check(Document document, FindingSink sink) {
        MappingNode object = document.object();
        if (object == null || document.kind() == null
                || kinds.of(document.apiVersion(), document.kind()).nameFormat() == NameFormat.NONE) {
            return;
        }
        Findings findings = new Findings(rule, document, sink);
        MappingNode annotations = Nodes.map(object, "metadata", "annotations");
        annotations(findings, "/metadata/annotations", annotations, "metadata.annotations");
        String kind = Workloads.builtInKind(document);
        if ("Pod".equals(kind)) {
            podAnnotations(findings, "/metadata/annotations", annotations, object.mapping("spec"), "/spec");
        }
        String template = Workloads.template(kind);
        if (template != null && document.nodeAt(template + "/metadata/annotations") instanceof MappingNode inTemplate) {
            String at = template + "/metadata/annotations";
            annotations(findings, at, inTemplate, Pointers.toFieldPath(at));
            podAnnotations(findings, at, inTemplate, document.nodeAt(template + "/spec") instanceof MappingNode spec
                    ? spec : null, template + "/spec");
        }
    }

    /** Reports keys and a total over the limit; returns the total (0 for no annotations). */
    static long annotations(Findings findings, String pointer, MappingNode annotations, String field) {
        if (annotations == null) {
            return 0;
        }
        long size = 0;
        for (MappingNode.Entry e : annotations.entries()) {
            String key = e.key();
            String problem = Formats.qualifiedNameProblem(key.toLowerCase(Locale.ROOT));
            if (problem != null) {
                String better = Formats.labelValueSuggestion(key);
                findings.atKey(Pointers.append(pointer, key), "annotation key " + Findings.quote(key) + " in " + field + " is not"
                        + " valid: " + problem + (better.isEmpty() || Formats.qualifiedNameProblem(better) != null
                        ? "" : "; write e.g. " + Findings.quote(better)));
            }
            String value = Nodes.string(e.value());
            size += Formats.byteLength(key) + (value == null ? 0 : Formats.byteLength(value));
        }
        if (size > TOTAL_SIZE_LIMIT) {
            findings.atKey(pointer, field + " add up to " + size + " bytes (keys and values), more than the "
                    + TOTAL_SIZE_LIMIT + " the API server allows; move large values elsewhere (a ConfigMap, say)");
        }
        return size;
    }

    /** core/validation ValidatePodSpecificAnnotations: the deletion cost and the mirror-pod annotation. */
    private static void podAnnotations(Findings findings, String pointer, MappingNode annotations, MappingNode spec,
            String specPointer) {
        if (annotations == null) {
            return;
        }
        if (annotations.containsKey(DELETION_COST)) {
            String value = Nodes.string(annotations.node(DELETION_COST));
            if (value != null && !isInt32(value)) {
                findings.at(Pointers.append(pointer, DELETION_COST), "annotation " + DELETION_COST + " must be a 32-bit"
                        + " integer written without '+' or leading zeros, not " + Findings.quote(value));
            }
        }
        if (annotations.containsKey(MIRROR) && (Nodes.string(spec, "nodeName") == null
                || Nodes.string(spec, "nodeName").isEmpty())) {
            findings.atKey(Pointers.append(pointer, MIRROR), "annotation " + MIRROR + " marks a mirror pod, which"
                    + " must set " + Pointers.toFieldPath(specPointer) + ".nodeName; remove the annotation (the kubelet"
                    + " sets it on static pods)");
        }
    }

    /** core/helper GetDeletionCostFromPodAnnotations: {@code validFirstDigit}, then {@code ParseInt(v, 10, 32)}. */
    static boolean isInt32(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char first = s.charAt(0);
        if (!(first == '-' || s.equals("0") || (first >= '1' && first <= '9'))) {
            return false;
        }
        int start = first == '-' ? 1 : 0;
        if (start == s.length() || s.length() - start > 10) {
            return false;
        }
        for (int i = start; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        long v = Long.parseLong(s);
        return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE;
    }
}
