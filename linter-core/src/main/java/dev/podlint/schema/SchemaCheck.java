package dev.podlint.schema;

import dev.podlint.check.DocumentCheck;
import dev.podlint.check.FindingSink;
import dev.podlint.finding.Finding;
import dev.podlint.finding.Severity;
import dev.podlint.source.Document;
import dev.podlint.source.JsonTrees;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import dev.podlint.source.ScalarNode;
import dev.podlint.source.SourceFile;
import dev.podlint.source.YamlNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Validates each object against the schema of its apiVersion/kind ({@code schema}), and says when
 * there is none ({@code unknown-kind}, once per apiVersion/kind and file) or when the target version no
 * longer serves it ({@code removed-api}).
 */
public final class SchemaCheck implements DocumentCheck {

    public static final String SCHEMA = "schema";
    public static final String UNKNOWN_KIND = "unknown-kind";
    public static final String REMOVED_API = "removed-api";

    private final KindSchemas schemas;
    private final boolean strictKinds;
    private final boolean schema;
    private final boolean unknownKind;
    private final boolean removedApi;
    /** The apiVersion/kinds already reported unknown, per file (weak: files are dropped once linted). */
    private final Map<SourceFile, Set<String>> unknownReported = Collections.synchronizedMap(new WeakHashMap<>());

    /** Reports all three rules. */
    public SchemaCheck(KindSchemas schemas, boolean strictKinds) {
        this(schemas, strictKinds, Set.of(SCHEMA, UNKNOWN_KIND, REMOVED_API));
    }

    /**
     * @param rules the rules to report, of {@link #SCHEMA}, {@link #UNKNOWN_KIND} and {@link #REMOVED_API};
     *              what only another one needs is not checked
     */
    public SchemaCheck(KindSchemas schemas, boolean strictKinds, Set<String> rules) {
        this.schemas = schemas;
        this.strictKinds = strictKinds;
        this.schema = rules.contains(SCHEMA);
        this.unknownKind = rules.contains(UNKNOWN_KIND);
        this.removedApi = rules.contains(REMOVED_API);
    }

    @Override
    public void check(Document document, FindingSink sink) {
        MappingNode object = document.object();
        if (object == null) {
            if (!schema) {
                return;
            }
            sink.report(
                    SCHEMA,
                    document,
                    "",
                    document.root().span(),
                    "a Kubernetes object is a mapping with" + " apiVersion and kind, but this document is "
                            + article(document.root().jsonType()));
            return;
        }
        String apiVersion = identity(document, object, "apiVersion", "apps/v1", sink);
        String kind = identity(document, object, "kind", "Deployment", sink);
        if (apiVersion == null || kind == null) {
            return;
        }
        KindResolution resolution = schemas.resolve(apiVersion, kind);
        if (resolution instanceof KindResolution.Validated validated) {
            if (schema) {
                validate(document, validated.validator(), sink);
            }
        } else if (resolution instanceof KindResolution.Removed removed) {
            if (removedApi) {
                reportRemoved(document, removed, sink);
            }
            if (schema && removed.validator() != null) {
                validate(document, removed.validator(), sink);
            }
        } else if (resolution instanceof KindResolution.Unknown unknown && unknownKind) {
            if (inBuiltInGroup(apiVersion)) {
                sink.add(Finding.of(
                        UNKNOWN_KIND,
                        Severity.ERROR,
                        unknown.hint() + "; no custom resource can be of the built-in API group "
                                + (group(apiVersion).isEmpty() ? "core (v1)" : "'" + group(apiVersion) + "'")
                                + " (a CustomResourceDefinition's group has a dot), so kubectl"
                                + " apply fails: no matches for kind \"" + kind + "\" in version \"" + apiVersion
                                + "\"",
                        document,
                        "/kind",
                        document.spanOf("/kind")));
            } else if (firstInFile(document, apiVersion, kind)) {
                Severity severity = strictKinds ? Severity.ERROR : Severity.WARNING;
                sink.add(Finding.of(
                        UNKNOWN_KIND, severity, unknown.hint(), document, "/kind", document.spanOf("/kind")));
            }
        }
    }

    /** The value of apiVersion or kind, or null after reporting why there is none ({@code schema}). */
    private @Nullable String identity(
            Document document, MappingNode object, String key, String example, FindingSink sink) {
        YamlNode node = object.node(key);
        if (node == null) {
            if (schema) {
                sink.report(
                        SCHEMA,
                        document,
                        "",
                        document.root().span().start(),
                        "missing '" + key + "': every Kubernetes object names its " + key + " (e.g. " + key + ": "
                                + example + ")");
            }
            return null;
        }
        if (!(node instanceof ScalarNode scalar)
                || !scalar.isString()
                || scalar.text().isBlank()) {
            if (schema) {
                sink.report(
                        SCHEMA,
                        document,
                        "/" + key,
                        node.span(),
                        key + " must be a non-empty string (e.g. " + key + ": " + example + "), found "
                                + describe(node));
            }
            return null;
        }
        return (String) scalar.value();
    }

    private static String article(String type) {
        return ("aeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }

    private static String describe(YamlNode node) {
        if (node instanceof ScalarNode scalar && scalar.value() == null) {
            return scalar.text().isEmpty() ? "nothing" : "null";
        }
        if (node instanceof ScalarNode scalar && scalar.isString()) {
            return "an empty string";
        }
        return node.jsonType() + (node instanceof ScalarNode scalar ? " " + scalar.text() : "");
    }

    private void reportRemoved(Document document, KindResolution.Removed removed, FindingSink sink) {
        RemovedApi removal = removed.removal();
        if (removed.validator() != null) {
            // PodPreset: podlint applies presets offline, so this is only a reminder.
            sink.add(Finding.of(
                    REMOVED_API,
                    Severity.INFO,
                    removal.apiVersion() + " " + removal.kind()
                            + " was removed in Kubernetes " + removal.removedIn() + " (linting for " + schemas.target()
                            + "): kubectl apply against such a cluster fails on this document (no matches for kind \""
                            + removal.kind() + "\" in version \"" + removal.apiVersion()
                            + "\"; the file's other documents are"
                            + " applied) and no admission plugin applies it; podlint applies it offline (podlint merge shows"
                            + " the result), so keep PodPresets out of what you apply",
                    document,
                    "/apiVersion",
                    document.spanOf("/apiVersion")));
            return;
        }
        sink.report(
                REMOVED_API,
                document,
                "/apiVersion",
                document.spanOf("/apiVersion"),
                removal.describe(schemas.target()));
    }

    private static void validate(Document document, KindValidator validator, FindingSink sink) {
        if (validator.certainlyValid(document.root())) {
            return; // most objects: no Jackson copy, no full validation
        }
        JsonNode json = validator.defaulted(JsonTrees.toJson(document.root()));
        var errors = validator.validate(json);
        List<SchemaViolation> violations = new ArrayList<>(
                errors.isEmpty() ? List.of() : new ViolationTranslator(document, validator).translate(errors));
        for (ListTypes.Problem problem : validator.listProblems(json)) {
            violations.add(new SchemaViolation(
                    problem.pointer(),
                    document.spanOf(problem.pointer()),
                    prefix(problem.pointer()) + problem.message()));
        }
        Set<String> reported = new HashSet<>();
        violations.forEach(v -> reported.add(v.pointer()));
        validator.decodeProblems(document).stream()
                .filter(v -> !reported.contains(v.pointer()))
                .forEach(violations::add);
        for (SchemaViolation violation : violations) {
            sink.report(SCHEMA, document, violation.pointer(), violation.span(), violation.message());
        }
    }

    private static String prefix(String pointer) {
        String path = Pointers.toFieldPath(pointer);
        return path.isEmpty() ? "" : path + ": ";
    }

    /**
     * The API groups without a dot that Kubernetes serves or served: the core group and the legacy
     * groups named before groups became domains. The API server refuses a CustomResourceDefinition
     * whose group has no dot (apiextensions validation: "should be a domain with at least one dot"),
     * so no custom resource can be of one of these. Other dotless groups are not Kubernetes's (a
     * tool's own config file, such as skaffold's {@code skaffold/v4beta11}).
     */
    private static final Set<String> BUILT_IN_DOTLESS_GROUPS =
            Set.of("", "apps", "autoscaling", "batch", "extensions", "policy");

    private static boolean inBuiltInGroup(String apiVersion) {
        return BUILT_IN_DOTLESS_GROUPS.contains(group(apiVersion));
    }

    private static String group(String apiVersion) {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    private boolean firstInFile(Document document, String apiVersion, String kind) {
        Set<String> reported =
                unknownReported.computeIfAbsent(document.source(), s -> Collections.synchronizedSet(new HashSet<>()));
        return reported.add(SchemaFile.key(apiVersion, kind));
    }
}
