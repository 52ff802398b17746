package dev.podlint.finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The identity of a finding across runs: SARIF {@code partialFingerprints} and baselines match on it.
 *
 * <p>It hashes what names the problem, not where it is written: rule id, file, the object's kind,
 * namespace and name, the JSON pointer of the node, and the message with line and column numbers
 * masked. Lines, columns and the document's index are left out, so a finding keeps its identity when
 * lines or documents are inserted or removed elsewhere in the file; the object's identity and the
 * pointer tell the node apart instead. The message stays in so that two different problems of the
 * same node differ; the numbers are masked because messages cite other lines ("first defined at line
 * 3"). Findings that still hash alike (the same problem twice in one object) are numbered in report
 * order, {@code <hash>:1}, {@code <hash>:2}, as GitHub numbers its own line hashes.
 */
public final class Fingerprints {

    /** The key under {@code partialFingerprints}; versioned, so a change of recipe is a new key. */
    public static final String KEY = "podlintFindingHash/v1";

    private static final Pattern LINE_OR_COLUMN = Pattern.compile("(?i)\\b(lines?|columns?|col)(\\s+)\\d+(?:-\\d+)?");
    private static final Pattern COLON_POSITION = Pattern.compile("(?i)(\\.(?:ya?ml|json)):\\d+(?::\\d+)?\\b");
    private static final char SEPARATOR = '\u0000';

    private Fingerprints() {}

    /** The fingerprint of each finding, in the given (report) order, numbered where hashes repeat. */
    public static List<String> of(List<Finding> findings) {
        List<String> hashes = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            hashes.add(hash(f));
        }
        return numbered(hashes);
    }

    /** The hash of a finding's identifying fields, without the occurrence number. */
    public static String hash(Finding f) {
        return hash(f.ruleId(), f.file(), f.kind(), f.namespace(), f.name(), f.path(), f.message());
    }

    /** The hash part of a numbered fingerprint ({@code <hash>:<n>}). */
    public static String hashOf(String fingerprint) {
        int colon = fingerprint.lastIndexOf(':');
        return colon < 0 ? fingerprint : fingerprint.substring(0, colon);
    }

    /** Appends the occurrence number to each hash: the n-th time a hash appears, {@code :n}. */
    public static List<String> numbered(List<String> hashes) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> out = new ArrayList<>(hashes.size());
        for (String hash : hashes) {
            out.add(hash + ":" + seen.merge(hash, 1, Integer::sum));
        }
        return out;
    }

    /** The hash of one finding's identifying fields (without its occurrence number). */
    public static String hash(
            String ruleId,
            String file,
            @Nullable String kind,
            @Nullable String namespace,
            @Nullable String name,
            @Nullable String path,
            @Nullable String message) {
        StringBuilder sb = new StringBuilder();
        for (String field : new String[] {ruleId, file, kind, namespace, name, path, withoutPositions(message)}) {
            sb.append(field == null ? "" : field).append(SEPARATOR);
        }
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The message with the numbers of "line 3", "column 7" and "a.yaml:3:7" masked. */
    static String withoutPositions(@Nullable String message) {
        if (message == null) {
            return "";
        }
        String masked = LINE_OR_COLUMN.matcher(message).replaceAll("$1$2#");
        return COLON_POSITION.matcher(masked).replaceAll("$1:#");
    }
}
