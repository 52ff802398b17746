package dev.podlint.rule.functions;

import dev.podlint.source.LongTextMemo;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Paths inside a volume: core/validation.go's local path rules, and the KeyToPath items that use them. */
public final class LocalPaths {

    private static final LongTextMemo<String> LOCAL_PATH_PROBLEMS = new LongTextMemo<>();
    private static final LongTextMemo<String> DESCENDING_PATH_PROBLEMS = new LongTextMemo<>();

    private LocalPaths() {}

    /** Why {@code ValidateLocalNonReservedPath} rejects {@code path}, or null. */
    public static String localPathProblem(@Nullable Object path) {
        if (!(path instanceof String p) || p.isEmpty()) {
            return "path is required";
        }
        return LOCAL_PATH_PROBLEMS.get(p, LocalPaths::localPathProblemOf);
    }

    private static @Nullable String localPathProblemOf(String p) {
        if (p.startsWith("/")) {
            return "path '" + Quoted.shorten(p) + "' must be relative";
        }
        if (hasParentSegment(p)) {
            return "path '" + Quoted.shorten(p) + "' must not contain '..'";
        }
        if (p.startsWith("..")) {
            return "path '" + Quoted.shorten(p) + "' must not start with '..'";
        }
        return null;
    }

    /**
     * Why {@code validateLocalDescendingPath} (volumeMount subPath, subPathExpr) rejects {@code path},
     * or null; a value that is no string is left to the schema check.
     */
    public static @Nullable String descendingPathProblem(@Nullable Object path) {
        if (!(path instanceof String p)) {
            return null;
        }
        return DESCENDING_PATH_PROBLEMS.get(p, LocalPaths::descendingPathProblemOf);
    }

    private static @Nullable String descendingPathProblemOf(String p) {
        if (p.startsWith("/")) {
            return "'" + Quoted.shorten(p) + "' must be a relative path";
        }
        if (hasParentSegment(p)) {
            return "'" + Quoted.shorten(p) + "' must not contain '..'";
        }
        return null;
    }

    /** A {@code ..} element, '/' or '\\' separating them (the API server checks both on every OS). */
    static boolean hasParentSegment(String p) {
        for (String segment : p.replace('\\', '/').split("/", -1)) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** A file mode as volumes take it: an integer in 0..0777 (kubectl reads 0644 as octal). */
    public static boolean isFileMode(Object value) {
        BigInteger n = JsonTypes.integer(value);
        return n != null && JsonTypes.between(n, 0, 511);
    }

    /**
     * The first problem of a KeyToPath list ({@code items} of a secret, configMap or downwardAPI
     * source) as {@code {at: 'items/0/path', problem: '...'}}, or null: key required (when
     * {@code keyRequired}), path required and a local non-reserved path.
     */
    public static @Nullable Map<String, String> keyToPathProblem(Object items, boolean keyRequired) {
        if (!(items instanceof List<?> list)) {
            return null;
        }
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> item)) {
                continue;
            }
            if (keyRequired && (!(item.get("key") instanceof String key) || key.isEmpty())) {
                return Map.of("at", "items/" + i + "/key", "problem", "key is required");
            }
            String problem = localPathProblem(item.get("path"));
            if (problem != null) {
                return Map.of("at", "items/" + i + "/path", "problem", problem);
            }
            if (item.get("mode") != null && !isFileMode(item.get("mode"))) {
                return Map.of(
                        "at",
                        "items/" + i + "/mode",
                        "problem",
                        "mode must be a number between 0 and 0777 (octal), both inclusive; write it as 0644");
            }
        }
        return null;
    }
}
