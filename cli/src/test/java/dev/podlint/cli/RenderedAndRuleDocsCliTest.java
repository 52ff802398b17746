package dev.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code helm template ... | podlint lint -}, and where SARIF and {@code explain} send users for a rule's docs. */
class RenderedAndRuleDocsCliTest {

    private static final String CONFIG_MAP = """
            ---
            # Source: web/templates/settings.yaml
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings
            data:
              mode: fast
              mode: slow
            """;

    @Test
    void renderedHelmOutputOnStdinIsReportedUnderItsTemplate() throws IOException {
        Path root = Path.of(System.getProperty("podlint.repoRoot", ".."))
                .toAbsolutePath()
                .normalize();
        String rendered = Files.readString(root.resolve("testdata/rendered/helm-template-loki.yaml"));
        CliRun run = CliRun.withStdin(rendered, "lint", "--no-color", "-");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains(
                        "loki/templates/single-binary/statefulset.yaml (rendered):286:11: warning liveness-probe-missing");
    }

    @Test
    void sarifLinksBuiltInRulesOnlyUnderRuleDocs() {
        CliRun without = CliRun.withStdin(CONFIG_MAP, "lint", "--format", "sarif", "-");
        assertThat(without.exitCode()).isEqualTo(1);
        assertThat(without.out()).doesNotContain("helpUri").contains("\"uri\" : \"web/templates/settings.yaml\"");
        CliRun with = CliRun.withStdin(
                CONFIG_MAP, "lint", "--format", "sarif", "--rule-docs", "https://example.org/podlint/rules/", "-");
        assertThat(with.out()).contains("\"helpUri\" : \"https://example.org/podlint/rules/duplicate-key.md\"");
        CliRun relative = CliRun.withStdin(CONFIG_MAP, "lint", "--format", "sarif", "--rule-docs", "rules/", "-");
        assertThat(relative.exitCode()).isEqualTo(2);
        assertThat(relative.err()).contains("--rule-docs must be an absolute http or https URI");
    }

    @Test
    void explainNamesTheRulesPageInTheRepository() {
        CliRun explain = CliRun.of("explain", "duplicate-key");
        assertThat(explain.out()).contains("More: rules/duplicate-key.md").doesNotContain("https://");
    }
}
