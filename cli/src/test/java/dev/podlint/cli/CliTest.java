package dev.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CliTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    private static final String GOOD = """
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: builder
            """;

    private static final String DUPLICATE = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings
              namespace: apps
            data:
              a: "1"
              a: "2"
            """;

    @Test
    void versionAndHelp() {
        CliRun version = CliRun.of("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("podlint 0.1.0");
        CliRun help = CliRun.of("lint", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--format", "--fail-on", "--output", "Exit codes");
    }

    @Test
    void usageErrorsAreOneLineOnStderrWithExitTwo() {
        Map<List<String>, String> mistakes = new java.util.LinkedHashMap<>();
        mistakes.put(
                List.of("lint", "--no-such-option", "x.yaml"),
                "podlint: Unknown option: '--no-such-option' (did you mean '--no-color'? see 'podlint lint --help')");
        mistakes.put(
                List.of("lint", "--formt", "json", "x.yaml"),
                "podlint: Unknown option: '--formt' (did you mean '--format' or '--force-exclude'? see 'podlint lint --help')");
        mistakes.put(
                List.of("lint", "--format", "xml", "x.yaml"),
                "podlint: --format: unknown format 'xml'; known: text, json, sarif, github, junit, checkstyle, codequality");
        mistakes.put(
                List.of("lint", "--fail-on"),
                "podlint: Missing required parameter for option '--fail-on' (LEVEL) (see 'podlint lint --help')");
        mistakes.put(List.of("explain"), "podlint: Missing required parameter: 'RULE' (see 'podlint explain --help')");
        mistakes.put(List.of(), "podlint: missing command: lint, merge, rules, explain or hook (see 'podlint --help')");
        mistakes.put(
                List.of("lint", "--fail-on", "sometimes", "x.yaml"),
                "podlint: --fail-on must be error, warning, info or none, not 'sometimes'");
        mistakes.put(
                List.of("lint", "--disable", "no-such-rule", "x.yaml"),
                "podlint: unknown rule 'no-such-rule' in --disable (podlint rules lists them)");
        mistakes.put(
                List.of("lint"),
                "podlint: missing PATH: name the files or folders to lint ('-' for stdin), or use --staged");
        SoftAssertions softly = new SoftAssertions();
        mistakes.forEach((args, line) -> {
            CliRun run = CliRun.of(args.toArray(String[]::new));
            softly.assertThat(run.exitCode()).as("exit code of %s", args).isEqualTo(2);
            softly.assertThat(run.err()).as("stderr of %s", args).isEqualTo(line + System.lineSeparator());
            softly.assertThat(run.out()).as("stdout of %s", args).isEmpty();
        });
        softly.assertAll();
    }

    @Test
    void cleanFileExitsZeroAndFindingsExitOne() throws IOException {
        Path good = write("good.yaml", GOOD);
        Path bad = write("bad.yaml", DUPLICATE);
        CliRun clean = CliRun.of("lint", "--no-color", good.toString());
        assertThat(clean.exitCode()).isZero();
        assertThat(clean.out()).contains("no problems in 1 file (1 document)");
        CliRun dirty = CliRun.of("lint", "--no-color", bad.toString());
        assertThat(dirty.exitCode()).isEqualTo(1);
        assertThat(dirty.out())
                .contains("bad.yaml:8:3: error duplicate-key duplicate key \"a\"")
                .contains(" 8 |   a: \"2\"")
                .contains("   |   ^")
                .doesNotContain("\u001b[");
        assertThat(CliRun.of("lint", "--fail-on", "none", bad.toString()).exitCode())
                .isZero();
        assertThat(CliRun.of("lint", "--disable", "duplicate-key", bad.toString())
                        .exitCode())
                .isZero();
    }

    @Test
    void jsonReportHasTheDocumentedShape() throws IOException {
        Path bad = write("k8s/bad.yaml", DUPLICATE);
        CliRun run = CliRun.of("lint", "--format", "json", bad.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(json.get("version").asInt()).isEqualTo(1);
        assertThat(json.get("tool").get("name").asString()).isEqualTo("podlint");
        JsonNode finding = json.get("findings").get(0);
        assertThat(fieldNames(finding))
                .containsExactly(
                        "rule",
                        "severity",
                        "message",
                        "file",
                        "document",
                        "kind",
                        "name",
                        "namespace",
                        "path",
                        "line",
                        "column",
                        "endLine",
                        "endColumn",
                        "related");
        assertThat(finding.get("rule").asString()).isEqualTo("duplicate-key");
        assertThat(finding.get("kind").asString()).isEqualTo("ConfigMap");
        assertThat(finding.get("name").asString()).isEqualTo("settings");
        assertThat(finding.get("namespace").asString()).isEqualTo("apps");
        assertThat(finding.get("path").asString()).isEqualTo("/data/a");
        assertThat(List.of(
                        finding.get("line").asInt(),
                        finding.get("column").asInt(),
                        finding.get("endLine").asInt(),
                        finding.get("endColumn").asInt()))
                .containsExactly(8, 3, 8, 4);
        assertThat(fieldNames(json))
                .containsExactly("version", "tool", "findings", "notifications", "skippedFiles", "summary");
        assertThat(json.get("notifications")).isEmpty();
        assertThat(fieldNames(json.get("summary")))
                .containsExactly(
                        "files",
                        "documents",
                        "errors",
                        "warnings",
                        "infos",
                        "suppressed",
                        "skipped",
                        "leftOut",
                        "config",
                        "skippedFiles");
        assertThat(json.get("summary").get("errors").asInt()).isEqualTo(1);
    }

    @Test
    void stdinIsLintedAsADash() {
        CliRun run = CliRun.withStdin(DUPLICATE, "lint", "--no-color", "-");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("<stdin>:8:3: error duplicate-key");
    }

    @Test
    void outputFileGetsTheReportAndInputsAreNeverOverwritten() throws IOException {
        Path bad = write("bad.yaml", DUPLICATE);
        Path report = dir.resolve("out/report.json");
        CliRun run = CliRun.of("lint", "--format", "json", "--output", report.toString(), bad.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(report)).contains("\"duplicate-key\"");
        CliRun clobber = CliRun.of("lint", "--output", bad.toString(), bad.toString());
        assertThat(clobber.exitCode()).isEqualTo(2);
        assertThat(Files.readString(bad)).isEqualTo(DUPLICATE);
    }

    @Test
    void missingPathIsAnErrorButOtherFilesAreStillLinted() throws IOException {
        Path bad = write("bad.yaml", DUPLICATE);
        CliRun run = CliRun.of("lint", "--no-color", dir.resolve("nope.yaml").toString(), bad.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nope.yaml: no such file or directory");
        assertThat(run.out()).contains("duplicate-key");
    }

    @Test
    void aMisspeltRuleIdGetsDidYouMean() throws IOException {
        Path bad = write("bad.yaml", DUPLICATE);
        CliRun run = CliRun.of("lint", "--disable", "duplicate-kye", bad.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown rule 'duplicate-kye' in --disable; did you mean 'duplicate-key'?");
        assertThat(CliRun.of("lint", "--enable", "no-such-rule-at-all", bad.toString())
                        .err())
                .contains("unknown rule 'no-such-rule-at-all'")
                .doesNotContain("did you mean");
    }

    @Test
    void anEmptyFolderGetsOneAnswerTheError() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        CliRun run = CliRun.of("lint", "--no-color", empty.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no manifests (*.yaml, *.yml, *.json) found in");
        assertThat(run.out()).doesNotContain("no problems");
    }

    @Test
    void secretValuesNeverAppearInAnyOutput() throws IOException {
        Path secret = write("secret.yaml", """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: db
                data:
                  password: c3VwZXJzZWNyZXQ=
                  password: b3RoZXJzZWNyZXQ=
                stringData: {token: plain-token-value, token: again-token-value}
                """);
        for (String format : List.of("text", "json")) {
            CliRun run = CliRun.of("lint", "--no-color", "--format", format, secret.toString());
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out() + run.err())
                    .contains("password", "token")
                    .doesNotContain("c3VwZXJzZWNyZXQ=", "b3RoZXJzZWNyZXQ=", "plain-token-value", "again-token-value");
        }
    }

    @Test
    void secretValuesAreMaskedEvenWhenTheFileIsBroken() throws IOException {
        Path secret = write("broken-secret.yaml", """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: db
                data:
                  password: "c3VwZXJzZWNyZXQ=
                """);
        CliRun run = CliRun.of("lint", "--no-color", secret.toString());
        assertThat(run.out()).contains("yaml-syntax").doesNotContain("c3VwZXJzZWNyZXQ=");
    }

    @Test
    void rulesAndExplainReadTheRuleFiles() {
        CliRun rules = CliRun.of("rules");
        assertThat(rules.exitCode()).isZero();
        assertThat(rules.out()).contains("yaml-syntax", "duplicate-key", "A mapping repeats a key");
        CliRun explain = CliRun.of("explain", "duplicate-key");
        assertThat(explain.exitCode()).isZero();
        assertThat(explain.out()).contains("duplicate-key (error, syntax)", "Bad:", "Good:", "name: settings-2");
        assertThat(CliRun.of("explain", "kind-rejected").out())
                .contains("The examples are linted with these settings of .podlint.yaml:\n"
                        + "    rejectKinds: [v1/ReplicationController]\nBad:\n");
        assertThat(explain.out()).doesNotContain(".podlint.yaml");
        CliRun unknown = CliRun.of("explain", "nope");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err().strip()).isEqualTo("podlint: unknown rule 'nope' (podlint rules lists them)");
    }

    @Test
    void forceExcludeAppliesTheConfigFilesGlobsToNamedFiles() throws IOException {
        Path kept = write("k8s/settings.yaml", DUPLICATE);
        Path excluded = write("k8s/generated/settings.yaml", DUPLICATE);
        Path notIncluded = write("scratch/settings.yaml", DUPLICATE);
        Path config = write(".podlint.yaml", "include: [\"k8s/**\"]\nexclude: [\"k8s/generated/**\"]\n");

        CliRun plain = lintWithConfig(config, false, kept, excluded, notIncluded);
        assertThat(plain.exitCode()).isEqualTo(1);
        assertThat(plain.out()).contains("in 3 files");

        CliRun forced = lintWithConfig(config, true, kept, excluded, notIncluded);
        assertThat(forced.exitCode()).as(forced.err()).isEqualTo(1);
        assertThat(forced.out())
                .contains(kept + ":8:3: error duplicate-key", "in 1 file (1 document)")
                .doesNotContain(excluded.toString(), notIncluded.toString());

        // only excluded files, as pre-commit passes them when a commit touches nothing else: a clean run
        CliRun onlyExcluded = lintWithConfig(config, true, excluded);
        assertThat(onlyExcluded.exitCode()).as(onlyExcluded.err()).isZero();
        assertThat(onlyExcluded.err()).isEmpty();
        assertThat(onlyExcluded.out()).contains("in 0 files");
    }

    private static CliRun lintWithConfig(Path config, boolean forceExclude, Path... files) {
        List<String> args = new java.util.ArrayList<>(List.of("lint", "--no-color", "--config", config.toString()));
        if (forceExclude) {
            args.add("--force-exclude");
        }
        for (Path file : files) {
            args.add(file.toString());
        }
        return CliRun.of(args.toArray(String[]::new));
    }

    private static List<String> fieldNames(JsonNode node) {
        return node.properties().stream().map(Map.Entry::getKey).toList();
    }
}
