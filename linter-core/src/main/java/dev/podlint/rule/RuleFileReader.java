package dev.podlint.rule;

import dev.podlint.config.FormatSchema;
import dev.podlint.finding.Severity;
import dev.podlint.source.LoadProblem;
import dev.podlint.source.LoadedFile;
import dev.podlint.source.ManifestLoader;
import dev.podlint.source.MappingNode;
import dev.podlint.source.YamlNode;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads one rule file into a {@link RuleDefinition}, checked against the published rule format
 * ({@link FormatSchema#RULE}: schemas/.../podlint/rule.schema.json), or fails naming file, line,
 * column and field. The format is defined there only: this class reads what the schema let through.
 */
public final class RuleFileReader {

    private final ManifestLoader loader = new ManifestLoader();

    /**
     * A rule file bundled in the jar, parsed by the build ({@link dev.podlint.source.BundledYaml}): the
     * tests check each against the format and its expressions against YAML tags (RuleFileSchemaTest,
     * PendingRuleTest), and they cannot change after the build, so neither is checked again at every
     * start (the schema validator takes about 0.3 s to start, and a clean lint needs it for nothing else).
     */
    RuleDefinition readBuiltIn(String file, String text, YamlNode root) {
        return definition(text, (MappingNode) root, "built-in");
    }

    public RuleDefinition read(String file, byte[] content, String source) {
        String text = new String(content, StandardCharsets.UTF_8);
        LoadedFile loaded = loader.loadText(file, text);
        if (!loaded.problems().isEmpty()) {
            LoadProblem p = loaded.problems().get(0);
            throw new RuleFileException(file, p.span(), "", p.message());
        }
        if (loaded.documents().size() != 1) {
            throw new RuleFileException(
                    file,
                    loaded.documents().isEmpty()
                            ? 1
                            : loaded.documents().get(1).root().span().line(),
                    "",
                    "a rule file holds exactly one mapping");
        }
        YamlNode root = loaded.documents().get(0).root();
        ExpressionTags.reject(file, text, root);
        FormatSchema.RULE.check(root).ifPresent(problem -> {
            throw new RuleFileException(file, problem.span(), problem.field(), problem.text());
        });
        return definition(text, (MappingNode) root, source);
    }

    private static RuleDefinition definition(String text, MappingNode rule, String source) {
        MappingNode examples = rule.mapping("examples");
        return new RuleDefinition(
                required(rule, "id"),
                Severity.parse(required(rule, "severity")),
                required(rule, "category"),
                required(rule, "summary"),
                text(rule, "help"),
                text(examples, "bad"),
                text(examples, "good"),
                text(rule, "check"),
                source,
                rule,
                text);
    }

    /** A field the rule schema requires. */
    private static String required(MappingNode map, String field) {
        return Objects.requireNonNull(map.string(field), field);
    }

    /** An optional text field, "" when absent. */
    private static String text(@Nullable MappingNode map, String field) {
        String value = map == null ? null : map.string(field);
        return value == null ? "" : value;
    }
}
