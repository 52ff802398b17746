package dev.podlint.fix;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The fixers of the rules that have a fix, by rule id. */
public final class Fixers {

    private static final Map<String, List<Fixer>> BY_RULE = Map.of(
            "schema", List.of(new QuoteScalarFixer(true), new FieldNameFixer()),
            "annotation-not-string", List.of(new QuoteScalarFixer(false)),
            "volume-invalid", List.of(new FileModeFixer()),
            "projected-volume-invalid", List.of(new FileModeFixer()),
            "workload-restart-policy", List.of(new RestartPolicyFixer()),
            "enum-value", List.of(new EnumCaseFixer()),
            "secret-data-base64", List.of(new SecretDataFixer()));

    private static final Map<String, String> WHAT = Map.of(
            "schema",
            "a value YAML reads as a boolean or number where a string belongs is quoted as written; an unknown"
                    + " field with one \"did you mean\" one or two edits away is renamed",
            "annotation-not-string",
            "a value YAML reads as a boolean or number is quoted as written",
            "volume-invalid",
            "a mode written as decimal digits of an octal mode (644) gets its leading 0",
            "projected-volume-invalid",
            "a mode written as decimal digits of an octal mode (644) gets its leading 0",
            "workload-restart-policy",
            "restartPolicy becomes Always in long-running controllers; OnFailure in Jobs and CronJobs where it"
                    + " is missing or Always (Never with a podFailurePolicy)",
            "enum-value",
            "a value that differs from an accepted one only in case is spelt as accepted",
            "secret-data-base64",
            "a plain-text value (one that cannot be meant as base64) moves to stringData, or with"
                    + " --fix-secret-data=base64 is encoded in place");

    private Fixers() {}

    static List<Fixer> forRule(String ruleId) {
        return BY_RULE.getOrDefault(ruleId, List.of());
    }

    /** What {@code --fix} repairs for the rule, or null when the rule has no fix. */
    public static @Nullable String describe(String ruleId) {
        return WHAT.get(ruleId);
    }
}
