package dev.podlint.schema;

import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
import dev.podlint.source.LongTextMemo;

/**
 * The validator's {@code pattern} keyword with JDK regular expressions, matching a long string once
 * per pattern however many nodes share it (YAML aliases make them share one string).
 */
final class SharedStringPatterns implements RegularExpressionFactory {

    private static final LongTextMemo<Boolean> MATCHES = new LongTextMemo<>();

    @Override
    public RegularExpression getRegularExpression(String regex) {
        RegularExpression jdk = JDKRegularExpressionFactory.getInstance().getRegularExpression(regex);
        return value -> MATCHES.get(value, jdk, jdk::matches);
    }
}
