package dev.podlint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** include/exclude globs: Ant's dialect (plexus-utils), in bounded time. */
class GlobTest {

    @Test
    void manyStarsOnALongNameFinish() {
        String glob = "*a".repeat(40) + "*b";
        String name = "a".repeat(5000) + ".yaml";
        PathFilter filter = new PathFilter(Path.of("/repo"), Path.of("/repo"), List.of(glob), List.of("**/" + glob));
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            assertThat(filter.test(name)).isFalse();
            assertThat(filter.test("x/" + name)).isFalse();
        });
    }

    @Test
    void doubleStarSlashMatchesZeroOrMoreFolders() {
        Glob glob = Glob.of("**/*.yaml");
        assertThat(glob.matches("app.yaml")).isTrue();
        assertThat(glob.matches("a/b/app.yaml")).isTrue();
        assertThat(glob.matches("app.yml")).isFalse();
        assertThat(glob.matches("app.yaml.bak")).isFalse();
        assertThat(Glob.of("**/charts/**/values.yaml").matches("charts/values.yaml"))
                .isTrue();
        assertThat(Glob.of("**/charts/**/values.yaml").matches("x/charts/a/b/values.yaml"))
                .isTrue();
        assertThat(Glob.of("k8s/**").matches("k8s/app.yaml")).isTrue();
        assertThat(Glob.of("k8s/**").matches("k8s/sub/app.yaml")).isTrue();
        assertThat(Glob.of("k8s/**").matches("other/app.yaml")).isFalse();
    }

    @Test
    void singleStarAndQuestionMarkStayWithinOneName() {
        assertThat(Glob.of("*.yaml").matches("a/app.yaml")).isFalse();
        assertThat(Glob.of("*.yaml").matches("app.yaml")).isTrue();
        assertThat(Glob.of("a/*.yaml").matches("a/app.yaml")).isTrue();
        assertThat(Glob.of("k8s/*").matches("k8s/sub/app.yaml")).isFalse();
        assertThat(Glob.of("app-?.yaml").matches("app-1.yaml")).isTrue();
        assertThat(Glob.of("app-?.yaml").matches("app-10.yaml")).isFalse();
    }

    @Test
    void trailingSlashSelectsEverythingBelowTheFolder() {
        Glob glob = Glob.of("generated/");
        assertThat(glob.matches("generated/x.yaml")).isTrue();
        assertThat(glob.matches("generated/deep/x.yaml")).isTrue();
        assertThat(glob.matches("other/x.yaml")).isFalse();
    }

    @Test
    void otherCharactersAreLiteral() {
        assertThat(Glob.of("app.(v1).yaml").matches("app.(v1).yaml")).isTrue();
        assertThat(Glob.of("app.yaml").matches("appXyaml")).isFalse();
        assertThat(Glob.of("[a-c].yaml").matches("b.yaml")).isFalse();
        assertThat(Glob.of("{a,b}.yaml").matches("{a,b}.yaml")).isTrue();
    }

    @Test
    void excludeDoubleStarLeavesOutATopLevelFile() {
        PathFilter filter = new PathFilter(Path.of("/repo"), Path.of("/repo"), List.of(), List.of("**/*.yaml"));
        assertThat(filter.test("app.yaml")).isFalse();
        assertThat(filter.test("k8s/app.yaml")).isFalse();
        assertThat(filter.test("app.json")).isTrue();
    }

    @Test
    void aRegexOrEmptyGlobIsAUsageError() {
        assertThatThrownBy(() -> Glob.of("%regex[(a+)+b]"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("%regex[(a+)+b]");
        assertThatThrownBy(() -> Glob.of(" ")).isInstanceOf(UsageException.class);
    }
}
