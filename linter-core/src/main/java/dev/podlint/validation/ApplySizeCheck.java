package dev.podlint.validation;

import dev.podlint.rule.functions.DataFunctions;
import dev.podlint.rule.functions.Formats;
import dev.podlint.source.Document;
import dev.podlint.source.MappingNode;
import dev.podlint.source.SourceFile;

/**
 * {@code apply-too-large}: client-side {@code kubectl apply} stores the whole object as JSON in the
 * annotation {@code kubectl.kubernetes.io/last-applied-configuration}, and the API server limits
 * annotations to 256 KiB in total, so an object whose JSON nears that size can be created but not
 * applied that way.
 */
final class ApplySizeCheck implements ObjectCheck {

    /** core.MaxSecretSize, the limit of a Secret's or ConfigMap's values. */
    private static final long MAX_DATA_BYTES = 1024 * 1024;

    private static final DataFunctions DATA = new DataFunctions();

    private final String rule;

    ApplySizeCheck(String rule) {
        this.rule = rule;
    }

    @Override
    public void check(Target target) {
        Document document = target.document();
        MappingNode object = target.object();
        if (!mayNotFit(document)) {
            return;
        }
        ObjectKinds.Kind kind = target.facts();
        MappingNode annotations = Nodes.map(target.metadata(), "annotations");
        long own = 0;
        if (annotations != null) {
            for (MappingNode.Entry e : annotations.entries()) {
                String value = Nodes.string(e.value());
                if (!e.key().equals(ApplyAnnotationSize.KEY)) {
                    own += Formats.byteLength(e.key()) + (value == null ? 0 : Formats.byteLength(value));
                }
            }
        }
        if (own > AnnotationCheck.TOTAL_SIZE_LIMIT || overDataLimit(object, target.kind())) {
            return;
        }
        long value = ApplyAnnotationSize.valueLength(object, kind.namespaced());
        if (own + ApplyAnnotationSize.KEY.length() + value > AnnotationCheck.TOTAL_SIZE_LIMIT) {
            target.findings(rule)
                    .atKey(
                            object.containsKey("metadata") ? "/metadata" : "/kind",
                            "this " + target.kind()
                                    + " is too large for client-side 'kubectl apply': it would store the"
                                    + " object's JSON (" + value + " bytes) in the annotation "
                                    + ApplyAnnotationSize.KEY
                                    + ", and annotations may total at most " + AnnotationCheck.TOTAL_SIZE_LIMIT
                                    + " bytes;"
                                    + " use 'kubectl apply --server-side' or 'kubectl create', or make it smaller");
        }
    }

    /**
     * A Secret or ConfigMap the API server refuses anyway, for its size (config-data-too-large's
     * finding) or because its data does not decode (secret-data-base64's).
     */
    private static boolean overDataLimit(MappingNode object, String kind) {
        long size = switch (kind) {
            case "Secret" -> DATA.secretSize(object);
            case "ConfigMap" -> DATA.configMapSize(object);
            default -> 0;
        };
        return size > MAX_DATA_BYTES || size == DataFunctions.UNDECODABLE;
    }

    /**
     * Whether the object might be that large: its JSON takes at most six bytes per character of its
     * text (an escaped '<' takes six), so a short piece of YAML cannot, unless aliases repeat nodes;
     * then a bound from the lengths of the object's texts decides.
     */
    private static boolean mayNotFit(Document document) {
        long budget = AnnotationCheck.TOTAL_SIZE_LIMIT;
        SourceFile source = document.source();
        if (!source.pieceAliased(document.index()) && (long) source.pieceLength(document.index()) * 6 + 64 <= budget) {
            return false;
        }
        return ApplyAnnotationSize.bound(document.root(), budget) > budget;
    }
}
