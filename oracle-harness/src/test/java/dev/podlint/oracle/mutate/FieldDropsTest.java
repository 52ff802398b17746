package dev.podlint.oracle.mutate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.oracle.mutate.FieldDrops.Drop;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldDropsTest {

    private static final FieldDrops DROPS = FieldDrops.bundled();

    private static Seed seed(String yaml) {
        return new Seed("test", SeedReader.parse(yaml));
    }

    private static final Seed DEPLOYMENT = seed("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              labels: {app: web}
            spec:
              replicas: 2
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  containers:
                    - name: web
                      image: nginx
                      ports:
                        - containerPort: 80
                    - name: sidecar
                      image: envoy
                      ports:
                        - containerPort: 9901
            """);

    @Test
    void everyFieldOnceWithWhatTheSchemaRequires() {
        List<String> drops = DROPS.drops(DEPLOYMENT).stream()
                .map(d -> d.path() + (d.required() ? " required" : ""))
                .toList();
        assertThat(drops)
                .containsExactly(
                        "metadata",
                        "metadata.name",
                        "metadata.labels",
                        "spec",
                        "spec.replicas",
                        "spec.selector required",
                        "spec.selector.matchLabels",
                        "spec.template required",
                        "spec.template.metadata",
                        "spec.template.metadata.labels",
                        "spec.template.spec",
                        "spec.template.spec.containers required",
                        "spec.template.spec.containers[0].name required",
                        "spec.template.spec.containers[0].image",
                        "spec.template.spec.containers[0].ports",
                        "spec.template.spec.containers[0].ports[0].containerPort required");
    }

    @Test
    void aDropRemovesExactlyItsFieldFromACopy() {
        Drop name = DROPS.drops(DEPLOYMENT).stream()
                .filter(d -> d.path().equals("spec.template.spec.containers[0].name"))
                .findFirst()
                .orElseThrow();
        String text = name.apply().text();
        assertThat(text).doesNotContain("- name: web").contains("name: sidecar").contains("image: nginx");
        assertThat(YamlText.yaml(DEPLOYMENT.root())).contains("- name: web");
    }

    @Test
    void theBundledSeedsGiveAReasonableDeterministicNumber() {
        List<Drop> a = DROPS.drops(SeedReader.bundled());
        assertThat(a).hasSizeBetween(1000, 3000);
        assertThat(DROPS.drops(SeedReader.bundled()).stream()
                        .map(d -> d.seed().name() + " " + d.path())
                        .toList())
                .isEqualTo(a.stream().map(d -> d.seed().name() + " " + d.path()).toList());
        assertThat(a).anyMatch(Drop::required).anyMatch(d -> !d.required());
    }
}
