package dev.podlint.preset;

import dev.podlint.check.FindingSink;
import dev.podlint.finding.Finding;
import dev.podlint.finding.Outcome;
import dev.podlint.finding.RelatedLocation;
import dev.podlint.rule.RuleCatalog;
import dev.podlint.rule.RuleDefinition;
import dev.podlint.source.Document;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import dev.podlint.source.Span;
import dev.podlint.source.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A Pod (or workload, for a pod template) as the cluster would create it after its PodPresets:
 * a tree made of the original nodes, so each keeps its position, and a record of which file each
 * node came from. Run checks on {@link #asDocument()} with {@link #relocating} as their sink, and
 * each finding points into the file that holds the offending node: the pod's, or a preset's.
 */
public final class MergedPod {

    private final Document original;
    private final MappingNode merged;
    private final NodeOrigins origins;
    private final List<PodPreset> applied;

    MergedPod(Document original, MappingNode merged, NodeOrigins origins, List<PodPreset> applied) {
        this.original = original;
        this.merged = merged;
        this.origins = origins;
        this.applied = List.copyOf(applied);
    }

    static MergedPod unchanged(Document original) {
        return new MergedPod(
                original,
                Objects.requireNonNull(original.object(), "a pod target is a mapping"),
                new NodeOrigins(),
                List.of());
    }

    /** The pod (or workload) document as written. */
    public Document original() {
        return original;
    }

    /** The whole object after merging (the original mapping when nothing was applied). */
    public MappingNode merged() {
        return merged;
    }

    /** The presets applied, in the order they were applied (by name); empty when unchanged. */
    public List<PodPreset> applied() {
        return applied;
    }

    public boolean changed() {
        return !applied.isEmpty();
    }

    /** The merged object as a document of the pod's file, for checks; relocate their findings. */
    public Document asDocument() {
        return new Document(original.source(), original.index(), merged, original.pointerBase());
    }

    /** The document whose file holds {@code node}: a preset's for injected nodes, else the pod's. */
    public Document originOf(YamlNode node) {
        NodeOrigins.Origin origin = origins.get(node);
        return origin == null ? original : origin.document();
    }

    /** The pointer of {@code node} relative to {@link #originOf}'s object (null if unknown for pod nodes). */
    public @Nullable String pointerOf(YamlNode node) {
        NodeOrigins.Origin origin = origins.get(node);
        return origin == null ? null : origin.pointer();
    }

    /**
     * A finding reported on {@link #asDocument()}, moved to the file that holds its node. Findings
     * on the pod's own nodes are returned unchanged; findings on injected nodes move to the
     * preset's file, with a related location at the pod.
     */
    public Finding relocate(Finding finding) {
        String relative = finding.path().startsWith(original.pointerBase())
                ? finding.path().substring(original.pointerBase().length())
                : finding.path();
        Target target = locate(relative);
        if (target == null) {
            return finding;
        }
        Document preset = target.origin.document();
        return new Finding(
                finding.ruleId(),
                finding.severity(),
                finding.message(),
                preset.source().displayPath(),
                preset.index(),
                preset.kind(),
                preset.name(),
                preset.namespace(),
                preset.pointer(target.origin.pointer() + target.rest),
                finding.span(),
                withPodLocation(finding.related()),
                finding.suppression(),
                finding.outcome());
    }

    /** A sink for checks run on {@link #asDocument()} that relocates what they report into {@code target}. */
    public FindingSink relocating(FindingSink target, RuleCatalog catalog) {
        return new FindingSink() {
            @Override
            public void report(String ruleId, Document document, String relativePointer, Span span, String message) {
                report(ruleId, document, relativePointer, span, message, null);
            }

            @Override
            public void report(
                    String ruleId,
                    Document document,
                    String relativePointer,
                    Span span,
                    String message,
                    @Nullable Outcome outcome) {
                RuleDefinition rule = catalog.get(ruleId);
                if (rule == null) {
                    throw new IllegalStateException("a check reported the unknown rule '" + ruleId + "'");
                }
                Document reportOn = document.root() == merged ? original : document;
                add(Finding.of(ruleId, rule.severity(), message, reportOn, relativePointer, span)
                        .withOutcome(outcome));
            }

            @Override
            public void add(Finding finding) {
                target.add(relocate(finding));
            }
        };
    }

    private List<RelatedLocation> withPodLocation(List<RelatedLocation> related) {
        List<RelatedLocation> out = new ArrayList<>(related);
        MappingNode metadata = Objects.requireNonNull(original.object(), "a pod target is a mapping")
                .mapping("metadata");
        YamlNode at = metadata != null && metadata.node("name") != null ? metadata.node("name") : original.root();
        String presets = String.join(
                ", ", applied.stream().map(p -> "\"" + p.name() + "\"").toList());
        out.add(new RelatedLocation(
                original.source().displayPath(),
                at.span(),
                "in " + original.kind() + " \"" + original.name() + "\" after applying PodPreset " + presets));
        return out;
    }

    private record Target(NodeOrigins.Origin origin, String rest) {}

    /** The deepest node on the way to {@code relativePointer} that a preset injected, with the path left. */
    private @Nullable Target locate(String relativePointer) {
        List<String> segments = Pointers.segments(relativePointer);
        YamlNode node = merged;
        int depth = 0;
        for (String segment : segments) {
            YamlNode child = Pointers.child(node, segment);
            if (child == null) {
                break;
            }
            node = child;
            depth++;
            NodeOrigins.Origin origin = origins.get(node);
            if (origin != null) {
                StringBuilder rest = new StringBuilder();
                for (String s : segments.subList(depth, segments.size())) {
                    rest.append('/').append(s.replace("~", "~0").replace("/", "~1"));
                }
                return new Target(origin, rest.toString());
            }
        }
        return null;
    }
}
