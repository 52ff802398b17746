package dev.podlint.rule.functions;

import dev.podlint.source.LongTextMemo;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** apimachinery {@code IsEnvVarName} as of Kubernetes 1.19, before the relaxed validation. */
public final class EnvVarNames {

    private static final Pattern ENV_VAR_NAME = Pattern.compile("[-._a-zA-Z][-._a-zA-Z0-9]*");
    private static final LongTextMemo<String> PROBLEMS = new LongTextMemo<>();

    private EnvVarNames() {}

    /**
     * Why {@code IsEnvVarName} rejects {@code name}, or null. Also the rule for an envFrom
     * {@code prefix}. A value that is no string is left to the schema check (null too).
     */
    public static @Nullable String problem(Object name) {
        if (!(name instanceof String s)) {
            return null;
        }
        if (s.isEmpty()) {
            return "is required";
        }
        return PROBLEMS.get(s, EnvVarNames::problemOf);
    }

    private static @Nullable String problemOf(String s) {
        if (!ENV_VAR_NAME.matcher(s).matches()) {
            return "'" + Quoted.shorten(s)
                    + "' is not a valid environment variable name: use letters, digits, '_', '-' and '.',"
                    + " not starting with a digit (e.g. MY_ENV.NAME)";
        }
        if (s.equals(".") || s.equals("..")) {
            return "must not be '" + s + "'";
        }
        if (s.startsWith("..")) {
            return "'" + Quoted.shorten(s) + "' must not start with '..'";
        }
        return null;
    }
}
