package dev.podlint.schemas.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Facts about the committed schema files that the validator relies on. */
class SchemaFactsTest {

    private static final String CORE = "io.k8s.api.core.v1.";

    static JsonNode file(String name) {
        try {
            return KindValidator.MAPPER.readTree(
                    TestPaths.committedSchemas().resolve(name).toFile());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<String> files() {
        return KubernetesVersions.TARGETS.stream().map(KubernetesVersions.Target::fileName);
    }

    private static JsonNode def(JsonNode file, String name) {
        JsonNode d = file.get("definitions").get(name);
        assertThat(d).as(name).isNotNull();
        return d;
    }

    private static JsonNode prop(JsonNode file, String definition, String property) {
        JsonNode p = def(file, definition).get("properties").get(property);
        assertThat(p).as(definition + "." + property).isNotNull();
        return p;
    }

    private static List<String> types(JsonNode schema) {
        List<String> out = new ArrayList<>();
        JsonNode t = schema.get("type");
        if (t.isArray()) {
            t.forEach(x -> out.add(x.asString()));
        } else {
            out.add(t.asString());
        }
        return out;
    }

    private static String ref(JsonNode optional) {
        JsonNode first = optional.get("anyOf").get(0);
        assertThat(optional.get("anyOf").get(1).get("type").asString()).isEqualTo("null");
        return first.get("$ref").asString();
    }

    @ParameterizedTest
    @MethodSource("files")
    void fileHasTheDocumentedShape(String name) {
        JsonNode f = file(name);
        KubernetesVersions.Target target = KubernetesVersions.TARGETS.stream()
                .filter(t -> t.fileName().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(f.propertyNames()).containsExactly("clientJavaVersion", "definitions", "kinds", "kubernetesVersion");
        assertThat(f.get("kubernetesVersion").asString()).isEqualTo(target.kubernetesVersion());
        assertThat(f.get("clientJavaVersion").asString()).isEqualTo(target.clientJavaVersion());
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyDefinitionIsAStrictObjectAndEveryRefResolves(String name) {
        JsonNode f = file(name);
        JsonNode defs = f.get("definitions");
        for (String d : defs.propertyNames()) {
            JsonNode def = defs.get(d);
            assertThat(def.get("type").asString()).as(d).isEqualTo("object");
            assertThat(def.get("additionalProperties").isBoolean()
                            && !def.get("additionalProperties").asBoolean())
                    .as(d)
                    .isTrue();
            assertThat(def.get("properties").isObject()).as(d).isTrue();
            if (def.has("required")) {
                assertThat(def.get("required").size()).as(d).isPositive();
                for (JsonNode r : def.get("required")) {
                    JsonNode p = def.get("properties").get(r.asString());
                    assertThat(p).as(d + " requires " + r).isNotNull();
                    assertThat(p.has("anyOf"))
                            .as("required %s.%s accepts null", d, r)
                            .isFalse();
                    if (p.has("type")) {
                        assertThat(types(p)).as("required %s.%s", d, r).doesNotContain("null");
                    }
                }
            }
        }
        for (JsonNode target : f.get("kinds")) {
            assertThat(defs.has(target.asString())).as(target.asString()).isTrue();
        }
        for (String refd : refs(defs)) {
            assertThat(defs.has(refd)).as("$ref to " + refd).isTrue();
        }
    }

    private static List<String> refs(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isObject()) {
            for (String k : node.propertyNames()) {
                JsonNode v = node.get(k);
                if (k.equals("$ref") && v.isString() && v.asString().startsWith("#/definitions/")) {
                    out.add(v.asString().substring("#/definitions/".length()));
                } else {
                    out.addAll(refs(v));
                }
            }
        } else if (node.isArray()) {
            node.forEach(n -> out.addAll(refs(n)));
        }
        return out;
    }

    @Test
    void podAndContainerIn132() {
        JsonNode f = file("v1.32.json");
        assertThat(f.get("kinds").get("v1/Pod").asString()).isEqualTo(CORE + "Pod");
        assertThat(def(f, CORE + "PodSpec").get("required").toString()).isEqualTo("[\"containers\"]");
        assertThat(types(prop(f, CORE + "PodSpec", "containers"))).containsExactly("array");
        assertThat(ref(prop(f, CORE + "Container", "livenessProbe"))).isEqualTo("#/definitions/" + CORE + "Probe");
        assertThat(def(f, CORE + "Container").get("properties").has("livenesProbe"))
                .isFalse();
        assertThat(types(prop(f, CORE + "Container", "name"))).containsExactly("string");
        assertThat(types(prop(f, CORE + "Container", "image"))).containsExactly("string", "null");
        assertThat(types(prop(f, CORE + "ContainerPort", "containerPort"))).containsExactly("integer");
        assertThat(types(prop(f, CORE + "ContainerPort", "hostPort"))).containsExactly("integer", "null");
        assertThat(types(prop(f, CORE + "HTTPGetAction", "port"))).containsExactly("integer", "string");
        assertThat(types(prop(f, CORE + "TCPSocketAction", "port"))).containsExactly("integer", "string");
        assertThat(types(prop(f, CORE + "Probe", "initialDelaySeconds"))).containsExactly("integer", "null");
        assertThat(types(prop(f, CORE + "PodSecurityContext", "runAsNonRoot"))).containsExactly("boolean", "null");
    }

    @Test
    void specialTypes() {
        JsonNode f = file("v1.32.json");
        String meta = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";
        assertThat(ref(prop(f, "io.k8s.api.apps.v1.Deployment", "metadata"))).isEqualTo("#/definitions/" + meta);
        JsonNode labels = prop(f, meta, "labels");
        assertThat(types(labels)).containsExactly("object", "null");
        assertThat(types(labels.get("additionalProperties"))).containsExactly("string", "null");
        assertThat(types(prop(f, meta, "creationTimestamp"))).containsExactly("string", "null");
        JsonNode limits = prop(f, CORE + "ResourceRequirements", "limits");
        assertThat(types(limits.get("additionalProperties"))).containsExactly("number", "string", "null");
        JsonNode secretData = prop(f, CORE + "Secret", "data").get("additionalProperties");
        assertThat(types(secretData)).containsExactly("string", "null");
        assertThat(secretData.has("pattern")).isFalse();
        assertThat(prop(f, "io.k8s.api.apps.v1.ControllerRevision", "data").isEmpty())
                .isTrue();
        String props = "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps";
        assertThat(prop(f, props, "default").isEmpty()).isTrue();
        assertThat(prop(f, props, "x-kubernetes-preserve-unknown-fields")
                        .get("type")
                        .toString())
                .isEqualTo("[\"boolean\",\"null\"]");
        assertThat(types(prop(f, props, "maximum"))).containsExactly("number", "null");
    }

    @Test
    void topLevelKindsPinApiVersionAndKind() {
        JsonNode f = file("v1.32.json");
        String deployment = f.get("kinds").get("apps/v1/Deployment").asString();
        assertThat(deployment).isEqualTo("io.k8s.api.apps.v1.Deployment");
        assertThat(prop(f, deployment, "apiVersion").toString())
                .isEqualTo("{\"enum\":[\"apps/v1\"],\"type\":\"string\"}");
        assertThat(prop(f, deployment, "kind").toString()).isEqualTo("{\"enum\":[\"Deployment\"],\"type\":\"string\"}");
        assertThat(def(f, "io.k8s.api.apps.v1.DeploymentSpec").get("required").toString())
                .isEqualTo("[\"selector\",\"template\"]");
        assertThat(f.get("kinds").get("v1/Event").asString()).isEqualTo(CORE + "Event");
        assertThat(f.get("kinds").get("events.k8s.io/v1/Event").asString()).isEqualTo("io.k8s.api.events.v1.Event");
        assertThat(f.get("kinds")
                        .get("rbac.authorization.k8s.io/v1/ClusterRole")
                        .asString())
                .isEqualTo("io.k8s.api.rbac.v1.ClusterRole");
        assertThat(f.get("kinds").has("apps/v1/DeploymentScale")).isFalse();
    }

    @Test
    void kindsComeAndGoWithTheVersions() {
        for (String name : List.of("v1.30.json", "v1.32.json", "v1.36.json")) {
            JsonNode kinds = file(name).get("kinds");
            assertThat(kinds.has("batch/v1/CronJob")).as(name).isTrue();
            assertThat(kinds.has("batch/v1beta1/CronJob")).as(name).isFalse();
            assertThat(kinds.has("policy/v1beta1/PodSecurityPolicy")).as(name).isFalse();
            assertThat(kinds.has("settings.k8s.io/v1alpha1/PodPreset")).as(name).isFalse();
        }
        // resource.k8s.io went v1beta2 in 1.33 and GA in 1.34
        assertThat(file("v1.32.json").get("kinds").has("resource.k8s.io/v1beta2/ResourceClaim"))
                .isFalse();
        assertThat(file("v1.33.json").get("kinds").has("resource.k8s.io/v1beta2/ResourceClaim"))
                .isTrue();
        assertThat(file("v1.33.json").get("kinds").has("resource.k8s.io/v1/ResourceClaim"))
                .isFalse();
        assertThat(file("v1.34.json").get("kinds").has("resource.k8s.io/v1/ResourceClaim"))
                .isTrue();
    }

    @Test
    void olderMinorsServeWhatTheyServed() {
        // flowcontrol v1beta2 was removed in 1.29, and its v1 came then; the v1beta1 admission policies came in 1.28
        for (String name : List.of("v1.27.json", "v1.28.json")) {
            JsonNode kinds = file(name).get("kinds");
            assertThat(kinds.has("flowcontrol.apiserver.k8s.io/v1beta2/FlowSchema"))
                    .as(name)
                    .isTrue();
            assertThat(kinds.has("flowcontrol.apiserver.k8s.io/v1/FlowSchema"))
                    .as(name)
                    .isFalse();
        }
        assertThat(file("v1.30.json").get("kinds").has("flowcontrol.apiserver.k8s.io/v1beta2/FlowSchema"))
                .isFalse();
        assertThat(file("v1.27.json")
                        .get("kinds")
                        .has("admissionregistration.k8s.io/v1beta1/ValidatingAdmissionPolicy"))
                .isFalse();
        assertThat(file("v1.28.json")
                        .get("kinds")
                        .has("admissionregistration.k8s.io/v1beta1/ValidatingAdmissionPolicy"))
                .isTrue();
        // a container's restartPolicy (sidecars) came in 1.28
        assertThat(file("v1.27.json")
                        .get("definitions")
                        .get("io.k8s.api.core.v1.Container")
                        .get("properties")
                        .has("restartPolicy"))
                .isFalse();
        assertThat(file("v1.28.json")
                        .get("definitions")
                        .get("io.k8s.api.core.v1.Container")
                        .get("properties")
                        .has("restartPolicy"))
                .isTrue();
    }

    @Test
    void podPresetHasItsOwnFile() {
        JsonNode f = file("podpreset-settings.k8s.io-v1alpha1.json");
        assertThat(f.get("kubernetesVersion").asString()).isEqualTo("1.19");
        assertThat(f.get("kinds").propertyNames()).containsExactly("settings.k8s.io/v1alpha1/PodPreset");
        String preset = f.get("kinds").get("settings.k8s.io/v1alpha1/PodPreset").asString();
        assertThat(preset).isEqualTo("io.k8s.api.settings.v1alpha1.PodPreset");
        String spec = ref(prop(f, preset, "spec")).substring("#/definitions/".length());
        assertThat(def(f, spec).get("properties").propertyNames())
                .containsExactlyInAnyOrder("selector", "env", "envFrom", "volumes", "volumeMounts");
        assertThat(prop(f, spec, "env")
                        .get("items")
                        .get("anyOf")
                        .get(0)
                        .get("$ref")
                        .asString())
                .isEqualTo("#/definitions/" + CORE + "EnvVar");
        assertThat(def(f, CORE + "EnvVar").get("required").toString()).isEqualTo("[\"name\"]");
        assertThat(def(f, CORE + "VolumeMount").get("required").toString()).isEqualTo("[\"mountPath\",\"name\"]");
    }

    @Test
    void everyTargetHasAFile() {
        assertThat(KubernetesVersions.TARGETS).hasSizeGreaterThanOrEqualTo(7);
        KubernetesVersions.TARGETS.forEach(t ->
                assertThat(TestPaths.committedSchemas().resolve(t.fileName())).exists());
    }
}
