package dev.podlint.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.podlint.finding.Finding;
import dev.podlint.finding.Fingerprints;
import dev.podlint.finding.RelatedLocation;
import dev.podlint.finding.Severity;
import dev.podlint.finding.SuggestedFix;
import dev.podlint.report.Report;
import dev.podlint.report.Reporter;
import dev.podlint.report.sarif.Sarif.ArtifactLocation;
import dev.podlint.report.sarif.Sarif.Invocation;
import dev.podlint.report.sarif.Sarif.Location;
import dev.podlint.report.sarif.Sarif.Message;
import dev.podlint.report.sarif.Sarif.PhysicalLocation;
import dev.podlint.report.sarif.Sarif.Region;
import dev.podlint.report.sarif.Sarif.ReportingDescriptor;
import dev.podlint.report.sarif.Sarif.Result;
import dev.podlint.report.sarif.Sarif.Suppression;
import dev.podlint.rule.RuleDefinition;
import dev.podlint.source.Span;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * SARIF 2.1.0, one run, as GitHub code scanning reads it: every enabled rule with its help, one
 * result per finding (suppressed ones with their suppression), fingerprints that survive unrelated
 * edits, and the run's own problems as tool execution notifications.
 */
public final class SarifReporter implements Reporter {

    static final String INFORMATION_URI = "https://github.com/podlint/podlint";
    private static final ObjectWriter WRITER = JsonMapper.builder()
            .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_NULL))
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build()
            .writerWithDefaultPrettyPrinter();

    private final String version;
    private final String semanticVersion;
    private final Path workingDirectory;
    private final Function<Finding, @Nullable SuggestedFix> fixes;
    private final @Nullable String ruleDocs;

    /** @param workingDirectory the folder display paths are relative to; becomes {@code %SRCROOT%} */
    public SarifReporter(String version, String semanticVersion, Path workingDirectory) {
        this(version, semanticVersion, workingDirectory, null);
    }

    /**
     * @param ruleDocs the absolute URI of the {@code rules/} folder of a published copy of podlint's
     *                 repository, which built-in rules' {@code helpUri} point into; null: they have none
     */
    public SarifReporter(String version, String semanticVersion, Path workingDirectory, @Nullable String ruleDocs) {
        this(version, semanticVersion, workingDirectory, ruleDocs, f -> null);
    }

    private SarifReporter(
            String version,
            String semanticVersion,
            Path workingDirectory,
            @Nullable String ruleDocs,
            Function<Finding, @Nullable SuggestedFix> fixes) {
        this.version = version;
        this.semanticVersion = semanticVersion;
        this.workingDirectory = workingDirectory;
        this.ruleDocs = ruleDocs;
        this.fixes = fixes;
    }

    /** A reporter that gives each result the fix {@code fixes} has for its finding (null: none). */
    public SarifReporter withFixes(Function<Finding, @Nullable SuggestedFix> fixes) {
        return new SarifReporter(version, semanticVersion, workingDirectory, ruleDocs, fixes);
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        WRITER.writeValue(out, log(report));
        out.write('\n');
        out.flush();
    }

    Sarif.Log log(Report report) {
        List<ReportingDescriptor> rules = new ArrayList<>();
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (RuleDefinition rule : report.rules()) {
            ruleIndex.put(rule.id(), rules.size());
            rules.add(SarifRules.descriptor(rule, ruleDocs));
        }
        List<String> fingerprints = Fingerprints.of(report.findings());
        // Built one by one as they are written, not all at once.
        List<Result> results = new AbstractList<>() {
            @Override
            public Result get(int i) {
                Finding finding = report.findings().get(i);
                return result(finding, ruleIndex, fingerprints.get(i), fixes.apply(finding));
            }

            @Override
            public int size() {
                return report.findings().size();
            }
        };
        Sarif.Run run = new Sarif.Run(
                new Sarif.Tool(new Sarif.ToolComponent("podlint", version, semanticVersion, INFORMATION_URI, rules)),
                List.of(invocation(report)),
                Map.of(SarifUris.SRCROOT, new ArtifactLocation(SarifUris.baseUri(workingDirectory), null)),
                "unicodeCodePoints",
                results);
        return new Sarif.Log(Sarif.SCHEMA, Sarif.VERSION, List.of(run));
    }

    private static Result result(
            Finding f, Map<String, Integer> ruleIndex, String fingerprint, @Nullable SuggestedFix fix) {
        List<Location> related = new ArrayList<>();
        for (RelatedLocation r : f.related()) {
            related.add(new Location(
                    related.size() + 1, physical(r.file(), r.span()), Message.of(SarifRules.sentence(r.message()))));
        }
        List<Suppression> suppressions = f.suppression() == null
                ? null
                : List.of(new Suppression(
                        f.suppression().kind(), blankToNull(f.suppression().justification())));
        return new Result(
                f.ruleId(),
                ruleIndex.get(f.ruleId()),
                level(f.severity()),
                Message.of(SarifRules.sentence(f.message())),
                List.of(new Location(null, physical(f.file(), f.span()), null)),
                related.isEmpty() ? null : related,
                Map.of(Fingerprints.KEY, fingerprint),
                suppressions,
                fix == null ? null : List.of(fix(f.file(), fix)));
    }

    private static Sarif.Fix fix(String file, SuggestedFix fix) {
        List<Sarif.Replacement> replacements = new ArrayList<>();
        for (SuggestedFix.Replacement r : fix.replacements()) {
            Span d = r.deleted();
            replacements.add(new Sarif.Replacement(
                    new Region(d.line(), d.column(), d.endLine(), d.endColumn()),
                    r.inserted().isEmpty() ? null : new Sarif.ArtifactContent(r.inserted())));
        }
        return new Sarif.Fix(
                Message.of(SarifRules.sentence(fix.description())),
                List.of(new Sarif.ArtifactChange(SarifUris.location(file), replacements)));
    }

    private static PhysicalLocation physical(String file, Span span) {
        return new PhysicalLocation(
                SarifUris.location(file), new Region(span.line(), span.column(), span.endLine(), span.endColumn()));
    }

    private static Invocation invocation(Report report) {
        List<Sarif.Notification> notifications = new ArrayList<>();
        boolean failed = false;
        for (dev.podlint.finding.Notification n : report.notifications()) {
            failed |= n.error();
            List<Location> where = n.file() == null
                    ? null
                    : List.of(new Location(null, new PhysicalLocation(SarifUris.location(n.file()), null), null));
            notifications.add(new Sarif.Notification(
                    n.error() ? "error" : "warning", Message.of(SarifRules.sentence(n.message())), where));
        }
        return new Invocation(!failed, notifications.isEmpty() ? null : notifications);
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static @Nullable String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
