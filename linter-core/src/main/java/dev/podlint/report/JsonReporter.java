package dev.podlint.report;

import dev.podlint.finding.Finding;
import dev.podlint.finding.Notification;
import dev.podlint.finding.RelatedLocation;
import dev.podlint.source.SkippedFile;
import java.io.IOException;
import java.io.Writer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * The JSON report, version 1, as DESIGN.md "JSON report" fixes it, plus the problems of the run
 * itself ({@code notifications}) and the count of suppressed findings: version 1 only ever gains
 * keys. Suppressed findings are left out (they are listed in SARIF). Written finding by finding, so
 * a run with hundreds of thousands of findings needs no more memory for its report than for the
 * findings themselves.
 */
public final class JsonReporter implements Reporter {

    public static final int FORMAT_VERSION = 1;
    /** The streaming generator alone: an {@code ObjectMapper} costs a cold start more than a small report. */
    private static final JsonFactory FACTORY =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    /** Indents as {@code ObjectWriter.withDefaultPrettyPrinter()} does. */
    private static final class Indented extends ObjectWriteContext.Base {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new DefaultPrettyPrinter();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    }

    private final String toolVersion;

    public JsonReporter(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(new Indented(), out)) {
            g.writeStartObject();
            g.writeNumberProperty("version", FORMAT_VERSION);
            g.writeObjectPropertyStart("tool");
            g.writeStringProperty("name", "podlint");
            g.writeStringProperty("version", toolVersion);
            g.writeEndObject();
            g.writeArrayPropertyStart("findings");
            for (Finding f : report.findings()) {
                if (!f.suppressed()) {
                    finding(f, g);
                }
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("notifications");
            for (Notification n : report.notifications()) {
                g.writeStartObject();
                g.writeBooleanProperty("error", n.error());
                g.writeStringProperty("file", n.file());
                g.writeStringProperty("message", n.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            Summary s = report.summary();
            g.writeArrayPropertyStart("skippedFiles");
            for (SkippedFile left : s.skippedFiles()) {
                g.writeStartObject();
                g.writeStringProperty("file", left.path());
                g.writeStringProperty("reason", left.reason().label());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectPropertyStart("summary");
            g.writeNumberProperty("files", s.files());
            g.writeNumberProperty("documents", s.documents());
            g.writeNumberProperty("errors", s.errors());
            g.writeNumberProperty("warnings", s.warnings());
            g.writeNumberProperty("infos", s.infos());
            g.writeNumberProperty("suppressed", s.suppressed());
            g.writeNumberProperty("skipped", s.skipped());
            g.writeNumberProperty("leftOut", s.leftOut());
            g.writeStringProperty("config", s.config());
            g.writeNumberProperty("skippedFiles", s.skippedFiles().size());
            g.writeEndObject();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void finding(Finding f, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("rule", f.ruleId());
        g.writeStringProperty("severity", f.severity().label());
        g.writeStringProperty("message", f.message());
        g.writeStringProperty("file", f.file());
        g.writeNumberProperty("document", f.document());
        g.writeStringProperty("kind", f.kind());
        g.writeStringProperty("name", f.name());
        g.writeStringProperty("namespace", f.namespace());
        g.writeStringProperty("path", f.path());
        g.writeNumberProperty("line", f.span().line());
        g.writeNumberProperty("column", f.span().column());
        g.writeNumberProperty("endLine", f.span().endLine());
        g.writeNumberProperty("endColumn", f.span().endColumn());
        if (f.outcome() != null) {
            g.writeStringProperty("outcome", f.outcome().label());
        }
        g.writeArrayPropertyStart("related");
        for (RelatedLocation r : f.related()) {
            g.writeStartObject();
            g.writeStringProperty("file", r.file());
            g.writeNumberProperty("line", r.span().line());
            g.writeNumberProperty("column", r.span().column());
            g.writeStringProperty("message", r.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
