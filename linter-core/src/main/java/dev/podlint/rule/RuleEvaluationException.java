package dev.podlint.rule;

import org.jspecify.annotations.Nullable;

/** Rules that failed on a document (a bug in a rule, not in the manifest): becomes an internal-error notification. */
public final class RuleEvaluationException extends RuntimeException {

    public RuleEvaluationException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
