package dev.podlint.container;

import dev.podlint.rule.functions.K8sFunctions;

/**
 * Env var names and envFrom prefixes: apimachinery {@code IsRelaxedEnvVarName} from Kubernetes 1.32
 * on (RelaxedEnvironmentVariableValidation beta, on by default; GA in 1.34), {@code IsEnvVarName}
 * before.
 */
final class EnvNames {

    private static final K8sFunctions K8S = new K8sFunctions();

    private EnvNames() {
    }

    /** Why {@code name} (not empty) is rejected, or null. */
    static String problem(String name, int minor) {
        return minor >= 32 ? relaxedProblem(name) : K8S.envVarNameProblem(name);
    }

    /** {@code IsRelaxedEnvVarName}: printable ASCII (the space included) other than '='. */
    static String relaxedProblem(String name) {
        if (name.isEmpty()) {
            return "must not be empty";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '=') {
                return "'" + Texts.shorten(name) + "' is not a valid environment variable name: use printable ASCII"
                        + " characters other than '='";
            }
        }
        return null;
    }
}
