package dev.podlint.fix;

import dev.podlint.finding.Finding;
import dev.podlint.source.ScalarNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** An enum value that differs from an accepted one only in case ({@code always}): spelt as accepted. */
final class EnumCaseFixer implements Fixer {

    private static final Pattern MEANT =
            Pattern.compile("Unsupported value \"([^\"]*)\": did you mean \"([^\"]*)\"\\?");

    @Override
    public @Nullable Fix fix(Finding finding, FixContext context) {
        Matcher m = MEANT.matcher(finding.message());
        if (!m.find()) {
            return null;
        }
        String written = m.group(1);
        String meant = m.group(2);
        if (written.equals(meant) || !written.equalsIgnoreCase(meant)) {
            return null;
        }
        if (!(context.node(finding) instanceof ScalarNode scalar)
                || !scalar.isString()
                || !scalar.text().equals(written)) {
            return null;
        }
        SourceText.Range range = context.source().scalar(scalar);
        if (range == null) {
            return null;
        }
        return new Fix(
                finding,
                "wrote " + written + " as " + meant,
                TextEdit.replace(range.innerStart(), range.innerEnd(), meant));
    }
}
