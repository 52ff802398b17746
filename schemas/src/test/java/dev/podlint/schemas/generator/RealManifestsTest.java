package dev.podlint.schemas.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Real manifests against the bundled schemas, with networknt json-schema-validator (draft-07). */
class RealManifestsTest {

    private static KindValidator validator(String file) throws Exception {
        return new KindValidator(TestPaths.committedSchemas().resolve(file));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "argoproj__argo-cd/manifests/install.yaml",
                "argoproj__argo-cd/manifests/ha/install.yaml",
                "GoogleCloudPlatform__microservices-demo/release/kubernetes-manifests.yaml",
                "kubernetes__website/content/en/examples/controllers/nginx-deployment.yaml"
            })
    void releaseManifestsHaveNoErrorOn132(String manifest) throws Exception {
        Path file = TestPaths.sharedOrSkip().resolve("corpus").resolve(manifest);
        KindValidator v = validator("v1.32.json");
        int validated = 0;
        for (JsonNode doc : Manifests.read(file)) {
            if (v.knows(doc.get("apiVersion").asString(), doc.get("kind").asString())) {
                assertThat(v.validate(doc))
                        .as("%s %s", doc.get("kind"), doc.path("metadata").path("name"))
                        .isEmpty();
                validated++;
            }
        }
        assertThat(validated).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1.30.json", "v1.32.json", "v1.36.json"})
    void argoCdDeploymentsAreValidOnEveryMinor(String schema) throws Exception {
        Path file = TestPaths.sharedOrSkip().resolve("corpus/argoproj__argo-cd/manifests/install.yaml");
        KindValidator v = validator(schema);
        List<JsonNode> deployments = Manifests.read(file).stream()
                .filter(d -> d.get("kind").asString().equals("Deployment"))
                .toList();
        assertThat(deployments).isNotEmpty();
        for (JsonNode d : deployments) {
            assertThat(v.validate(d))
                    .as(d.path("metadata").path("name").asString())
                    .isEmpty();
        }
    }

    private static final String DEPLOYMENT = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        labels: {app: web}
        annotations: null
      spec:
        replicas: 2
        strategy: null
        selector:
          matchLabels: {app: web}
        template:
          metadata:
            labels: {app: web}
          spec:
            containers:
            - name: web
              image: nginx:1.27
              ports:
              - containerPort: %s
              %s
              resources:
                limits: {cpu: 500m, memory: 128Mi}
                requests: {cpu: 0.25}
      """;

    private static List<Error> deployment(String containerPort, String extra) throws Exception {
        JsonNode doc =
                Manifests.parse(DEPLOYMENT.formatted(containerPort, extra)).get(0);
        return validator("v1.32.json").validate(doc);
    }

    @Test
    void aGoodDeploymentWithNullsAndQuantitiesPasses() throws Exception {
        assertThat(deployment("80", "livenessProbe: {httpGet: {path: /, port: http}, initialDelaySeconds: null}"))
                .isEmpty();
        assertThat(deployment("80", "readinessProbe: {tcpSocket: {port: 8080}}"))
                .isEmpty();
    }

    @Test
    void aTypoIsAnUnknownField() throws Exception {
        assertThat(deployment("80", "livenesProbe: {httpGet: {path: /, port: 80}}"))
                .anySatisfy(e -> assertThat(e.toString()).contains("livenesProbe"));
    }

    @Test
    void aStringPortIsAWrongType() throws Exception {
        assertThat(deployment("\"80\"", "")).anySatisfy(e -> {
            assertThat(e.getInstanceLocation().toString()).contains("containerPort");
            assertThat(e.getKeyword()).isEqualTo("type");
        });
    }

    @Test
    void aRequiredFieldIsNotNullable() throws Exception {
        assertThat(deployment("null", ""))
                .anySatisfy(e -> assertThat(e.toString()).contains("containerPort"));
    }

    @Test
    void apiVersionAndKindArePinned() throws Exception {
        JsonNode doc = Manifests.parse(DEPLOYMENT.formatted("80", "")).get(0);
        ((ObjectNode) doc).put("kind", "StatefulSet");
        assertThat(validator("v1.32.json").validateAs("apps/v1/Deployment", doc))
                .anySatisfy(e -> assertThat(e.getKeyword()).isEqualTo("enum"));
    }
}
