package dev.podlint.schema;

import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
import dev.podlint.source.BoundedRegex;
import dev.podlint.source.LongTextMemo;

/**
 * The validator's {@code pattern} keyword with {@link BoundedRegex}: RE2's syntax and linear-time
 * match, as the API server's Go {@code regexp} reads a CRD's pattern, under a step budget. A pattern
 * RE2 cannot compile (or too large to) checks nothing: the API server refuses such a CRD, and
 * {@link StructuralSchemas} drops it. A long string is matched once per pattern however many nodes
 * share it (YAML aliases make them share one string).
 */
final class SharedStringPatterns implements RegularExpressionFactory {

    private static final LongTextMemo<Boolean> MATCHES = new LongTextMemo<>();

    @Override
    public RegularExpression getRegularExpression(String regex) {
        BoundedRegex pattern;
        try {
            pattern = BoundedRegex.compile(regex);
        } catch (IllegalArgumentException e) {
            return value -> true;
        }
        return value -> MATCHES.get(value, pattern, pattern::find);
    }
}
