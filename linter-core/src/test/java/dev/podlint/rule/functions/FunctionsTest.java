package dev.podlint.rule.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FunctionsTest {

    private final Base64Functions base64 = new Base64Functions();
    private final QuantityFunctions quantity = new QuantityFunctions();
    private final DownwardFunctions downward = new DownwardFunctions();
    private final LabelFunctions labels = new LabelFunctions();
    private final K8sFunctions k8s = new K8sFunctions();

    // k8s-semantics.md section 9: what Go 1.23 accepted and rejected
    @ParameterizedTest
    @ValueSource(strings = {"YWRtaW4=", "YWJj\nZGVm\n", "YWJj\r\nZGVm", "", "YQ==", "YR==", "1234"})
    void base64AcceptsWhatGoDecodes(String value) {
        assertThat(base64.valid(value)).isTrue();
        assertThat(base64.problem(value)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"c1oudc0w!", "YWRtaW4", "a-_b", "YWJj ZGVm", "YWJj\tZGVm", "YQ==YQ==", "YQ=a"})
    void base64RejectsWhatGoRejects(String value) {
        assertThat(base64.valid(value)).isFalse();
        assertThat(base64.problem(value)).isNotNull().doesNotContain(value);
    }

    @Test
    void base64ExplainsTheCommonMistakes() {
        assertThat(base64.problem("YWJj ZGVm\n")).contains("folded '>'");
        assertThat(base64.problem("YWRtaW4")).contains("padding");
        assertThat(base64.problem("c3ViamVjdHM_X2Q=")).contains("URL-safe"); // base64url of text
        assertThat(base64.problem("Pz8-Pg")).contains("URL-safe");
        // plain text under data: said so, not base64 grammar advice
        assertThat(base64.problem("admin")).isEqualTo("looks like plain text, not base64");
        assertThat(base64.problem("s3cr3t-t0ken")).isEqualTo("looks like plain text, not base64");
        assertThat(base64.problem("hunter2")).isEqualTo("looks like plain text, not base64");
        assertThat(base64.problem("c1oudc0w!")).isEqualTo("looks like plain text, not base64");
        assertThat(base64.problem("not encoded at all")).isEqualTo("looks like plain text, not base64");
        assertThat(base64.problem("a-_b")).isEqualTo("looks like plain text, not base64");
    }

    @Test
    void base64FindsPlainValuesThatHappenToDecode() {
        assertThat(base64.textWhereExpected("password", "pass")).isFalse();
        assertThat(base64.textWhereExpected("DB_PORT", "5432")).isFalse();
        assertThat(base64.textWhereExpected("dbPassword", "pass")).isFalse();
        assertThat(base64.textWhereExpected("password", "cGFzcw==")).isTrue();
        assertThat(base64.textWhereExpected("keystore.jks", "/u3+7QAAAAIAAAAB")).isTrue();
        assertThat(base64.textWhereExpected("keystore.password", "Y2hhbmdlaXQ="))
                .isTrue();
        assertThat(base64.textWhereExpected("token", "pass")).isTrue();
        assertThat(base64.textWhereExpected("password", "not base64!")).isTrue();
        assertThat(base64.problem(1234L)).isEqualTo("is an integer, not a base64 string (quote it)");
        assertThat(base64.valid(true)).isFalse();
        assertThat(base64.decodedLength("YWRtaW4=")).isEqualTo(5);
    }

    @ParameterizedTest
    @CsvSource({
        "1000m,1",
        "1,1",
        "1m,1m",
        "1024Ki,1Mi",
        "1Mi,1Mi",
        "1k,1k",
        "1000,1k",
        "0.5,500m",
        "1e3,1e3",
        "1Gi,1Gi",
        "2048,2048",
        "1.5Gi,1536Mi"
    })
    void quantitiesCanonicaliseAsKubernetesDoes(String in, String canonical) {
        assertThat(quantity.canonical(in)).isEqualTo(canonical);
    }

    @Test
    void quantitiesCompareAndRejectGarbage() {
        assertThat(quantity.compare("1Gi", "1024Mi")).isZero();
        assertThat(quantity.compare("500m", "1")).isEqualTo(-1);
        assertThat(quantity.valid("1 Gi")).isFalse();
        assertThat(quantity.valid("lots")).isFalse();
        assertThat(quantity.zero(null)).isTrue();
        assertThat(quantity.zero("0")).isTrue();
    }

    @Test
    void downwardFieldSetsDependOnTheChannel() {
        assertThat(downward.fieldPathProblem("metadata.labels", "env"))
                .contains("only available in a downwardAPI volume");
        assertThat(downward.fieldPathProblem("metadata.labels", "volume")).isNull();
        assertThat(downward.fieldPathProblem("metadata.labels['app']", "env")).isNull();
        assertThat(downward.fieldPathProblem("metadata.annotations['Example.COM/Key']", "volume"))
                .isNull();
        assertThat(downward.fieldPathProblem("metadata.labels['']", "env")).contains("not a valid label key");
        assertThat(downward.fieldPathProblem("spec.nodeName", "volume")).contains("only available in env vars");
        assertThat(downward.fieldPathProblem("spec.host", "env")).isNull();
        assertThat(downward.fieldPathProblem("status.phase", "env")).contains("not supported");
        assertThat(downward.fieldPathProblem("status.pid", "env")).contains("not a field the Downward API exposes");
        assertThat(downward.fieldPathProblem("spec.containers['x']", "env")).contains("does not support a subscript");
        assertThat(downward.fieldPathProblem(null, "env")).isEqualTo("fieldPath is required");
    }

    @Test
    void downwardResourcesAndDivisors() {
        assertThat(downward.resourceProblem("limits.memory")).isNull();
        assertThat(downward.resourceProblem("requests.hugepages-anything")).isNull();
        assertThat(downward.resourceProblem("limits.gpu")).contains("not a resource");
        assertThat(downward.divisorProblem("limits.cpu", "1000m")).isNull();
        assertThat(downward.divisorProblem("limits.cpu", "1Mi")).contains("1m and 1");
        assertThat(downward.divisorProblem("limits.memory", "1Mi")).isNull();
        assertThat(downward.divisorProblem("limits.memory", "2Mi")).contains("memory resource");
        assertThat(downward.divisorProblem("limits.memory", "1024Ki")).isNull();
        assertThat(downward.divisorProblem("requests.ephemeral-storage", "1m")).contains("local ephemeral storage");
        assertThat(downward.divisorProblem("limits.memory", "0")).isNull();
    }

    @Test
    void namesAndKeys() {
        assertThat(labels.qualifiedName("example.com/app")).isTrue();
        assertThat(labels.qualifiedName("app_")).isFalse();
        assertThat(labels.qualifiedName("a".repeat(64))).isFalse();
        assertThat(labels.configKey("..data")).isFalse();
        assertThat(labels.configKey(".env")).isTrue();
        assertThat(labels.configKey("a b")).isFalse();
        assertThat(labels.matches(Map.of(), Map.of("a", "b"))).isTrue();
        assertThat(labels.matches(Map.of("matchLabels", Map.of("a", "b")), Map.of("a", "c")))
                .isFalse();
        assertThat(labels.matches(
                        Map.of(
                                "matchExpressions",
                                List.of(Map.of("key", "a", "operator", "NotIn", "values", List.of("b")))),
                        Map.of()))
                .isTrue();
    }

    @Test
    void portsAndPaths() {
        assertThat(k8s.portProblem(8080L)).isNull();
        assertThat(k8s.portProblem(70000L)).contains("between 1 and 65535");
        assertThat(k8s.portProblem("http")).isNull();
        assertThat(k8s.portProblem("8080")).contains("quoted number");
        assertThat(k8s.portProblem("my--port")).contains("not valid");
        assertThat(k8s.localPathProblem("/abs")).contains("relative");
        assertThat(k8s.localPathProblem("a/../b")).contains("'..'");
        assertThat(k8s.localPathProblem("..data")).contains("start with");
        assertThat(k8s.localPathProblem("ok/file")).isNull();
    }

    @Test
    void presetValidationHelpers() {
        // IsEnvVarName as of 1.19 (strict), also used for envFrom prefixes
        assertThat(k8s.envVarNameProblem("MY_ENV.NAME")).isNull();
        assertThat(k8s.envVarNameProblem("my.env-name")).isNull();
        assertThat(k8s.envVarNameProblem("1ST")).contains("not a valid environment variable name");
        assertThat(k8s.envVarNameProblem("HTTP PROXY")).contains("not a valid environment variable name");
        assertThat(k8s.envVarNameProblem(".")).isEqualTo("must not be '.'");
        assertThat(k8s.envVarNameProblem("..")).isEqualTo("must not be '..'");
        assertThat(k8s.envVarNameProblem("..A")).contains("must not start with '..'");
        assertThat(k8s.envVarNameProblem("")).isEqualTo("is required");
        assertThat(k8s.envVarNameProblem(12L)).as("types are the schema's").isNull();
        // validateLocalDescendingPath: unlike item paths, a subPath may start with '..'
        assertThat(k8s.descendingPathProblem("..data")).isNull();
        assertThat(k8s.descendingPathProblem("/etc")).contains("relative");
        assertThat(k8s.descendingPathProblem("a/../../b")).contains("'..'");
        assertThat(k8s.descendingPathProblem("a\\..\\b")).contains("'..'");
        // volume types in the order written; null sources and unknown keys do not count
        Map<String, Object> volume = new java.util.LinkedHashMap<>();
        volume.put("name", "data");
        volume.put("nfs", Map.of("server", "s", "path", "/"));
        volume.put("secret", null);
        volume.put("emptydir", Map.of());
        volume.put("emptyDir", Map.of());
        assertThat(k8s.volumeTypes(volume)).containsExactly("nfs", "emptyDir");
        assertThat(k8s.setFields(Map.of("fieldRef", Map.of()), List.of("fieldRef", "secretKeyRef")))
                .containsExactly("fieldRef");
        // NameIsDNSSubdomain(name, prefix=true): maskTrailingDash drops two characters and appends "a"
        assertThat(labels.dns1123SubdomainPrefix("creds-")).isTrue();
        assertThat(labels.dns1123SubdomainPrefix("Creds-")).isFalse();
        assertThat(labels.dns1123SubdomainPrefix("creds")).isTrue();
        assertThat(labels.dns1123Subdomain("creds-")).isFalse();
    }

    @Test
    void repeatedFindsAnEarlierEntryWithTheSameKeyButNotItself() {
        ListFunctions list = new ListFunctions();
        Map<String, Object> first = new java.util.HashMap<>(Map.of("name", "logs"));
        Map<String, Object> other = new java.util.HashMap<>(Map.of("name", "cache"));
        Map<String, Object> again = new java.util.HashMap<>(Map.of("name", "logs"));
        List<Object> volumes = List.of(first, other, again);
        assertThat(list.repeated(volumes, "name", first)).isFalse();
        assertThat(list.repeated(volumes, "name", other)).isFalse();
        assertThat(list.repeated(volumes, "name", again)).isTrue();
        assertThat(list.repeated(volumes, "mountPath", again)).isFalse();
    }
}
