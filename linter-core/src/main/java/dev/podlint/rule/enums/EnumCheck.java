package dev.podlint.rule.enums;

import dev.podlint.check.DocumentCheck;
import dev.podlint.check.FindingSink;
import dev.podlint.config.LintOptions;
import dev.podlint.rule.JavaChecks;
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

    private record Row(EnumField field, List<String> values) {
    }

    public EnumCheck(String ruleId, EnumTable table, KubernetesVersion version) {
        this.ruleId = ruleId;
        this.version = version;
        for (EnumField.Scope scope : EnumField.Scope.values()) {
            rows.put(scope, new ArrayList<>());
        }
        for (EnumField field : table.fields()) {
            List<String> values = field.valuesIn(version);
            if (values != null) {
                rows.get(field.scope()).add(new Row(field, values));
            }
        }
    }

    /** The factory {@code check: java:enum-values} names: the bundled table, the run's version. */
    public static JavaChecks.Factory factory() {
        return (rule, options, documentChecks, inventoryChecks) -> documentChecks.add(
                new EnumCheck(rule.id(), EnumTable.bundled(), targetVersion(options, EnumTable.bundled())));
    }

    static KubernetesVersion targetVersion(LintOptions options, EnumTable table) {
        List<KubernetesVersion> versions = table.versions();
        KubernetesVersion newest = versions.get(versions.size() - 1);
        KubernetesVersion wanted = options.kubernetesVersion().map(KubernetesVersion::parse).orElse(newest);
        if (wanted == null || wanted.compareTo(newest) > 0) {
            return newest;
        }
        return wanted.compareTo(versions.get(0)) < 0 ? versions.get(0) : wanted;
    }

    @Override
    public void check(Document document, FindingSink sink) {
        MappingNode object = document.object();
        String kind = document.kind();
        if (object == null || kind == null) {
            return;
        }
        check(document, sink, kind, EnumField.Scope.OBJECT, object, "");
        String template = PodTemplates.pointer(kind);
        if (template != null && document.nodeAt(template + "/spec") instanceof MappingNode spec) {
            String specPointer = template + "/spec";
            check(document, sink, kind, EnumField.Scope.POD_SPEC, spec, specPointer);
            for (String list : CONTAINER_LISTS) {
                if (spec.node(list) instanceof SequenceNode containers) {
                    for (int i = 0; i < containers.size(); i++) {
                        if (containers.node(i) instanceof MappingNode container) {
                            check(document, sink, kind, EnumField.Scope.CONTAINER, container,
                                    Pointers.append(Pointers.append(specPointer, list), i));
                        }
                    }
                }
            }
        }
        String jobSpec = kind.equals("Job") ? "/spec" : kind.equals("CronJob") ? "/spec/jobTemplate/spec" : null;
        if (jobSpec != null && document.nodeAt(jobSpec) instanceof MappingNode spec) {
            check(document, sink, kind, EnumField.Scope.JOB_SPEC, spec, jobSpec);
        }
    }

    private void check(Document document, FindingSink sink, String kind, EnumField.Scope scope, MappingNode node,
            String pointer) {
        for (Row row : rows.get(scope)) {
            EnumField field = row.field();
            if (!field.appliesTo(kind) || (field.whenSet() != null && node.get(field.whenSet()) == null)
                    || (field.whenUnset() != null && node.get(field.whenUnset()) != null)) {
                continue;
            }
            walk(node, pointer, field.path(), 0, (value, at) -> {
                String problem = problem(field, row.values(), value);
                if (problem != null) {
                    sink.report(ruleId, document, at, value.span(),
                            Pointers.toFieldPath(at) + ": " + problem + templateNote(kind, scope));
                }
            });
        }
    }

    private interface Visitor {
        void visit(ScalarNode value, String pointer);
    }

    private static void walk(YamlNode node, String pointer, List<EnumField.Segment> path, int step, Visitor visitor) {
        if (step == path.size()) {
            if (node instanceof ScalarNode scalar) {
                visitor.visit(scalar, pointer);
            }
            return;
        }
        EnumField.Segment segment = path.get(step);
        if (segment.everyItem()) {
            if (node instanceof SequenceNode list) {
                for (int i = 0; i < list.size(); i++) {
                    walk(list.node(i), Pointers.append(pointer, i), path, step + 1, visitor);
                }
            }
        } else if (node instanceof MappingNode map) {
            for (String name : segment.fields()) {
                YamlNode child = map.node(name);
                if (child != null) {
                    walk(child, Pointers.append(pointer, name), path, step + 1, visitor);
                }
            }
        }
    }

    /** Why the API server rejects {@code value} there, or null; a value that is no string is the schema's. */
    static String problem(EnumField field, List<String> accepted, ScalarNode value) {
        if (!(value.value() instanceof String written) || accepted.contains(written)) {
            return null;
        }
        if (written.isEmpty()) {
            return field.allowEmpty() ? null
                    : "Required value: an empty string is not accepted; write one of " + quoted(accepted)
                            + " or remove the field";
        }
        String meant = Suggestion.closest(written, accepted);
        return "Unsupported value \"" + shorten(written) + "\": "
                + (meant != null ? "did you mean \"" + meant + "\"? " : "") + "supported values: " + quoted(accepted);
    }

    private String templateNote(String kind, EnumField.Scope scope) {
        if (kind.equals("StatefulSet") && (scope == EnumField.Scope.POD_SPEC || scope == EnumField.Scope.CONTAINER)
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
