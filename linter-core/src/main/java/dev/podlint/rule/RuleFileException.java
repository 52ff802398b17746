package dev.podlint.rule;

import dev.podlint.source.Span;
import org.jspecify.annotations.Nullable;

/** A rule file that breaks the rule format: a usage error naming the file, line (and column) and field. */
public final class RuleFileException extends RuntimeException {

    public RuleFileException(String file, int line, String field, @Nullable String problem) {
        super(file + ":" + line + ": " + (field.isEmpty() ? "" : "field '" + field + "': ") + problem);
    }

    public RuleFileException(String file, Span at, String field, String problem) {
        super(file + ":" + at.line() + ":" + at.column() + ": " + (field.isEmpty() ? "" : "field '" + field + "': ")
                + problem);
    }
}
