package dev.podlint.rule;

import dev.podlint.config.ConfigFileReader;
import dev.podlint.config.LintOptions;
import dev.podlint.config.PodlintConfig;
import dev.podlint.source.MappingNode;
import dev.podlint.source.ScalarNode;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.YamlNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The lint options a rule file's examples ({@code examples.options}) or one of its tests
 * ({@code tests[].options}) are linted with: a mapping in the keys of {@code .podlint.yaml}
 * ({@code kubernetesVersion}, {@code skipKinds}, {@code rejectKinds}), read by the config file's reader.
 * {@code podlint rules test}, the build's tests of the built-in examples and the rule pages use them.
 *
 * @param node     the mapping as written, or null for none
 * @param settings what it sets
 */
public record RuleCaseOptions(@Nullable MappingNode node, PodlintConfig settings) {

    public static final RuleCaseOptions NONE = new RuleCaseOptions(null, PodlintConfig.NONE);

    /** The options of the rule's {@code examples}. */
    public static RuleCaseOptions ofExamples(RuleDefinition rule) {
        MappingNode examples = rule.definition().mapping("examples");
        return of(rule, examples == null ? null : examples.node("options"));
    }

    /** The options written at {@code options} (an {@code options} field of the rule file), or none. */
    public static RuleCaseOptions of(RuleDefinition rule, @Nullable YamlNode options) {
        if (!(options instanceof MappingNode mapping) || mapping.entries().isEmpty()) {
            return NONE;
        }
        return new RuleCaseOptions(mapping, new ConfigFileReader().read(Path.of(rule.file()), mapping));
    }

    public boolean isEmpty() {
        return node == null;
    }

    /** Adds them to a run's options, as a config file's settings are added. */
    public LintOptions.Builder applyTo(LintOptions.Builder options) {
        String version = settings.kubernetesVersion();
        if (version != null) {
            options.kubernetesVersion(version);
        }
        settings.skipKinds().forEach(options::skipKind);
        settings.rejectKinds().forEach(options::rejectKind);
        return options;
    }

    /** The mapping as YAML, one key a line, lists in flow style ({@code rejectKinds: [v1/Secret]}); "" for none. */
    public String yaml() {
        if (node == null) {
            return "";
        }
        StringBuilder yaml = new StringBuilder();
        for (MappingNode.Entry entry : node.entries()) {
            yaml.append(entry.key()).append(": ").append(flow(entry.value())).append('\n');
        }
        return yaml.toString();
    }

    private static String flow(YamlNode value) {
        if (value instanceof SequenceNode list) {
            List<String> items = new ArrayList<>();
            list.nodes().forEach(item -> items.add(flow(item)));
            return "[" + String.join(", ", items) + "]";
        }
        if (value instanceof MappingNode map) {
            List<String> entries = new ArrayList<>();
            map.entries().forEach(e -> entries.add(e.key() + ": " + flow(e.value())));
            return "{" + String.join(", ", entries) + "}";
        }
        String text = value instanceof ScalarNode scalar ? scalar.text() : String.valueOf(value.value());
        boolean plain =
                text.matches("[A-Za-z][A-Za-z0-9./_-]*") && !text.matches("(?i)true|false|null|yes|no|on|off|y|n|~");
        return plain ? text : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
