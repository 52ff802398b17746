package dev.podlint.policy;

import dev.podlint.config.UsageException;
import dev.podlint.finding.Fingerprints;
import dev.podlint.source.BoundedFiles;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a baseline: a SARIF or a JSON report that podlint wrote earlier, told apart by content
 * (SARIF has {@code runs}, the JSON report {@code findings}). SARIF results carry their fingerprint;
 * for JSON findings it is computed from their fields, the same way. Anything else is a usage error.
 * Write a baseline without {@code --baseline}, or as SARIF: the JSON report leaves out findings that
 * an earlier baseline suppressed.
 */
public final class BaselineReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    /** Largest baseline read: a report of about a million findings. */
    static final long MAX_BYTES = 512L << 20;

    private BaselineReader() {}

    /**
     * Reads the baseline in {@code file}.
     *
     * @param shownName the file as the user named it, for messages
     */
    public static Baseline read(Path file, String shownName) {
        JsonNode root;
        try {
            root = MAPPER.readTree(BoundedFiles.readWhole(file, MAX_BYTES));
        } catch (IOException e) {
            throw new UsageException("cannot read baseline " + shownName + ": "
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
        } catch (JacksonException e) {
            throw new UsageException("baseline " + shownName + " is not JSON: " + e.getOriginalMessage());
        }
        Set<String> files = new HashSet<>();
        if (root != null && root.path("runs").isArray()) {
            return new Baseline(fromSarif(root, shownName, files), shownName, files);
        }
        if (root != null && root.path("findings").isArray()) {
            return new Baseline(fromJson(root, shownName, files), shownName, files);
        }
        throw new UsageException("baseline " + shownName
                + " is neither a SARIF nor a JSON report of podlint (--format sarif or --format json)");
    }

    /** Results suppressed in source are left out: they were not open, so they baseline nothing. */
    private static Map<String, Integer> fromSarif(JsonNode root, String shownName, Set<String> files) {
        Map<String, Integer> counts = new HashMap<>();
        boolean podlintRun = false;
        for (JsonNode run : root.path("runs").values()) {
            if (!"podlint".equals(run.path("tool").path("driver").path("name").asString(""))) {
                continue;
            }
            podlintRun = true;
            int index = 0;
            for (JsonNode result : run.path("results").values()) {
                JsonNode fingerprint = result.path("partialFingerprints").path(Fingerprints.KEY);
                if (!fingerprint.isString()) {
                    throw new UsageException("baseline " + shownName + ": result " + index + " has no "
                            + Fingerprints.KEY + " fingerprint; write the baseline again with this podlint");
                }
                if (!suppressedInSource(result)) {
                    counts.merge(Fingerprints.hashOf(fingerprint.stringValue()), 1, Integer::sum);
                    String file = sarifFile(result);
                    if (file != null) {
                        files.add(file);
                    }
                }
                index++;
            }
        }
        if (!podlintRun) {
            throw new UsageException("baseline " + shownName + " is a SARIF log without a podlint run");
        }
        return counts;
    }

    /**
     * The file of a result as the run's findings name it: a relative URI under %SRCROOT% decoded, a
     * {@code file:} URI as its path; null when it has neither.
     */
    private static @Nullable String sarifFile(JsonNode result) {
        JsonNode location =
                result.path("locations").path(0).path("physicalLocation").path("artifactLocation");
        if (!location.path("uri").isString()) {
            return null;
        }
        try {
            URI uri = new URI(location.path("uri").stringValue());
            if ("file".equals(uri.getScheme())) {
                return Path.of(uri).toString().replace('\\', '/');
            }
            return uri.isAbsolute() ? null : uri.getPath();
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    private static boolean suppressedInSource(JsonNode result) {
        for (JsonNode suppression : result.path("suppressions").values()) {
            if ("inSource".equals(suppression.path("kind").asString(""))) {
                return true;
            }
        }
        return false;
    }

    /** The JSON report lists open findings only. */
    private static Map<String, Integer> fromJson(JsonNode root, String shownName, Set<String> files) {
        Map<String, Integer> counts = new HashMap<>();
        int index = 0;
        for (JsonNode f : root.path("findings").values()) {
            for (String required : List.of("rule", "file", "message")) {
                if (!f.path(required).isString()) {
                    throw new UsageException(
                            "baseline " + shownName + ": finding " + index + " has no '" + required + "' string");
                }
            }
            files.add(f.path("file").stringValue().replace('\\', '/'));
            counts.merge(
                    Fingerprints.hash(
                            f.path("rule").stringValue(),
                            f.path("file").stringValue(),
                            text(f, "kind"),
                            text(f, "namespace"),
                            text(f, "name"),
                            text(f, "path"),
                            f.path("message").stringValue()),
                    1,
                    Integer::sum);
            index++;
        }
        return counts;
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.stringValue() : null;
    }
}
