package dev.podlint.schema;

import dev.podlint.Linter;
import dev.podlint.config.LintOptions;
import dev.podlint.finding.Finding;
import dev.podlint.fixtures.RuleFamilies;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Lints YAML text from "stdin" with the given options: the findings of one file. */
final class SchemaLint {

    private SchemaLint() {}

    static List<Finding> lint(String yaml) {
        return lint(yaml, LintOptions.builder());
    }

    static List<Finding> lint(String yaml, LintOptions.Builder options) {
        // The schema stage alone: rules and presets are tested elsewhere.
        Linter linter =
                Linter.create(RuleFamilies.only(options, RuleFamilies.SCHEMA).build());
        return linter.lint(List.of("-"), new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)))
                .findings();
    }
}
