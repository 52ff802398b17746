package dev.podlint.report;

import dev.podlint.finding.Finding;
import dev.podlint.finding.RelatedLocation;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON report, version 1, exactly as DESIGN.md "JSON report" fixes it. Suppressed findings
 * are left out (they are listed in SARIF).
 */
public final class JsonReporter implements Reporter {

    public static final int FORMAT_VERSION = 1;
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private final String toolVersion;

    public JsonReporter(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", FORMAT_VERSION);
        root.put("tool", Map.of("name", "podlint", "version", toolVersion));
        List<Object> findings = new ArrayList<>();
        for (Finding f : report.findings()) {
            if (!f.suppressed()) {
                findings.add(finding(f));
            }
        }
        root.put("findings", findings);
        Summary s = report.summary();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("files", s.files());
        summary.put("documents", s.documents());
        summary.put("errors", s.errors());
        summary.put("warnings", s.warnings());
        summary.put("infos", s.infos());
        root.put("summary", summary);
        out.write(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        out.write('\n');
        out.flush();
    }

    private static Map<String, Object> finding(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", f.ruleId());
        m.put("severity", f.severity().label());
        m.put("message", f.message());
        m.put("file", f.file());
        m.put("document", f.document());
        m.put("kind", f.kind());
        m.put("name", f.name());
        m.put("namespace", f.namespace());
        m.put("path", f.path());
        m.put("line", f.span().line());
        m.put("column", f.span().column());
        m.put("endLine", f.span().endLine());
        m.put("endColumn", f.span().endColumn());
        List<Object> related = new ArrayList<>();
        for (RelatedLocation r : f.related()) {
            Map<String, Object> rel = new LinkedHashMap<>();
            rel.put("file", r.file());
            rel.put("line", r.span().line());
            rel.put("column", r.span().column());
            rel.put("message", r.message());
            related.add(rel);
        }
        m.put("related", related);
        return m;
    }
}
