package dev.podlint.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which YAML is plainly not Kubernetes, and which names are podlint's own. */
class DiscoveryTest {

    private static boolean notKubernetes(String yaml) {
        return Discovery.plainlyNotKubernetes(
                new ManifestLoader().load("x.yaml", yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void filesWithoutAnyObjectKeyAreNotKubernetes() {
        assertThat(notKubernetes("name: ci\non: [push]\njobs: {}\n")).isTrue();
        assertThat(notKubernetes("services:\n  web: {image: nginx}\n")).isTrue();
        assertThat(notKubernetes("openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths: {}\n"))
                .isTrue();
        assertThat(notKubernetes("- hosts: all\n  tasks: []\n")).isTrue();
        assertThat(notKubernetes("a: 1\n---\nb: 2\n")).isTrue();
    }

    @Test
    void aManifestWithMisspeltIdentifyingKeysIsStillKubernetes() {
        assertThat(notKubernetes("apiVersion: v1\nkind: ConfigMap\n")).isFalse();
        assertThat(notKubernetes("apiVerison: v1\ndata: {}\n")).isFalse();
        assertThat(notKubernetes("apiversion: v1\ndata: {}\n")).isFalse();
        assertThat(notKubernetes("api_version: v1\ndata: {}\n")).isFalse();
        assertThat(notKubernetes("kin: ConfigMap\ndata: {}\n")).isFalse();
        assertThat(notKubernetes("Kind: ConfigMap\ndata: {}\n")).isFalse();
        assertThat(notKubernetes("knid: ConfigMap\ndata: {}\n")).isFalse();
        assertThat(notKubernetes("metadata:\n  name: x\nspec: {}\n")).isFalse();
        assertThat(notKubernetes("services: {}\n---\nkind: Pod\n")).isFalse();
        // kubectl reads only "--" here; the Deployment after it is a manifest's all the same
        assertThat(notKubernetes("--\napiVersion: apps/v1\nkind: Deployment\n::::\n"))
                .isFalse();
    }

    @Test
    void whatCannotBeToldIsLinted() {
        assertThat(notKubernetes("")).as("no document").isFalse();
        assertThat(notKubernetes("a: [1, 2\n")).as("a syntax error").isFalse();
    }

    @Test
    void distanceCountsATranspositionAsOneEdit() {
        assertThat(Discovery.distance("knid", "kind")).isEqualTo(1);
        assertThat(Discovery.distance("kin", "kind")).isEqualTo(1);
        assertThat(Discovery.distance("name", "kind")).isGreaterThan(1);
        assertThat(Discovery.distance("version", "apiversion")).isGreaterThan(2);
    }

    @Test
    void podlintsAndPreCommitsOwnFiles() {
        assertThat(Discovery.isPodlintFile(".podlint.yaml")).isTrue();
        assertThat(Discovery.isPodlintFile(".podlint.yml")).isTrue();
        assertThat(Discovery.isPodlintFile(".podlint-baseline.json")).isTrue();
        assertThat(Discovery.isPodlintFile(".pre-commit-config.yaml")).isTrue();
        assertThat(Discovery.isPodlintFile(".pre-commit-hooks.yaml")).isTrue();
        assertThat(Discovery.isPodlintFile("podlint.yaml")).isFalse();
        assertThat(Discovery.isPodlintFile("app.yaml")).isFalse();
    }
}
