package dev.podlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Secret values reach the output: no byte of a Secret's values, nor of a file that is no Kubernetes
 * manifest, in any format, message, pointer or stderr line.
 */
class SecretLeakTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    /**
     * Everything podlint prints for {@code file}, in every format, lint and merge (of SARIF, all but the
     * rules' own documentation, which quotes examples).
     */
    private static String everything(Path file, String... more) {
        StringBuilder all = new StringBuilder();
        for (String format : new String[] {"text", "json", "sarif", "github", "junit", "checkstyle", "codequality"}) {
            String[] args = new String[more.length + 5];
            args[0] = "lint";
            args[1] = "--no-color";
            args[2] = "-f";
            args[3] = format;
            System.arraycopy(more, 0, args, 4, more.length);
            args[args.length - 1] = file.toString();
            CliRun run = CliRun.of(args);
            String out = run.out();
            if (format.equals("sarif")) {
                JsonNode sarif = JsonMapper.builder().build().readTree(out);
                ((ObjectNode) sarif.get("runs").get(0).get("tool").get("driver")).remove("rules");
                out = sarif.toString();
            }
            all.append(out).append(run.err());
        }
        CliRun merge = CliRun.of("merge", file.toString());
        return all.append(merge.out()).append(merge.err()).toString();
    }

    @Test
    void anUnknownAliasIsNotNamed() throws IOException {
        Path secret = write(
                "s.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n  password: *Pa55word\n");
        String out = everything(secret);
        assertThat(out).contains("yaml-syntax").doesNotContain("Pa55word");
    }

    @Test
    void anUndefinedTagHandleIsNotQuoted() throws IOException {
        Path secret =
                write("s.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n  password: !x!y\n");
        String out = everything(secret);
        assertThat(out).contains("undefined tag handle").doesNotContain("!x!", "x!y");
    }

    @Test
    void aCharacterThatStartsNoTokenIsNotQuoted() throws IOException {
        Path secret =
                write("s.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n  password: @Q\n");
        String out = everything(secret);
        assertThat(out).contains("cannot start any token").doesNotContain("@", "Q");
    }

    @Test
    void aBrokenJsonSecretShowsNoValueInItsCodeFrame() throws IOException {
        Path secret = write(
                "s.json",
                "{\"apiVersion\": \"v1\", \"kind\": \"Secret\", \"metadata\": {\"name\": \"s\"},\n"
                        + " \"stringData\": {\"password\": \"hunter2\" \"user\": \"admin1\"}}\n");
        String out = everything(secret);
        assertThat(out).contains("yaml-syntax", "\"password\": <redacted>").doesNotContain("hunter2", "admin1");
    }

    @Test
    void aBrokenFlowStyleSecretShowsNoValueInItsCodeFrame() throws IOException {
        Path secret = write(
                "s.yaml",
                "apiVersion: v1\nkind: Secret\nmetadata: {name: s}\n"
                        + "stringData: {\n  password:\n    hunter2, pin: 'q913z', x: [}\n");
        String out = everything(secret);
        assertThat(out).contains("yaml-syntax").doesNotContain("hunter2", "q913z");
    }

    @Test
    void aKeyRepeatedInsideAValueIsNotQuoted() throws IOException {
        Path secret = write(
                "s.yaml",
                "apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n"
                        + "  token: {hunter3: x, hunter3: y}\n");
        String out = everything(secret);
        assertThat(out).contains("duplicate-key", "/stringData/token").doesNotContain("hunter3");
    }

    @Test
    void aRulePointerOrMessageNeverSpellsAValueOut() throws IOException {
        write("rules/leak.yaml", """
                id: leak
                severity: warning
                category: security
                summary: a rule that tries to print a Secret's values
                select: objects
                when: kind == 'Secret'
                assertions:
                  - assert: "false"
                    pointAt: "${object.stringData.pin}"
                    message: "pin ${object.stringData.pin}, password ${object.stringData.password}"
                """);
        Path secret = write(
                "s.yaml",
                "apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n  pin: \"q913z\"\n"
                        + "  password: hunter2\n");
        String out = everything(secret, "--rules", dir.resolve("rules").toString());
        assertThat(out).contains("leak").doesNotContain("q913z", "hunter2");
    }

    @Test
    void noCodeFrameOfAFileReachedThroughALinkToOutsideTheLintedFolder() throws IOException {
        Path outside = write(
                "home/.kube/settings.yaml",
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  token: ghp_FIRST\n  token: ghp_SECOND\n");
        write("repo/k8s/inside.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: d\ndata:\n  a: x\n  a: y\n");
        Files.createSymbolicLink(dir.resolve("repo/k8s/settings.yaml"), outside);
        CliRun run = CliRun.of("lint", "--no-color", dir.resolve("repo/k8s").toString());
        assertThat(run.out())
                .contains("settings.yaml:7:3: error duplicate-key", "inside.yaml:7:3: error duplicate-key", "a: y")
                .doesNotContain("ghp_FIRST", "ghp_SECOND");
    }

    @Test
    void noCodeFrameOfAFileThatIsNoManifest() throws IOException {
        Path docker = write(
                "outside/config.json",
                "{\n  \"auths\": {\"https://index.docker.io/v1/\": {\"auth\": \"dXNlcjpodW50ZXIy\"}}\n}\n");
        Path credentials = write("outside/creds", "https://user:ghp_SECRETTOKEN@github.com\n");
        Path broken = write("outside/broken.json", "{\"auths\": {\"registry\": {\"auth\": \"dXNlcjpodW50ZXIy\" x}}}\n");
        Files.createDirectories(dir.resolve("tree"));
        Files.createSymbolicLink(dir.resolve("tree/config.json"), docker);
        Files.createSymbolicLink(dir.resolve("tree/creds.yaml"), credentials);
        Files.createSymbolicLink(dir.resolve("tree/broken.json"), broken);
        String out = everything(dir.resolve("tree"));
        assertThat(out)
                .contains("config.json", "creds.yaml", "broken.json")
                .doesNotContain("dXNlcjpodW50ZXIy", "ghp_SECRETTOKEN", "auths");
    }
}
