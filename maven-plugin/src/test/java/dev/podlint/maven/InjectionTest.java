package dev.podlint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Injection: the build log shows a manifest's control characters written out, never raw. */
class InjectionTest {

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    @Test
    void theBuildLogWritesControlCharactersOut() throws IOException {
        GoalDefaults.write(
                project,
                "src/main/kubernetes/evil\u001b[2J.yaml",
                "apiVersion: v1\nkind: ConfigMap\n"
                        + "metadata:\n  name: a\ndata:\n  \"k\\e]0;pwned\\a\\n[ERROR] fake\": \"1\"\n  \"k\\e]0;pwned\\a\\n[ERROR] fake\": \"2\"\n");
        LintMojo mojo = GoalDefaults.of(new LintMojo(), project, log);
        mojo.outputDirectory = project.resolve("target/podlint").toFile();
        mojo.failOn = "error";
        mojo.formats = "none";
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        assertThat(String.join("\n", log.lines))
                .contains("evil\\x1b[2J.yaml", "k\\x1b]0;pwned\\x07\\n[ERROR] fake")
                .doesNotContain("\u001b", "\u0007");
        assertThat(log.lines).noneMatch(line -> line.contains("\n"));
    }
}
