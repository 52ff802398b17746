package dev.podlint.container;

import dev.podlint.rule.functions.EnvVarNames;
import dev.podlint.rule.functions.Quoted;
import org.jspecify.annotations.Nullable;

/**
 * Env var names and envFrom prefixes: apimachinery {@code IsRelaxedEnvVarName} from Kubernetes 1.32
 * on (RelaxedEnvironmentVariableValidation beta, on by default; GA in 1.34), {@code IsEnvVarName}
 * before.
 */
final class EnvNames {

    private EnvNames() {}

    /** Why {@code name} (not empty) is rejected, or null. */
    static @Nullable String problem(String name, int minor) {
        return minor >= 32 ? relaxedProblem(name) : EnvVarNames.problem(name);
    }

    /** {@code IsRelaxedEnvVarName}: printable ASCII (the space included) other than '='. */
    static @Nullable String relaxedProblem(String name) {
        if (name.isEmpty()) {
            return "must not be empty";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '=') {
                return "'" + Quoted.shorten(name) + "' is not a valid environment variable name: use printable ASCII"
                        + " characters other than '='";
            }
        }
        return null;
    }
}
