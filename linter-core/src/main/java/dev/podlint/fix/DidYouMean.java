package dev.podlint.fix;

import dev.podlint.finding.Finding;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** What a finding's message says was written, and what it suggests instead. */
record DidYouMean(String written, String meant) {

    /** Groups 1 (written) and 2 (meant) of {@code pattern} in the finding's message, or null. */
    static @Nullable DidYouMean in(Pattern pattern, Finding finding) {
        Matcher m = pattern.matcher(finding.message());
        return m.find() ? new DidYouMean(m.group(1), m.group(2)) : null;
    }
}
