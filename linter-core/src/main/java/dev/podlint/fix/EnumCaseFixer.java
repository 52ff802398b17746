package dev.podlint.fix;

import dev.podlint.finding.Finding;
import dev.podlint.source.ScalarNode;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** An enum value that differs from an accepted one only in case ({@code always}): spelt as accepted. */
final class EnumCaseFixer implements Fixer {

    private static final Pattern MEANT =
            Pattern.compile("Unsupported value \"([^\"]*)\": did you mean \"([^\"]*)\"\\?");

    @Override
    public @Nullable Fix fix(Finding finding, FixContext context) {
        DidYouMean said = DidYouMean.in(MEANT, finding);
        if (said == null
                || said.written().equals(said.meant())
                || !said.written().equalsIgnoreCase(said.meant())) {
            return null;
        }
        if (!(context.node(finding) instanceof ScalarNode scalar)
                || !scalar.isString()
                || !scalar.text().equals(said.written())) {
            return null;
        }
        return ScalarFixes.replaceInner(
                finding, context, scalar, "wrote " + said.written() + " as " + said.meant(), said.meant());
    }
}
