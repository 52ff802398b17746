package dev.podlint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AntGlobTest {

    @Test
    void doubleStarSlashMatchesZeroOrMoreFolders() {
        AntGlob glob = AntGlob.of("**/*.yaml");
        assertThat(glob.matches("app.yaml")).isTrue();
        assertThat(glob.matches("a/b/app.yaml")).isTrue();
        assertThat(glob.matches("app.yml")).isFalse();
        assertThat(glob.matches("app.yaml.bak")).isFalse();
    }

    @Test
    void singleStarAndQuestionMarkStayWithinOneName() {
        assertThat(AntGlob.of("*.yaml").matches("a/app.yaml")).isFalse();
        assertThat(AntGlob.of("a/*.yaml").matches("a/app.yaml")).isTrue();
        assertThat(AntGlob.of("app-?.yaml").matches("app-1.yaml")).isTrue();
        assertThat(AntGlob.of("app-?.yaml").matches("app-10.yaml")).isFalse();
    }

    @Test
    void trailingSlashSelectsEverythingBelowTheFolder() {
        AntGlob glob = AntGlob.of("generated/");
        assertThat(glob.matches("generated/x.yaml")).isTrue();
        assertThat(glob.matches("generated/deep/x.yaml")).isTrue();
        assertThat(glob.matches("other/x.yaml")).isFalse();
    }

    @Test
    void regexCharactersInPatternsAreLiteral() {
        assertThat(AntGlob.of("app.(v1).yaml").matches("app.(v1).yaml")).isTrue();
        assertThat(AntGlob.of("app.yaml").matches("appXyaml")).isFalse();
    }
}
