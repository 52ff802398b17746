package dev.podlint.rule.enums;

import dev.podlint.check.DocumentCheck;
import dev.podlint.check.FindingSink;
import dev.podlint.config.LintOptions;
import dev.podlint.finding.Outcome;
import dev.podlint.rule.select.PodTemplates;
import dev.podlint.schema.KubernetesVersion;
import dev.podlint.source.Document;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import dev.podlint.source.ScalarNode;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.YamlNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * {@code enum-value}: a field whose value is not in the set the API server's validation accepts
 * for the target Kubernetes version ({@link EnumTable}), with the value meant when it is a
 * near miss ({@code always} for {@code Always}).
 */
public final class EnumCheck implements DocumentCheck {

    /** The first version whose API server validates a StatefulSet's pod template on create. */
    static final KubernetesVersion STATEFULSET_TEMPLATE_VALIDATED = new KubernetesVersion(1, 34);

    private static final List<String> CONTAINER_LISTS = List.of("initContainers", "containers", "ephemeralContainers");

    private final String ruleId;
    private final KubernetesVersion version;
    /** The rows checked in this version, by scope. */
    private final Map<EnumField.Scope, List<Row>> rows = new EnumMap<>(EnumField.Scope.class);
    /** By kind: the paths of the rows of each scope, as one tree. */
    private final Map<String, Map<EnumField.Scope, EnumTrie<Row>>> byKind = new ConcurrentHashMap<>();

    /** A row of the table with the values of this version. */
    private record Row(EnumField field, List<String> values) {}

    public EnumCheck(String ruleId, EnumTable table, KubernetesVersion version) {
        this.ruleId = ruleId;
        this.version = version;
        for (EnumField.Scope scope : EnumField.Scope.values()) {
            rows.put(scope, new ArrayList<>());
        }
        for (EnumField field : table.fields()) {
            List<String> values = field.valuesIn(version);
            if (values != null) {
                Objects.requireNonNull(rows.get(field.scope())).add(new Row(field, values));
            }
        }
    }

    /** The rows that apply to {@code kind}, per scope, as a tree of their paths. */
    private Map<EnumField.Scope, EnumTrie<Row>> index(String kind) {
        Map<EnumField.Scope, EnumTrie<Row>> index = new EnumMap<>(EnumField.Scope.class);
        for (Map.Entry<EnumField.Scope, List<Row>> scope : rows.entrySet()) {
            EnumTrie<Row> trie = new EnumTrie<>();
            for (Row row : scope.getValue()) {
                if (row.field().appliesTo(kind)) {
                    trie.add(row.field().path(), row);
                }
            }
            index.put(scope.getKey(), trie);
        }
        return index;
    }

    /** The check of rule {@code ruleId} over the bundled table, for the run's Kubernetes version. */
    public static EnumCheck forRun(String ruleId, LintOptions options) {
        return new EnumCheck(ruleId, EnumTable.bundled(), targetVersion(options, EnumTable.bundled()));
    }

    static KubernetesVersion targetVersion(LintOptions options, EnumTable table) {
        List<KubernetesVersion> versions = table.versions();
        KubernetesVersion newest = versions.get(versions.size() - 1);
        KubernetesVersion wanted =
                options.schema().version().map(KubernetesVersion::parse).orElse(newest);
        if (wanted == null || wanted.compareTo(newest) > 0) {
            return newest;
        }
        return wanted.compareTo(versions.get(0)) < 0 ? versions.get(0) : wanted;
    }

    /** Where each kind keeps its pod spec, field by field (constant keys: no pointer parsed per document). */
    private static final Map<String, List<String>> POD_SPEC_PATHS = Map.of(
            "Pod",
            List.of("spec"),
            "PodTemplate",
            List.of("template", "spec"),
            "CronJob",
            List.of("spec", "jobTemplate", "spec", "template", "spec"));

    private static final List<String> WORKLOAD_POD_SPEC = List.of("spec", "template", "spec");
    private static final Map<String, List<String>> JOB_SPEC_PATHS =
            Map.of("Job", List.of("spec"), "CronJob", List.of("spec", "jobTemplate", "spec"));

    @Override
    public void check(Document document, FindingSink sink) {
        MappingNode object = document.object();
        String kind = document.kind();
        if (object == null || kind == null) {
            return;
        }
        Map<EnumField.Scope, EnumTrie<Row>> index = byKind.computeIfAbsent(kind, this::index);
        check(document, sink, kind, EnumField.Scope.OBJECT, index, object, "");
        if (PodTemplates.pointer(kind) != null) {
            List<String> path = POD_SPEC_PATHS.getOrDefault(kind, WORKLOAD_POD_SPEC);
            if (descend(object, path) instanceof MappingNode spec) {
                String specPointer = pointer(path);
                check(document, sink, kind, EnumField.Scope.POD_SPEC, index, spec, specPointer);
                for (String list : CONTAINER_LISTS) {
                    if (spec.node(list) instanceof SequenceNode containers) {
                        for (int i = 0; i < containers.size(); i++) {
                            if (containers.node(i) instanceof MappingNode container) {
                                check(
                                        document,
                                        sink,
                                        kind,
                                        EnumField.Scope.CONTAINER,
                                        index,
                                        container,
                                        specPointer + "/" + list + "/" + i);
                            }
                        }
                    }
                }
            }
        }
        List<String> jobPath = JOB_SPEC_PATHS.get(kind);
        if (jobPath != null && descend(object, jobPath) instanceof MappingNode spec) {
            check(document, sink, kind, EnumField.Scope.JOB_SPEC, index, spec, pointer(jobPath));
        }
    }

    private static @Nullable YamlNode descend(MappingNode from, List<String> path) {
        YamlNode node = from;
        for (String field : path) {
            if (!(node instanceof MappingNode m)) {
                return null;
            }
            node = m.node(field);
        }
        return node;
    }

    private static String pointer(List<String> path) {
        return "/" + String.join("/", path);
    }

    private void check(
            Document document,
            FindingSink sink,
            String kind,
            EnumField.Scope scope,
            Map<EnumField.Scope, EnumTrie<Row>> index,
            MappingNode node,
            String pointer) {
        EnumTrie<Row> trie = index.get(scope);
        if (trie == null || trie.isEmpty()) {
            return;
        }
        trie.walk(node, new ArrayList<>(), (row, value, path) -> {
            EnumField field = row.field();
            if ((field.whenSet() != null && node.get(field.whenSet()) == null)
                    || (field.whenUnset() != null && node.get(field.whenUnset()) != null)) {
                return;
            }
            String problem = problem(field, row.values(), value);
            if (problem != null) {
                StringBuilder at = new StringBuilder(pointer);
                for (Object step : path) {
                    at.append('/').append(step);
                }
                String valuePointer = at.toString();
                String note = templateNote(kind, scope);
                sink.report(
                        ruleId,
                        document,
                        valuePointer,
                        value.span(),
                        Pointers.toFieldPath(valuePointer) + ": " + problem + note,
                        note.isEmpty() ? null : Outcome.PODS_REJECTED);
            }
        });
    }

    /** Why the API server rejects {@code value} there, or null; a value that is no string is the schema's. */
    static @Nullable String problem(EnumField field, List<String> accepted, ScalarNode value) {
        if (!(value.value() instanceof String written) || accepted.contains(written)) {
            return null;
        }
        if (written.isEmpty()) {
            return field.allowEmpty()
                    ? null
                    : "Required value: an empty string is not accepted; write one of " + quoted(accepted)
                            + " or remove the field";
        }
        String meant = Suggestion.closest(written, accepted);
        return "Unsupported value \"" + shorten(written) + "\": "
                + (meant != null ? "did you mean \"" + meant + "\"? " : "") + "supported values: " + quoted(accepted);
    }

    private String templateNote(String kind, EnumField.Scope scope) {
        if (kind.equals("StatefulSet")
                && (scope == EnumField.Scope.POD_SPEC || scope == EnumField.Scope.CONTAINER)
                && version.isBefore(STATEFULSET_TEMPLATE_VALIDATED)) {
            return " (Kubernetes " + version + " does not validate a StatefulSet's pod template: kubectl apply"
                    + " succeeds and every Pod create fails)";
        }
        return "";
    }

    private static String quoted(List<String> values) {
        StringBuilder out = new StringBuilder();
        for (String v : values) {
            out.append(out.length() == 0 ? "" : ", ").append('"').append(v).append('"');
        }
        return out.toString();
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
