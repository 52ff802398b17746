package dev.podlint.rule;

import org.jspecify.annotations.Nullable;

/** A rule file that breaks the rule format: a usage error naming the file, line and field. */
public final class RuleFileException extends RuntimeException {

    public RuleFileException(String file, int line, String field, @Nullable String problem) {
        super(file + ":" + line + ": " + (field.isEmpty() ? "" : "field '" + field + "': ") + problem);
    }
}
