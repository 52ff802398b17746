package dev.podlint.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.Linter;
import dev.podlint.config.LintOptions;
import dev.podlint.finding.Finding;
import dev.podlint.fixtures.TestPaths;
import dev.podlint.source.NamedContent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Fixes every manifest under testdata/ that has a fixable finding and checks the result: each fixed
 * finding is gone, no finding is new, the lines the fixes remove or change are lines of the fixed
 * findings (or, for a value moved out of its mapping, the line of that mapping's key), and fixing
 * again changes nothing.
 */
class FixFixturesTest {

    private static final Map<String, Integer> FIXED = new HashMap<>();

    @TestFactory
    Stream<DynamicTest> everyFixableFixtureIsFixedCleanly() throws IOException {
        Path testdata = TestPaths.testdata();
        List<Path> fixtures;
        try (Stream<Path> files = Files.walk(testdata)) {
            fixtures = files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches(".*\\.(ya?ml|json)$"))
                    .sorted()
                    .toList();
        }
        Linter linter =
                Linter.create(LintOptions.builder().workingDirectory(testdata).build());
        return fixtures.stream()
                .map(fixture -> DynamicTest.dynamicTest(
                        testdata.relativize(fixture).toString(),
                        () -> check(linter, testdata.relativize(fixture).toString(), fixture)));
    }

    @AfterAll
    static void summary() {
        System.out.println("fixtures fixed: " + FIXED.size() + ", fixes: "
                + FIXED.values().stream().mapToInt(Integer::intValue).sum());
    }

    private static void check(Linter linter, String name, Path fixture) throws IOException {
        String text = Files.readString(fixture, StandardCharsets.UTF_8);
        FileFixer fixer = new FileFixer(linter, FixOptions.DEFAULT);
        FixedFile fixed = fixer.fix(name, text);
        if (!fixed.changed()) {
            assertThat(fixed.applied()).isEmpty();
            return;
        }
        FIXED.put(name, fixed.applied().size());
        List<Finding> before = lint(linter, name, text);
        List<Finding> after = lint(linter, name, fixed.fixed());
        Map<String, Integer> left = counts(before);
        for (Fix fix : fixed.applied()) {
            left.merge(key(fix.finding()), -1, Integer::sum);
        }
        Map<String, Integer> now = counts(after);
        now.forEach((key, count) -> assertThat(count)
                .as("%s after fixing: findings of %s (a fixed one still there, or a new one)", name, key)
                .isLessThanOrEqualTo(left.getOrDefault(key, 0)));

        Set<Integer> allowed = new HashSet<>();
        for (Fix fix : fixed.applied()) {
            // the finding as the original text has it (a later round's finding has later positions)
            Finding f = before.stream()
                    .filter(b -> key(b).equals(key(fix.finding())))
                    .findFirst()
                    .orElseThrow();
            for (int line = f.span().line(); line <= f.span().endLine(); line++) {
                allowed.add(line);
            }
            if (f.ruleId().equals("secret-data-base64")) {
                allowed.add(keyLineOfMapping(text, name, f));
            }
        }
        assertThat(changedOldLines(UnifiedDiff.of(name, text, fixed.fixed(), Set.of(), Set.of())))
                .as("%s: lines the fixes removed or changed", name)
                .isSubsetOf(allowed);

        FixedFile again = fixer.fix(name, fixed.fixed());
        assertThat(again.changed())
                .as("%s: a second --fix changes nothing", name)
                .isFalse();
    }

    private static int keyLineOfMapping(String text, String name, Finding finding) {
        var loaded = new dev.podlint.source.ManifestLoader().loadText(name, text);
        var document = FileFixer.documentOf(loaded, finding);
        assertThat(document).isNotNull();
        var object = document.object();
        assertThat(object).isNotNull();
        return object.keySpan("data").line();
    }

    /** The 1-based lines of the old text that a unified diff removes. */
    static List<Integer> changedOldLines(String diff) {
        List<Integer> lines = new ArrayList<>();
        int old = 0;
        for (String line : diff.split("\n")) {
            if (line.startsWith("@@")) {
                String range = line.substring(4, line.indexOf(' ', 4));
                old = Integer.parseInt(range.split(",")[0]);
            } else if (line.startsWith("-") && !line.startsWith("---")) {
                lines.add(old++);
            } else if (line.startsWith(" ")) {
                old++;
            }
        }
        return lines;
    }

    private static List<Finding> lint(Linter linter, String name, String text) {
        return linter
                .lintContents(List.of(new NamedContent(name, text.getBytes(StandardCharsets.UTF_8))))
                .findings()
                .stream()
                .filter(f -> !f.suppressed())
                .toList();
    }

    private static Map<String, Integer> counts(List<Finding> findings) {
        Map<String, Integer> counts = new HashMap<>();
        findings.forEach(f -> counts.merge(key(f), 1, Integer::sum));
        return counts;
    }

    private static String key(Finding f) {
        return f.ruleId() + " " + f.document() + " " + f.path();
    }
}
