package dev.podlint.report;

import dev.podlint.finding.Finding;
import dev.podlint.finding.Notification;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * GitLab Code Quality: a JSON array of issues in the CodeClimate format, one per unsuppressed finding,
 * and one per problem of the run with a file (check name {@code podlint}). Severity: error is
 * {@code major}, warning {@code minor}, info {@code info}.
 *
 * <p>The fingerprint, which GitLab uses to tell new issues from fixed ones between two pipelines,
 * hashes what stays when lines move: the file, the rule, the object (kind, namespace and name, or
 * the document's index when it has no name) and the node's JSON Pointer; the n-th repeat of the
 * same in a report also hashes n.
 */
public final class CodeQualityReporter implements Reporter {

    private static final ObjectWriter WRITER = JsonMapper.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build()
            .writerWithDefaultPrettyPrinter();

    @Override
    public void write(Report report, Writer out) throws IOException {
        Map<String, Integer> seen = new HashMap<>();
        try (JsonGenerator g = WRITER.createGenerator(out)) {
            g.writeStartArray();
            for (Finding f : report.findings()) {
                if (f.suppressed()) {
                    continue;
                }
                begin(g, f.ruleId(), f.message(), severity(f), fingerprint(identity(f), seen));
                g.writeObjectPropertyStart("location");
                g.writeStringProperty("path", f.file());
                g.writeObjectPropertyStart("positions");
                position(g, "begin", f.span().line(), f.span().column());
                position(g, "end", f.span().endLine(), f.span().endColumn());
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndObject();
            }
            for (Notification n : report.notifications()) {
                if (n.file() == null) {
                    continue;
                }
                String identity = String.join("\0", n.file(), "podlint", n.message());
                begin(g, "podlint", n.message(), n.error() ? "major" : "info", fingerprint(identity, seen));
                g.writeObjectPropertyStart("location");
                g.writeStringProperty("path", n.file());
                g.writeObjectPropertyStart("lines");
                g.writeNumberProperty("begin", 1);
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        out.write('\n');
        out.flush();
    }

    /** Opens an issue and writes all but its location. */
    private static void begin(
            JsonGenerator g, String checkName, String description, String severity, String fingerprint) {
        g.writeStartObject();
        g.writeStringProperty("type", "issue");
        g.writeStringProperty("check_name", checkName);
        g.writeStringProperty("description", description);
        g.writeArrayPropertyStart("categories");
        g.writeString("Bug Risk");
        g.writeEndArray();
        g.writeStringProperty("severity", severity);
        g.writeStringProperty("fingerprint", fingerprint);
    }

    /** The fingerprint of the {@code n}-th issue of this identity in the report: n is hashed from the second on. */
    private static String fingerprint(String identity, Map<String, Integer> seen) {
        int repeat = seen.merge(identity, 1, Integer::sum);
        return fingerprint(repeat == 1 ? identity : identity + "\0" + repeat);
    }

    private static void position(JsonGenerator g, String name, int line, int column) {
        g.writeObjectPropertyStart(name);
        g.writeNumberProperty("line", line);
        g.writeNumberProperty("column", column);
        g.writeEndObject();
    }

    private static String severity(Finding f) {
        return switch (f.severity()) {
            case ERROR -> "major";
            case WARNING -> "minor";
            case INFO -> "info";
        };
    }

    /** What a finding's fingerprint hashes: nothing that moves when lines are added above it. */
    static String identity(Finding f) {
        String object = f.name() == null
                ? "#" + f.document()
                : (f.kind() == null ? "" : f.kind()) + "/" + (f.namespace() == null ? "" : f.namespace()) + "/"
                        + f.name();
        return String.join("\0", f.file(), f.ruleId(), object, f.path());
    }

    static String fingerprint(String identity) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
