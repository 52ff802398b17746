package dev.podlint.policy;

import dev.podlint.finding.Finding;
import dev.podlint.finding.Suppression;
import dev.podlint.rule.select.PodTemplates;
import dev.podlint.source.Document;
import dev.podlint.source.LoadedFile;
import dev.podlint.source.MappingNode;
import dev.podlint.source.YamlNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The annotation {@code podlint.dev/ignore: "rule-a,rule-b # reason"}: on an object it silences
 * those rules for the object (a workload's covers its pod template); on a pod template's metadata,
 * for that template. It covers the findings of every check whose node the object holds, cross-document
 * ones included. Silenced findings stay in the report with an "inSource" suppression. It also
 * carries the files' {@code # podlint-ignore} comments ({@link IgnoreComments}) to the policy.
 */
public final class InSourceSuppressions {

    public static final String ANNOTATION = "podlint.dev/ignore";

    /** One annotation of a document: the pointer prefix it covers, the rules and the reason. */
    record Scope(String pointer, Set<String> rules, String reason) {
        boolean covers(Finding f) {
            return rules.contains(f.ruleId())
                    && (f.path().equals(pointer) || f.path().startsWith(pointer + "/") || pointer.isEmpty());
        }
    }

    /** A document of the run: a finding's file and document index. */
    private record DocumentKey(String file, int document) {}

    private static final InSourceSuppressions NONE = new InSourceSuppressions(Map.of(), List.of(), List.of());

    private final Map<DocumentKey, List<Scope>> scopes;
    private final List<IgnoreDirective> directives;
    private final List<IgnoreAnnotation> annotations;

    private InSourceSuppressions(
            Map<DocumentKey, List<Scope>> scopes,
            List<IgnoreDirective> directives,
            List<IgnoreAnnotation> annotations) {
        this.scopes = scopes;
        this.directives = directives;
        this.annotations = annotations;
    }

    /** The annotations of a loaded file's documents and its {@code # podlint-ignore} comments. */
    public static InSourceSuppressions of(LoadedFile loaded) {
        InSourceSuppressions annotations = of(loaded.documents());
        List<IgnoreDirective> directives = IgnoreComments.read(loaded);
        return directives.isEmpty()
                ? annotations
                : new InSourceSuppressions(annotations.scopes, directives, annotations.annotations);
    }

    /** The {@code # podlint-ignore} comments, which {@link InlineIgnores} applies. */
    public List<IgnoreDirective> directives() {
        return directives;
    }

    /** The annotations themselves, whose rule ids {@link InlineIgnores} checks. */
    public List<IgnoreAnnotation> annotations() {
        return annotations;
    }

    /** The annotations of {@code documents}, of one file or several. */
    public static InSourceSuppressions of(List<Document> documents) {
        Map<DocumentKey, List<Scope>> scopes = new HashMap<>();
        List<IgnoreAnnotation> annotations = new ArrayList<>();
        collect(documents, scopes, annotations);
        scopes.replaceAll((document, list) -> List.copyOf(list));
        return scopes.isEmpty()
                ? NONE
                : new InSourceSuppressions(Map.copyOf(scopes), List.of(), List.copyOf(annotations));
    }

    /** The annotations of all {@code parts} together (the files of a run, say). */
    public static InSourceSuppressions union(List<InSourceSuppressions> parts) {
        Map<DocumentKey, List<Scope>> scopes = new HashMap<>();
        List<IgnoreDirective> directives = new ArrayList<>();
        List<IgnoreAnnotation> annotations = new ArrayList<>();
        for (InSourceSuppressions part : parts) {
            directives.addAll(part.directives);
            annotations.addAll(part.annotations);
            part.scopes.forEach((document, list) -> scopes.merge(document, list, (a, b) -> {
                List<Scope> both = new ArrayList<>(a);
                both.addAll(b);
                return List.copyOf(both);
            }));
        }
        return scopes.isEmpty() && directives.isEmpty()
                ? NONE
                : new InSourceSuppressions(Map.copyOf(scopes), List.copyOf(directives), List.copyOf(annotations));
    }

    /**
     * The findings with those silenced by an annotation marked as suppressed. A finding is matched
     * against the annotations of the object that holds its node (its file and document), whichever
     * check reported it: a preset conflict or a finding on a merged Pod that points into a PodPreset
     * is silenced by the PodPreset's annotation, not the Pod's.
     */
    public List<Finding> apply(List<Finding> findings) {
        return apply(scopes, findings);
    }

    private static void collect(
            List<Document> documents, Map<DocumentKey, List<Scope>> scopes, List<IgnoreAnnotation> annotations) {
        for (Document document : documents) {
            MappingNode object = document.object();
            if (object == null) {
                continue;
            }
            scope(document, object.mapping("metadata"), document.pointer(""), scopes, annotations);
            // a pod template's own metadata may carry the annotation too (a Pod's is the object's)
            String template = PodTemplates.pointer(document.kind());
            if (template != null && !template.isEmpty() && document.nodeAt(template) instanceof MappingNode t) {
                scope(document, t.mapping("metadata"), document.pointer(template), scopes, annotations);
            }
        }
    }

    private static List<Finding> apply(Map<DocumentKey, List<Scope>> scopes, List<Finding> findings) {
        if (scopes.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            Scope covering = finding.suppressed()
                    ? null
                    : scopes.getOrDefault(new DocumentKey(finding.file(), finding.document()), List.of()).stream()
                            .filter(s -> s.covers(finding))
                            .findFirst()
                            .orElse(null);
            out.add(
                    covering == null
                            ? finding
                            : finding.withSuppression(new Suppression("inSource", covering.reason())));
        }
        return out;
    }

    private static void scope(
            Document document,
            @Nullable MappingNode metadata,
            String pointer,
            Map<DocumentKey, List<Scope>> scopes,
            List<IgnoreAnnotation> found) {
        MappingNode annotations = metadata == null ? null : metadata.mapping("annotations");
        YamlNode node = annotations == null ? null : annotations.node(ANNOTATION);
        if (node == null || !(node.value() instanceof String value)) {
            return;
        }
        int hash = value.indexOf('#');
        String ids = hash < 0 ? value : value.substring(0, hash);
        String reason = hash < 0 ? "" : value.substring(hash + 1).strip();
        Set<String> rules = new LinkedHashSet<>();
        for (String id : ids.split("[,\\s]+", -1)) {
            if (!id.isBlank()) {
                rules.add(id.strip());
            }
        }
        if (!rules.isEmpty()) {
            String file = document.source().displayPath();
            scopes.computeIfAbsent(new DocumentKey(file, document.index()), k -> new ArrayList<>())
                    .add(new Scope(pointer, rules, reason));
            found.add(new IgnoreAnnotation(
                    file,
                    document.index(),
                    document.kind(),
                    document.name(),
                    document.namespace(),
                    pointer + "/metadata/annotations/" + ANNOTATION.replace("/", "~1"),
                    node.span(),
                    List.copyOf(rules)));
        }
    }
}
