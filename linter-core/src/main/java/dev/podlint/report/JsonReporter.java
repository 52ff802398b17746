package dev.podlint.report;

import dev.podlint.finding.Finding;
import dev.podlint.finding.Notification;
import dev.podlint.finding.RelatedLocation;
import dev.podlint.source.SkippedFile;
import java.io.IOException;
import java.io.Writer;

/**
 * The JSON report, version 1, as DESIGN.md "JSON report" fixes it, plus the problems of the run
 * itself ({@code notifications}) and the count of suppressed findings: version 1 only ever gains
 * keys. Suppressed findings are left out (they are listed in SARIF). Written finding by finding, so
 * a run with hundreds of thousands of findings needs no more memory for its report than for the
 * findings themselves.
 */
public final class JsonReporter implements Reporter {

    public static final int FORMAT_VERSION = 1;

    private final String toolVersion;

    public JsonReporter(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        PrettyJson json = new PrettyJson(out);
        json.startObject().property("version", FORMAT_VERSION);
        json.startObject("tool")
                .property("name", "podlint")
                .property("version", toolVersion)
                .end();
        json.startArray("findings");
        for (Finding f : report.findings()) {
            if (!f.suppressed()) {
                finding(f, json);
            }
        }
        json.end().startArray("notifications");
        for (Notification n : report.notifications()) {
            json.startObject()
                    .property("error", n.error())
                    .property("file", n.file())
                    .property("message", n.message())
                    .end();
        }
        json.end();
        Summary s = report.summary();
        json.startArray("skippedFiles");
        for (SkippedFile left : s.skippedFiles()) {
            json.startObject()
                    .property("file", left.path())
                    .property("reason", left.reason().label())
                    .end();
        }
        json.end()
                .startObject("summary")
                .property("files", s.files())
                .property("documents", s.documents())
                .property("errors", s.errors())
                .property("warnings", s.warnings())
                .property("infos", s.infos())
                .property("suppressed", s.suppressed())
                .property("skipped", s.skipped())
                .property("leftOut", s.leftOut())
                .property("config", s.config())
                .property("skippedFiles", s.skippedFiles().size())
                .end()
                .end()
                .flush();
        out.write('\n');
        out.flush();
    }

    private static void finding(Finding f, PrettyJson json) throws IOException {
        json.startObject()
                .property("rule", f.ruleId())
                .property("severity", f.severity().label())
                .property("message", f.message())
                .property("file", f.file())
                .property("document", f.document())
                .property("kind", f.kind())
                .property("name", f.name())
                .property("namespace", f.namespace())
                .property("path", f.path())
                .property("line", f.span().line())
                .property("column", f.span().column())
                .property("endLine", f.span().endLine())
                .property("endColumn", f.span().endColumn());
        if (f.outcome() != null) {
            json.property("outcome", f.outcome().label());
        }
        json.startArray("related");
        for (RelatedLocation r : f.related()) {
            json.startObject()
                    .property("file", r.file())
                    .property("line", r.span().line())
                    .property("column", r.span().column())
                    .property("message", r.message())
                    .end();
        }
        json.end().end();
    }
}
