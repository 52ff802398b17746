package dev.podlint.validation;

import dev.podlint.rule.functions.Formats;
import dev.podlint.rule.functions.Quoted;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code annotation-invalid}: annotation keys (qualified names, case-insensitive) and their total
 * size ({@code ValidateAnnotations}), on the object and on its pod template, and the annotations the
 * pod validation reads ({@code ValidatePodSpecificAnnotations}).
 */
final class AnnotationCheck implements ObjectCheck {

    /** apimachinery {@code TotalAnnotationSizeLimitB}. */
    static final int TOTAL_SIZE_LIMIT = 256 * 1024;

    static final String DELETION_COST = "controller.kubernetes.io/pod-deletion-cost";
    static final String MIRROR = "kubernetes.io/config.mirror";

    private final String rule;

    AnnotationCheck(String rule) {
        this.rule = rule;
    }

    @Override
    public void check(Target target) {
        MappingNode annotations =
                target.metadata() == null ? null : target.metadata().mapping("annotations");
        String kind = target.builtIn();
        // kubectl apply drops them all, unchecked, when one is not a string: annotation-not-string's finding
        if (annotations != null && !AnnotationTypeCheck.anyNotString(annotations)) {
            annotations(target, "/metadata/annotations", annotations);
            if ("Pod".equals(kind)) {
                podAnnotations(
                        target,
                        "/metadata/annotations",
                        annotations,
                        target.object().mapping("spec"),
                        "/spec");
            }
        }
        String[] templateKeys = Workloads.templateKeys(kind);
        MappingNode template = templateKeys == null ? null : target.map(templateKeys);
        MappingNode inTemplate = Nodes.map(template, "metadata", "annotations");
        if (inTemplate != null) {
            String base = Workloads.pointer(templateKeys);
            annotations(target, base + "/metadata/annotations", inTemplate);
            podAnnotations(
                    target,
                    base + "/metadata/annotations",
                    inTemplate,
                    Objects.requireNonNull(template, "it holds the annotations").mapping("spec"),
                    base + "/spec");
        }
    }

    /** Reports invalid keys and a total over the limit. */
    private void annotations(Target target, String pointer, MappingNode annotations) {
        long size = 0;
        for (MappingNode.Entry e : annotations.entries()) {
            String key = e.key();
            String lower = key.toLowerCase(Locale.ROOT);
            if (!Formats.isQualifiedName(lower)) {
                String better = Formats.labelValueSuggestion(key);
                target.findings(rule)
                        .atKey(
                                Pointers.append(pointer, key),
                                "annotation key " + Quoted.quote(key)
                                        + " in " + Pointers.toFieldPath(pointer) + " is not valid: "
                                        + Formats.qualifiedNameProblem(lower)
                                        + (better.isEmpty() || Formats.qualifiedNameProblem(better) != null
                                                ? ""
                                                : "; write e.g. " + Quoted.quote(better)));
            }
            String value = Nodes.string(e.value());
            size += Formats.byteLength(key) + (value == null ? 0 : Formats.byteLength(value));
        }
        if (size > TOTAL_SIZE_LIMIT) {
            target.findings(rule)
                    .atKey(
                            pointer,
                            Pointers.toFieldPath(pointer) + " add up to " + size + " bytes (keys"
                                    + " and values), more than the " + TOTAL_SIZE_LIMIT
                                    + " the API server allows; move large values"
                                    + " elsewhere (a ConfigMap, say)");
        }
    }

    /** core/validation ValidatePodSpecificAnnotations: the deletion cost and the mirror-pod annotation. */
    private void podAnnotations(
            Target target, String pointer, MappingNode annotations, @Nullable MappingNode spec, String specPointer) {
        if (annotations.containsKey(DELETION_COST)) {
            String value = Nodes.string(annotations.node(DELETION_COST));
            if (value != null && !isInt32(value)) {
                target.findings(rule)
                        .at(
                                Pointers.append(pointer, DELETION_COST),
                                "annotation " + DELETION_COST + " must be a 32-bit"
                                        + " integer written without '+' or leading zeros, not " + Quoted.quote(value));
            }
        }
        if (annotations.containsKey(MIRROR)
                && Objects.toString(Nodes.string(spec, "nodeName"), "").isEmpty()) {
            target.findings(rule)
                    .atKey(
                            Pointers.append(pointer, MIRROR),
                            "annotation " + MIRROR + " marks a mirror pod, which"
                                    + " must set " + Pointers.toFieldPath(specPointer)
                                    + ".nodeName; remove the annotation (the kubelet"
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
