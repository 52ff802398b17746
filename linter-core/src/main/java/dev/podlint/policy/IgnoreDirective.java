package dev.podlint.policy;

import dev.podlint.source.Span;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One {@code # podlint-ignore} or {@code # podlint-ignore-file} comment of a file, as {@link
 * IgnoreComments} read it.
 *
 * @param file      display path of the file
 * @param document  the YAML document it belongs to (its node's, else the one it is written in)
 * @param span      the directive's text in the file, from its {@code #}
 * @param fileLevel {@code podlint-ignore-file}: covers every finding of the file
 * @param rules     the rule ids it names, as written
 * @param reason    the text after {@code --}, or ""
 * @param until     the last day it works, or null
 * @param pointer   the JSON Pointer of the node it covers (with the node's document); null for a
 *                  file-level directive or one with a problem
 * @param problem   why it cannot work (it names no rule, is on no node, ...), or null
 */
public record IgnoreDirective(
        String file,
        int document,
        @Nullable String kind,
        @Nullable String name,
        @Nullable String namespace,
        Span span,
        boolean fileLevel,
        List<String> rules,
        String reason,
        @Nullable LocalDate until,
        @Nullable String pointer,
        @Nullable String problem) {

    public IgnoreDirective {
        rules = List.copyOf(rules);
    }

    /** How it is written, for messages: {@code podlint-ignore} or {@code podlint-ignore-file}. */
    public String keyword() {
        return fileLevel ? IgnoreComments.FILE_KEYWORD : IgnoreComments.KEYWORD;
    }
}
