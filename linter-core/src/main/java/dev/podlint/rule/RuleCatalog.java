package dev.podlint.rule;

import dev.podlint.check.RuleSeverities;
import dev.podlint.finding.Severity;
import dev.podlint.rule.select.SelectorRegistry;
import dev.podlint.source.BundledYaml;
import dev.podlint.source.PackedYaml;
import dev.podlint.util.Once;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** All known rules, by id: the built-in rule files bundled in the jar, plus users' rule folders. */
public final class RuleCatalog implements RuleSeverities {

    private static final String BUILT_IN_DIR = "dev/podlint/rules/";

    /** The bundled rule files, read once per JVM (they cannot change after the build). */
    private static final Once<List<RuleDefinition>> BUILT_IN = new Once<>(RuleCatalog::readBuiltIn);

    private final Map<String, RuleDefinition> rules;

    private RuleCatalog(Map<String, RuleDefinition> rules) {
        this.rules = Collections.unmodifiableMap(rules);
    }

    public static RuleCatalog builtIn() {
        return load(List.of());
    }

    /** Built-in rules plus the {@code *.yaml} rule files of each folder (a user rule may not reuse a built-in id). */
    public static RuleCatalog load(List<Path> userRuleDirectories) {
        Map<String, RuleDefinition> rules = new TreeMap<>();
        for (RuleDefinition rule : BUILT_IN.get()) {
            rules.put(rule.id(), rule);
        }
        RuleFileReader reader = new RuleFileReader();
        for (Path dir : userRuleDirectories) {
            for (Path file : ruleFiles(dir)) {
                RuleDefinition rule = reader.read(file.toString(), readAll(file), file.toString());
                RuleDefinition earlier = rules.putIfAbsent(rule.id(), rule);
                if (earlier != null) {
                    throw new RuleFileException(
                            file.toString(),
                            rule.definition().span().line(),
                            "id",
                            "rule id '" + rule.id() + "' is already defined by " + earlier.source());
                }
            }
        }
        return new RuleCatalog(rules);
    }

    /** Reads the built-in rule files now, unless done already (see {@code dev.podlint.Prefetch}). */
    public static void prefetchBuiltIn() {
        BUILT_IN.get();
    }

    /** Parses the built-in rules' expressions now, unless done already (see {@code dev.podlint.Prefetch}). */
    public static void prefetchBuiltInExpressions() {
        ExpressionShortcuts.prefetch(BUILT_IN.get(), new RuleSpecReader(SelectorRegistry.defaults()));
    }

    private static List<RuleDefinition> readBuiltIn() {
        RuleFileReader reader = new RuleFileReader();
        List<RuleDefinition> rules = new ArrayList<>();
        for (PackedYaml.File file : BundledYaml.folder(BUILT_IN_DIR)) {
            rules.add(reader.readBuiltIn("rules/" + file.name(), file.text(), file.root()));
        }
        return List.copyOf(rules);
    }

    /** A catalog of exactly these rules (tests, embedding). */
    public static RuleCatalog of(List<RuleDefinition> definitions) {
        Map<String, RuleDefinition> rules = new TreeMap<>();
        definitions.forEach(r -> rules.put(r.id(), r));
        return new RuleCatalog(rules);
    }

    public @Nullable RuleDefinition get(String id) {
        return rules.get(id);
    }

    @Override
    public @Nullable Severity defaultSeverity(String id) {
        RuleDefinition rule = rules.get(id);
        return rule == null ? null : rule.severity();
    }

    public boolean contains(String id) {
        return rules.containsKey(id);
    }

    /** All rules, sorted by id. */
    public Collection<RuleDefinition> all() {
        return rules.values();
    }

    private static List<Path> ruleFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RuleFileException(dir.toString(), 0, "", "rules folder does not exist");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Largest rule file read. */
    static final long MAX_RULE_FILE_BYTES = 1 << 20;

    private static byte[] readAll(Path file) {
        try {
            return dev.podlint.source.BoundedFiles.readWhole(file, MAX_RULE_FILE_BYTES);
        } catch (IOException e) {
            throw new RuleFileException(file.toString(), 0, "", "cannot read: " + e.getMessage());
        }
    }

    static List<String> ids(RuleCatalog catalog) {
        return new ArrayList<>(catalog.rules.keySet());
    }
}
