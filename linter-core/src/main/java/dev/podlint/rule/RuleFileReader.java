package dev.podlint.rule;

import dev.podlint.finding.Severity;
import dev.podlint.rule.select.SelectorRegistry;
import dev.podlint.source.LoadProblem;
import dev.podlint.source.LoadedFile;
import dev.podlint.source.ManifestLoader;
import dev.podlint.source.MappingNode;
import dev.podlint.source.YamlNode;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads one rule file into a {@link RuleDefinition}, or fails naming file, line and field. */
public final class RuleFileReader {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Set<String> SEVERITIES = Set.of("error", "warning", "info");

    private final ManifestLoader loader = new ManifestLoader();

    public RuleDefinition read(String file, byte[] content, String source) {
        LoadedFile loaded = loader.loadText(file, new String(content, StandardCharsets.UTF_8));
        if (!loaded.problems().isEmpty()) {
            LoadProblem p = loaded.problems().get(0);
            throw new RuleFileException(file, p.span().line(), "", p.message());
        }
        if (loaded.documents().size() != 1 || loaded.documents().get(0).object() == null) {
            throw new RuleFileException(file, 1, "", "a rule file holds exactly one mapping");
        }
        MappingNode rule = loaded.documents().get(0).object();
        String id = requiredString(file, rule, "id");
        if (!ID.matcher(id).matches()) {
            throw error(file, rule, "id", "must be lowercase words joined by '-', e.g. secret-data-base64");
        }
        String severity = requiredString(file, rule, "severity");
        if (!SEVERITIES.contains(severity)) {
            throw error(file, rule, "severity", "must be one of error, warning, info");
        }
        new RuleSpecReader(SelectorRegistry.defaults()).read(file, rule);
        MappingNode examples = rule.mapping("examples");
        return new RuleDefinition(id, Severity.parse(severity), requiredString(file, rule, "category"),
                requiredString(file, rule, "summary"), optionalString(file, rule, "help"),
                examples == null ? "" : optionalString(file, examples, "bad"),
                examples == null ? "" : optionalString(file, examples, "good"),
                optionalString(file, rule, "check"), source, rule);
    }

    static String requiredString(String file, MappingNode map, String field) {
        YamlNode node = map.node(field);
        if (node == null) {
            throw new RuleFileException(file, map.span().line(), field, "is required");
        }
        if (!(node.value() instanceof String s) || s.isBlank()) {
            throw new RuleFileException(file, node.span().line(), field, "must be a non-empty string");
        }
        return s;
    }

    static String optionalString(String file, MappingNode map, String field) {
        YamlNode node = map.node(field);
        if (node == null || node.value() == null) {
            return "";
        }
        if (!(node.value() instanceof String s)) {
            throw new RuleFileException(file, node.span().line(), field, "must be a string");
        }
        return s;
    }

    private static RuleFileException error(String file, MappingNode map, String field, String problem) {
        YamlNode node = map.node(field);
        return new RuleFileException(file, node == null ? map.span().line() : node.span().line(), field, problem);
    }
}
