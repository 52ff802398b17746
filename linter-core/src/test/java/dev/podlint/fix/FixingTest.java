package dev.podlint.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.Linter;
import dev.podlint.config.LintOptions;
import dev.podlint.report.Report;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixingTest {

    private static final String POD = """
            # a comment that stays
            apiVersion: v1
            kind: Pod
            metadata:
              name: web   # trailing comment
            spec:
              containers:
                - name: web
                  image: 'nginx:1.27'
                  imagePullPolicy: always
            """;

    @TempDir
    Path dir;

    private Fixing.Outcome fix(boolean write, String... paths) {
        LintOptions options = LintOptions.builder().workingDirectory(dir).build();
        Linter linter = Linter.create(options);
        Report report = linter.lint(List.of(paths), new ByteArrayInputStream(new byte[0]));
        return new Fixing(linter, FixOptions.DEFAULT, new FixTargets(dir, List.of(paths)), 1 << 20).run(report, write);
    }

    @Test
    void onlyTheEditedBytesChangeWithCrLfAndAByteOrderMarkKept() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String crlf = POD.replace("\n", "\r\n");
        Path file = dir.resolve("pod.yaml");
        Files.write(file, concat(bom, crlf.getBytes(StandardCharsets.UTF_8)));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        Fixing.Outcome outcome = fix(true, "pod.yaml");

        assertThat(outcome.fixes()).isEqualTo(1);
        byte[] expected = concat(bom, crlf.replace("always", "Always").getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readAllBytes(file)).isEqualTo(expected);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-r-----");
        try (var left = Files.list(dir)) {
            assertThat(left.toList()).as("no temporary file left").containsExactly(file);
        }
        assertThat(fix(true, "pod.yaml").fixes()).as("a second run").isZero();
    }

    @Test
    void withoutWriteNothingIsWritten() throws Exception {
        Path file = dir.resolve("pod.yaml");
        Files.writeString(file, POD);
        Fixing.Outcome outcome = fix(false, "pod.yaml");
        assertThat(outcome.files().get(0).fixed()).contains("imagePullPolicy: Always");
        assertThat(Files.readString(file)).isEqualTo(POD);
    }

    @Test
    void aFileWithAYamlSyntaxErrorIsNeverEdited() throws Exception {
        Path file = dir.resolve("broken.yaml");
        String text = POD + "---\nkind: [unclosed\n";
        Files.writeString(file, text);
        Fixing.Outcome outcome = fix(true, "broken.yaml");
        assertThat(outcome.fixes()).isZero();
        assertThat(Files.readString(file)).isEqualTo(text);
    }

    @Test
    void aSymbolicLinkIsNotFollowedOutOfTheTree() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Path target = outside.resolve("pod.yaml");
        Files.writeString(target, POD);
        Path tree = Files.createDirectories(dir.resolve("tree"));
        Files.createSymbolicLink(tree.resolve("link.yaml"), target);

        Fixing.Outcome outcome = fix(true, "tree");

        assertThat(outcome.fixes()).isZero();
        assertThat(outcome.notifications()).anyMatch(n -> n.message().contains("symbolic link"));
        assertThat(Files.readString(target)).isEqualTo(POD);
    }

    @Test
    void aSecretValueMovesToStringDataAndTheDiffNeverShowsIt() throws Exception {
        String secret = """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: db
                data:
                  user: YWRtaW4=
                  password: hunter2!  # not encoded
                """;
        Path file = dir.resolve("secret.yaml");
        Files.writeString(file, secret);

        FixedFile fixed = fix(false, "secret.yaml").files().get(0);

        assertThat(fixed.fixed()).isEqualTo("""
                        apiVersion: v1
                        kind: Secret
                        metadata:
                          name: db
                        stringData:
                          password: "hunter2!"  # not encoded
                        data:
                          user: YWRtaW4=
                        """);
        String diff = UnifiedDiff.of(
                "secret.yaml",
                fixed.original(),
                fixed.fixed(),
                SecretLines.of(fixed.original()),
                SecretLines.of(fixed.fixed()));
        assertThat(diff).doesNotContain("hunter2").doesNotContain("YWRtaW4=").contains("+  password: ***");
        assertThat(fixed.applied().get(0).description()).doesNotContain("hunter2");
    }

    @Test
    void base64InPlaceWhenAsked() throws Exception {
        Path file = dir.resolve("secret.yaml");
        Files.writeString(file, "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  password: hunter2!\n");
        LintOptions options = LintOptions.builder().workingDirectory(dir).build();
        Linter linter = Linter.create(options);
        FixedFile fixed = new FileFixer(linter, new FixOptions(FixOptions.SecretDataFix.BASE64))
                .fix("secret.yaml", Files.readString(file));
        assertThat(fixed.fixed()).endsWith("data:\n  password: aHVudGVyMiE=\n");
    }

    @Test
    void theDiffIsUnified() {
        String diff =
                UnifiedDiff.of("a.yaml", "a\nb\nc\nd\ne\nf\ng\nh\n", "a\nb\nc\nD\ne\nf\ng\nh\n", Set.of(), Set.of());
        assertThat(diff).isEqualTo("--- a/a.yaml\n+++ b/a.yaml\n@@ -1,7 +1,7 @@\n a\n b\n c\n-d\n+D\n e\n f\n g\n");
        assertThat(UnifiedDiff.of("a.yaml", "x\n", "y\nx\n", Set.of(), Set.of()))
                .isEqualTo("--- a/a.yaml\n+++ b/a.yaml\n@@ -0,0 +1,1 @@\n+y\n x\n".replace("-0,0 +1,1", "-1,1 +1,2"));
        assertThat(UnifiedDiff.of("a.yaml", "x\n", "x\n", Set.of(), Set.of())).isEmpty();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
