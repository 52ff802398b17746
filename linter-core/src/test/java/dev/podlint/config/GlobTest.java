package dev.podlint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** include/exclude globs: the JDK's glob syntax, matched in time linear in the path. */
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
    void matchesAsTheJdksGlobMatcherDoes() {
        List<String> globs = List.of(
                "*.yaml",
                "**/*.yaml",
                "k8s/**",
                "k8s/*",
                "**/test?/*.y?ml",
                "{a,b}/*.json",
                "[a-c]*.yaml",
                "[!a-c]*.yaml",
                "*.{yaml,yml}",
                "**",
                "*",
                "\\*.yaml",
                "a.b",
                "**/charts/**/values.yaml");
        List<String> paths = List.of(
                "app.yaml",
                "k8s/app.yaml",
                "k8s/sub/app.yaml",
                "test1/x.yml",
                "d/test2/x.yaml",
                "a/x.json",
                "b/c/x.json",
                "c.yaml",
                "d.yaml",
                "*.yaml",
                "aXb",
                "a.b",
                "x.yml",
                "charts/a/b/values.yaml",
                "k8s",
                ".hidden.yaml");
        for (String glob : globs) {
            var jdk = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            Glob ours = Glob.of(glob);
            for (String path : paths) {
                assertThat(ours.matches(path)).as(glob + " on " + path).isEqualTo(jdk.matches(Path.of(path)));
            }
        }
    }

    @Test
    void aMalformedGlobIsAUsageError() {
        assertThatThrownBy(() -> Glob.of("k8s/{a,b"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("k8s/{a,b");
        assertThatThrownBy(() -> Glob.of("[abc")).isInstanceOf(UsageException.class);
    }
}
