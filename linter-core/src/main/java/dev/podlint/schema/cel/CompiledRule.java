package dev.podlint.schema.cel;

import org.jspecify.annotations.Nullable;

/**
 * One {@code x-kubernetes-validations} entry, compiled.
 *
 * @param program    null when the rule is not evaluated: a transition rule (it reads {@code oldSelf},
 *                   which a create does not have, so the API server skips it too), or a rule podlint
 *                   cannot compile ({@code skipped} says why)
 * @param skipped    why podlint cannot evaluate the rule, or null
 */
record CompiledRule(
        String rule,
        @Nullable String message,
        @Nullable CelProgram messageExpression,
        @Nullable String fieldPath,
        @Nullable String reason,
        @Nullable CelProgram program,
        @Nullable String skipped) {

    static CompiledRule transition(String rule) {
        return new CompiledRule(rule, null, null, null, null, null, null);
    }

    static CompiledRule skipped(String rule, String why) {
        return new CompiledRule(rule, null, null, null, null, null, why);
    }
}
