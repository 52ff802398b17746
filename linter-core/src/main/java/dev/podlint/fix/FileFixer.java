package dev.podlint.fix;

import dev.podlint.Linter;
import dev.podlint.finding.Finding;
import dev.podlint.source.Document;
import dev.podlint.source.LoadedFile;
import dev.podlint.source.ManifestLoader;
import dev.podlint.source.NamedContent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Fixes one file's text: lints it, makes the fixes that do not conflict, lints the result again, and
 * repeats until nothing more is fixed (at most {@link #MAX_ROUNDS} rounds). A round whose result
 * has a finding the text before it did not have (or keeps the finding it fixed) is undone and its
 * fixes tried one at a time; a fix that still does so is dropped. A text with a YAML syntax error is
 * never changed.
 */
public final class FileFixer {

    static final int MAX_ROUNDS = 10;

    private final Linter linter;
    private final FixOptions options;
    private final ManifestLoader loader = new ManifestLoader();

    public FileFixer(Linter linter, FixOptions options) {
        this.linter = linter;
        this.options = options;
    }

    public FixedFile fix(String displayPath, String text) {
        String current = text;
        List<Finding> findings = lint(displayPath, current);
        List<Fix> applied = new ArrayList<>();
        Set<String> dropped = new HashSet<>();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            if (findings.stream().anyMatch(f -> f.ruleId().equals(Linter.YAML_SYNTAX))) {
                break;
            }
            List<Fix> candidates = fixes(displayPath, current, findings, dropped);
            if (candidates.isEmpty()) {
                break;
            }
            List<Fix> round1 = TextEdits.compatible(candidates);
            String next = TextEdits.apply(current, round1);
            List<Finding> after = lint(displayPath, next);
            if (better(findings, after, round1)) {
                current = next;
                findings = after;
                applied.addAll(round1);
                continue;
            }
            boolean progress = false;
            for (Fix fix : round1) {
                String single = TextEdits.apply(current, List.of(fix));
                List<Finding> afterSingle = lint(displayPath, single);
                if (better(findings, afterSingle, List.of(fix))) {
                    current = single;
                    findings = afterSingle;
                    applied.add(fix);
                    progress = true;
                    break;
                }
                dropped.add(key(fix.finding()));
            }
            if (!progress) {
                break;
            }
        }
        return new FixedFile(displayPath, text, current, applied, findings);
    }

    /**
     * The fixes each finding of {@code text} would get on its own, each checked as a round of
     * {@link #fix} checks it; none that carries a Secret's value.
     */
    public List<Fix> suggestions(String displayPath, String text) {
        List<Finding> findings = lint(displayPath, text);
        if (findings.stream().anyMatch(f -> f.ruleId().equals(Linter.YAML_SYNTAX))) {
            return List.of();
        }
        List<Fix> out = new ArrayList<>();
        for (Fix fix : fixes(displayPath, text, findings, Set.of())) {
            if (fix.edits().stream().noneMatch(TextEdit::sensitive)
                    && better(findings, lint(displayPath, TextEdits.apply(text, List.of(fix))), List.of(fix))) {
                out.add(fix);
            }
        }
        return out;
    }

    /** The unsuppressed findings of {@code text} linted alone under {@code displayPath}. */
    private List<Finding> lint(String displayPath, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return linter.lintContents(List.of(new NamedContent(displayPath, bytes))).findings().stream()
                .filter(f -> !f.suppressed() && f.file().equals(displayPath))
                .toList();
    }

    private List<Fix> fixes(String displayPath, String text, List<Finding> findings, Set<String> dropped) {
        LoadedFile loaded = loader.loadText(displayPath, text);
        SourceText source = new SourceText(text);
        List<Fix> out = new ArrayList<>();
        for (Finding finding : findings) {
            if (dropped.contains(key(finding))) {
                continue;
            }
            Document document = documentOf(loaded, finding);
            if (document == null) {
                continue;
            }
            FixContext context = new FixContext(source, document, options);
            for (Fixer fixer : Fixers.forRule(finding.ruleId())) {
                Fix fix = fixer.fix(finding, context);
                if (fix != null) {
                    out.add(fix);
                    break;
                }
            }
        }
        return out;
    }

    /** The object a finding is about: the document of its index whose pointer base leads its path. */
    public static @Nullable Document documentOf(LoadedFile loaded, Finding finding) {
        Document best = null;
        for (Document d : loaded.documents()) {
            String base = d.pointerBase();
            boolean under = finding.path().equals(base) || finding.path().startsWith(base + "/");
            if (d.index() == finding.document()
                    && under
                    && (best == null || base.length() > best.pointerBase().length())) {
                best = d;
            }
        }
        return best;
    }

    /**
     * Whether {@code after} is {@code before} less the findings the fixes repair: no finding
     * (rule and path) more often than before, and each fixed one less often.
     */
    private static boolean better(List<Finding> before, List<Finding> after, List<Fix> fixes) {
        Map<String, Integer> allowed = counts(before);
        for (Fix fix : fixes) {
            allowed.merge(key(fix.finding()), -1, Integer::sum);
        }
        for (Map.Entry<String, Integer> e : counts(after).entrySet()) {
            if (e.getValue() > allowed.getOrDefault(e.getKey(), 0)) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Integer> counts(List<Finding> findings) {
        Map<String, Integer> counts = new HashMap<>();
        findings.forEach(f -> counts.merge(key(f), 1, Integer::sum));
        return counts;
    }

    private static String key(Finding finding) {
        return finding.ruleId() + " " + finding.document() + " " + finding.path();
    }
}
