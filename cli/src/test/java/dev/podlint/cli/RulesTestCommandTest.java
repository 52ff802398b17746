package dev.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.rule.RuleCatalog;
import dev.podlint.rule.RuleDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code podlint rules test [DIR]}: the examples and test cases of rule files, pass or fail each. */
class RulesTestCommandTest {

    private static final Path REPO = Path.of(System.getProperty("podlint.repoRoot", ".."))
            .toAbsolutePath()
            .normalize();

    private static final String RULE = """
            id: team-image-tag
            severity: warning
            category: images
            summary: A container image without a tag
            select: containers
            assert: "container.image =~ '.*:.+'"
            pointAt: image
            message: "container '${container.name}' has no image tag"
            examples:
              bad: |
                apiVersion: v1
                kind: Pod
                metadata:
                  name: web
                spec:
                  containers:
                    - name: web
                      image: nginx
              good: |
                apiVersion: v1
                kind: Pod
                metadata:
                  name: web
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
            tests:
              - name: an init container counts too
                manifest: |
                  apiVersion: v1
                  kind: Pod
                  metadata:
                    name: web
                  spec:
                    initContainers:
                      - name: setup
                        image: busybox
                    containers:
                      - name: web
                        image: nginx:1.27
                expect: [team-image-tag]
              - name: a digest-only image is not flagged
                manifest: |
                  apiVersion: v1
                  kind: Pod
                  metadata:
                    name: web
                  spec:
                    containers:
                      - name: web
                        image: nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                expect: none
            """;

    /** A case of RULE's tests whose Pod is rejected by the options it declares. */
    private static final String REJECTED_POD_CASE = """
              - name: a rejected Pod gets kind-rejected and nothing else
                options:
                  rejectKinds: [v1/Pod]
                manifest: |
                  apiVersion: v1
                  kind: Pod
                  metadata:
                    name: web
                  spec:
                    containers:
                      - name: web
                        image: nginx
                expect: [kind-rejected]
            """;

    @TempDir
    Path dir;

    /** {@code podlint rules test} on a folder holding this one rule file. */
    private CliRun testRuleFile(String text) throws IOException {
        Files.writeString(dir.resolve("team-image-tag.yaml"), text);
        return CliRun.of("rules", "test", dir.toString());
    }

    @Test
    void theBuiltInRulesPassThroughTheSamePath() {
        CliRun run = CliRun.of(
                "rules",
                "test",
                "--crd",
                REPO.resolve("testdata/crd-rules/crds/buckets.yaml").toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains(" 0 failed, 0 skipped (the built-in rules)");
        for (RuleDefinition rule : RuleCatalog.builtIn().all()) {
            assertThat(run.out())
                    .contains("PASS  " + rule.id() + ": bad example\n")
                    .contains("PASS  " + rule.id() + ": good example\n");
        }
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void withoutTheirCrdTheCustomResourceExamplesAreSkipped() {
        CliRun run = CliRun.of("rules", "test");

        assertThat(run.out())
                .contains("SKIP  crd-rule: bad example\n      no schema for examples.podlint.dev/v1 Bucket");
        assertThat(run.out()).contains(" 0 failed, ");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void aFoldersExamplesAndTestsRunAndAFailingCaseSaysWhat() throws IOException {
        CliRun passing = testRuleFile(RULE);
        assertThat(passing.out())
                .contains(
                        "PASS  team-image-tag: bad example\n",
                        "PASS  team-image-tag: good example\n",
                        "PASS  team-image-tag: an init container counts too\n",
                        "PASS  team-image-tag: a digest-only image is not flagged\n",
                        "4 passed, 0 failed, 0 skipped");
        assertThat(passing.exitCode()).isZero();

        CliRun failing = testRuleFile(
                RULE.replace("expect: none", "expect: []").replace("image: nginx@sha256:", "image: nginx #"));
        assertThat(failing.out())
                .contains("FAIL  team-image-tag: a digest-only image is not flagged\n"
                        + "      expected no team-image-tag, got team-image-tag:\n"
                        + "      team-image-tag at line 8: container 'web' has no image tag")
                .contains("3 passed, 1 failed, 0 skipped");
        assertThat(failing.exitCode()).isEqualTo(1);
    }

    @Test
    void aRuleThatDoesNotCompileIsAUsageErrorNamingWhere() throws IOException {
        CliRun run = testRuleFile(RULE.replace("'${container.name}'", "'${container.nme}'"));
        assertThat(run.err())
                .contains(dir.resolve("team-image-tag.yaml")
                        + ":8:34: field 'message': 'container.nme': no bundled Kubernetes version has a field 'nme'")
                .contains("(did you mean 'name'?)");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void anUnquotedExclamationMarkIsAUsageErrorThatSaysToQuote() throws IOException {
        CliRun run =
                testRuleFile(RULE.replace("assert: \"container.image =~ '.*:.+'\"", "assert: !empty(container.image)"));
        assertThat(run.err()).contains(":6:9: field 'assert': starts with '!', which YAML reads as a tag");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void aCaseExpectingSomethingElseThanRuleIdsOrNoneBreaksTheFormat() throws IOException {
        CliRun run = testRuleFile(RULE.replace("expect: none", "expect: nothing"));
        assertThat(run.err()).contains("field 'tests[1].expect'");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void aCaseIsLintedWithTheOptionsItDeclares() throws IOException {
        CliRun run = testRuleFile(RULE + REJECTED_POD_CASE);
        assertThat(run.out())
                .contains("PASS  team-image-tag: a rejected Pod gets kind-rejected and nothing else\n")
                .contains("5 passed, 0 failed, 0 skipped");
        assertThat(run.exitCode()).isZero();

        CliRun without = testRuleFile(RULE + REJECTED_POD_CASE.replace("rejectKinds: [v1/Pod]", "rejectKinds: []"));
        assertThat(without.out())
                .contains("FAIL  team-image-tag: a rejected Pod gets kind-rejected and nothing else\n"
                        + "      expected kind-rejected, got team-image-tag:");
        assertThat(without.exitCode()).isEqualTo(1);
    }

    @Test
    void anOptionTheRuleFormatDoesNotKnowNamesItsField() throws IOException {
        CliRun run = testRuleFile(RULE.replace("examples:\n", "examples:\n  options: {failOn: none}\n"));
        assertThat(run.err())
                .contains("field 'examples.options.failOn': unknown field; known: kubernetesVersion, rejectKinds,"
                        + " skipKinds");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void aMissingFolderIsAUsageError() {
        CliRun run = CliRun.of("rules", "test", dir.resolve("nope").toString());
        assertThat(run.err()).contains("not a folder");
        assertThat(run.exitCode()).isEqualTo(2);
    }
}
