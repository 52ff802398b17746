package dev.podlint.fix;

import dev.podlint.finding.Finding;
import dev.podlint.source.ScalarNode;
import dev.podlint.source.ScalarType;
import org.jspecify.annotations.Nullable;

/**
 * A plain scalar that YAML 1.1 types as a boolean or a number ({@code yes}, {@code on},
 * {@code 1.10}, {@code 0644}) where a string belongs: quoted as it is written, so the string the
 * author typed is what the API server gets.
 */
final class QuoteScalarFixer implements Fixer {

    /** The schema finding of a value that should be a string (only a string: not "string or integer"). */
    static final String EXPECTED_STRING = ": expected string, found ";

    private final boolean schemaMessage;

    /** @param schemaMessage whether the finding must be the schema's "expected string" one */
    QuoteScalarFixer(boolean schemaMessage) {
        this.schemaMessage = schemaMessage;
    }

    @Override
    public @Nullable Fix fix(Finding finding, FixContext context) {
        if (schemaMessage && !finding.message().contains(EXPECTED_STRING)) {
            return null;
        }
        if (!(context.node(finding) instanceof ScalarNode scalar)
                || !scalar.plain()
                || scalar.type() == ScalarType.STRING
                || scalar.type() == ScalarType.NULL) {
            return null;
        }
        return ScalarFixes.replaceWhole(
                finding,
                context,
                scalar,
                "quoted the value so it stays the string it reads as",
                YamlText.doubleQuoted(scalar.text()));
    }
}
