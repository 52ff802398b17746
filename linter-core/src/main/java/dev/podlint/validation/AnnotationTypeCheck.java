package dev.podlint.validation;

import dev.podlint.rule.functions.Quoted;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import dev.podlint.source.ScalarNode;
import dev.podlint.source.YamlNode;

/**
 * {@code annotation-not-string}: an annotation of the object whose value is not a string (an
 * unquoted {@code yes}, {@code 0644}, {@code 1.10}, a mapping). Client-side {@code kubectl apply}
 * reads the annotations with unstructured {@code GetAnnotations}, which gives up on a non-string
 * value, and {@code CreateApplyAnnotation} then writes back only the last-applied-configuration
 * annotation: the object is created without any of its other annotations, and no error is shown.
 * {@code kubectl create} and server-side apply send the value, and the API server's decoding
 * rejects it. A pod template's annotations are sent as written and rejected, which the
 * {@code schema} rule reports.
 */
final class AnnotationTypeCheck implements ObjectCheck {

    private static final String POINTER = "/metadata/annotations";

    private final String rule;

    AnnotationTypeCheck(String rule) {
        this.rule = rule;
    }

    @Override
    public void check(Target target) {
        MappingNode annotations =
                target.metadata() == null ? null : target.metadata().mapping("annotations");
        if (annotations == null) {
            return;
        }
        for (MappingNode.Entry e : annotations.entries()) {
            YamlNode value = e.value();
            if (value instanceof ScalarNode scalar && (scalar.value() == null || scalar.isString())) {
                continue;
            }
            String what = value instanceof ScalarNode scalar
                    ? "YAML reads " + scalar.text() + " as the " + scalar.jsonType() + " " + scalar.value()
                    : "it is " + article(value.jsonType());
            String fix = value instanceof ScalarNode scalar
                    ? "; quote it: \"" + scalar.text() + "\""
                    : "; write the value as a string";
            target.findings(rule)
                    .at(
                            Pointers.append(POINTER, e.key()),
                            "annotation " + Quoted.quote(e.key())
                                    + " is not a string (" + what
                                    + "): kubectl apply then silently drops every annotation of this "
                                    + (target.kind() == null ? "object" : target.kind())
                                    + " but kubectl.kubernetes.io/last-applied-configuration (the object is created"
                                    + " without them), and kubectl create or a server-side apply is rejected" + fix);
        }
    }

    /** True when a value is not a string (nor null): client-side apply then drops all the annotations. */
    static boolean anyNotString(MappingNode annotations) {
        for (MappingNode.Entry e : annotations.entries()) {
            if (!(e.value() instanceof ScalarNode scalar && (scalar.value() == null || scalar.isString()))) {
                return true;
            }
        }
        return false;
    }

    private static String article(String type) {
        return ("aeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }
}
