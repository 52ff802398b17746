package dev.podlint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeneratorTwinsTest {

    private final Path project = Path.of("/p");
    private final Path target = project.resolve("target");

    @Test
    void theJsonTwinOfAGeneratedYamlIsLeftOut() {
        Path yml = target.resolve("kubernetes/kubernetes.yml");
        Path json = target.resolve("kubernetes/kubernetes.json");
        Path other = target.resolve("kubernetes/openshift.json");

        GeneratorTwins.Result result = GeneratorTwins.of(List.of(json, yml, other), target);

        assertThat(result.files()).containsExactly(yml, other);
        assertThat(result.skipped()).isEqualTo(Map.of(json, yml));
    }

    @Test
    void jkubesPerResourceFilesAreLeftOutBesideTheirAggregate() {
        Path jkube = target.resolve("classes/META-INF/jkube");
        Path aggregate = jkube.resolve("kubernetes.yml");
        Path deployment = jkube.resolve("kubernetes/demo-deployment.yml");
        Path lone = jkube.resolve("openshift/demo-route.yml");

        GeneratorTwins.Result result = GeneratorTwins.of(List.of(aggregate, deployment, lone), target);

        assertThat(result.files()).containsExactly(aggregate, lone);
        assertThat(result.skipped()).isEqualTo(Map.of(deployment, aggregate));
    }

    @Test
    void theProjectsOwnFilesAreAllRead() {
        Path yaml = project.resolve("src/main/kubernetes/app.yaml");
        Path json = project.resolve("src/main/kubernetes/app.json");
        Path nested = project.resolve("src/main/kubernetes/app/extra.yaml");

        assertThat(GeneratorTwins.of(List.of(yaml, json, nested), target).files())
                .containsExactly(yaml, json, nested);
    }
}
