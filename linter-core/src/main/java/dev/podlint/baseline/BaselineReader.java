package dev.podlint.baseline;

import dev.podlint.config.UsageException;
import dev.podlint.finding.Fingerprints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a baseline: a SARIF or a JSON report that podlint wrote earlier, told apart by content
 * (SARIF has {@code runs}, the JSON report {@code findings}). SARIF results carry their fingerprint;
 * for JSON findings it is computed from their fields, the same way. Anything else is a usage error.
 */
public final class BaselineReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private BaselineReader() {
    }

    /** @param shownName the file as the user named it, for messages */
    public static Baseline read(Path file, String shownName) {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UsageException("cannot read baseline " + shownName + ": "
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
        } catch (JacksonException e) {
            throw new UsageException("baseline " + shownName + " is not JSON: " + e.getOriginalMessage());
        }
        if (root != null && root.path("runs").isArray()) {
            return new Baseline(fromSarif(root, shownName), shownName);
        }
        if (root != null && root.path("findings").isArray()) {
            return new Baseline(fromJson(root, shownName), shownName);
        }
        throw new UsageException("baseline " + shownName
                + " is neither a SARIF nor a JSON report of podlint (--format sarif or --format json)");
    }

    private static Set<String> fromSarif(JsonNode root, String shownName) {
        Set<String> fingerprints = new HashSet<>();
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
                fingerprints.add(fingerprint.stringValue());
                index++;
            }
        }
        if (!podlintRun) {
            throw new UsageException("baseline " + shownName + " is a SARIF log without a podlint run");
        }
        return fingerprints;
    }

    private static Set<String> fromJson(JsonNode root, String shownName) {
        List<String> hashes = new ArrayList<>();
        int index = 0;
        for (JsonNode f : root.path("findings").values()) {
            for (String required : List.of("rule", "file", "message")) {
                if (!f.path(required).isString()) {
                    throw new UsageException("baseline " + shownName + ": finding " + index + " has no '" + required
                            + "' string");
                }
            }
            hashes.add(Fingerprints.hash(f.path("rule").stringValue(), f.path("file").stringValue(), text(f, "kind"),
                    text(f, "namespace"), text(f, "name"), text(f, "path"), f.path("message").stringValue()));
            index++;
        }
        return new HashSet<>(Fingerprints.numbered(hashes));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.stringValue() : null;
    }
}
