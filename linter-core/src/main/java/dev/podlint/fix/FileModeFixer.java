package dev.podlint.fix;

import dev.podlint.finding.Finding;
import dev.podlint.source.ScalarNode;
import dev.podlint.source.ScalarType;
import org.jspecify.annotations.Nullable;

/** A file mode written as the decimal digits of an octal mode ({@code 644}): given its leading 0. */
final class FileModeFixer implements Fixer {

    @Override
    public @Nullable Fix fix(Finding finding, FixContext context) {
        if (!(context.node(finding) instanceof ScalarNode scalar)
                || !scalar.plain()
                || scalar.type() != ScalarType.INTEGER
                || !scalar.text().matches("[1-7][0-7]{0,2}")
                || !finding.message().contains("did you mean 0" + scalar.text() + "?")) {
            return null;
        }
        return ScalarFixes.replaceWhole(
                finding,
                context,
                scalar,
                "wrote the mode " + scalar.text() + " as the octal 0" + scalar.text(),
                "0" + scalar.text());
    }
}
