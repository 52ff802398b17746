package dev.podlint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestScannerTest {

    @TempDir
    Path dir;

    @Test
    void selectsIncludedFilesBelowEachFolderMinusExcludedOnesAndHiddenFolders() throws IOException {
        Path a = touch("k8s/app.yaml");
        Path b = touch("k8s/sub/db.yml");
        touch("k8s/notes.txt");
        touch("k8s/.git/config.yaml");
        touch("k8s/drafts/wip.yaml");
        Path c = touch("gen/svc.json");

        ManifestScanner.Result result = new ManifestScanner(
                        List.of(LintMojo.DEFAULT_INCLUDES.split(",")), List.of("drafts/**"))
                .scan(List.of(dir.resolve("k8s"), dir.resolve("gen")));

        assertThat(result.files()).containsExactly(a, b, c);
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void aFileInTwoFoldersIsListedOnce() throws IOException {
        Path a = touch("k8s/app.yaml");
        ManifestScanner.Result result =
                new ManifestScanner(List.of("**/*.yaml"), null).scan(List.of(dir.resolve("k8s"), dir.resolve("k8s")));
        assertThat(result.files()).containsExactly(a);
    }

    private Path touch(String relative) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "kind: ConfigMap\n");
        return file;
    }
}
