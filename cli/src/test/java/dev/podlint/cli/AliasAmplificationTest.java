package dev.podlint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Small files that reference one large scalar through YAML aliases thousands of times, one per rule
 * family that looks at scalar values. Each file is linted on its own; the time it took is printed
 * (a measurement, not asserted) and its findings are checked. Expanded, most of these objects are far
 * too large for client-side kubectl apply, which stores them in an annotation ({@code apply-too-large}).
 *
 * <p>The sizes come from {@code -Dpodlint.alias.valueBytes} and {@code -Dpodlint.alias.uses}, so the
 * same files serve as a benchmark: {@code mvn -q -o test -pl cli -am -Dtest=AliasAmplificationTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dpodlint.alias.valueBytes=5242880 -Dpodlint.alias.uses=5000}, and
 * {@code -Dpodlint.alias.dir=DIR} keeps the files there, each file's options in NAME.args (to time other
 * builds of podlint on them with bench/run-alias.sh).
 */
@ExtendWith(SoftAssertionsExtension.class)
class AliasAmplificationTest {

    private static final int VALUE_BYTES = Integer.getInteger("podlint.alias.valueBytes", 1 << 20);
    private static final int USES = Integer.getInteger("podlint.alias.uses", 2000);
    private static final Pattern LEFT_OUT = Pattern.compile("(\\d+) more (\\S+) findings left out");
    private static final Pattern FINDING = Pattern.compile("(?m)^[^\\s:]+:\\d+:\\d+: (error|warning|info) (\\S+) ");

    @TempDir
    Path dir;

    @InjectSoftAssertions
    SoftAssertions softly;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // a guard against a hang, not a speed check
    void aliasedLargeScalarsCostTheirDistinctValuesOnly() throws Exception {
        String base64 = "QUJD".repeat(VALUE_BYTES / 4);
        String text = "x".repeat(VALUE_BYTES);

        check(
                "secret-base64-valid",
                """
                apiVersion: v1
                kind: Secret
                metadata: {name: s}
                type: kubernetes.io/dockerconfigjson
                data:
                  .dockerconfigjson: &v %s
                %s""".formatted(base64, aliases(i -> "  k" + i + ": *v\n")),
                findings("config-data-too-large", tooLarge(VALUE_BYTES / 4 * 3), "secret-dockercfg-json", 1));

        check(
                "secret-base64-invalid",
                """
                apiVersion: v1
                kind: Secret
                metadata: {name: s}
                data:
                  k: &v %s
                %s""".formatted(base64.substring(4) + "QU-D", aliases(i -> "  k" + i + ": *v\n")),
                Map.of("secret-data-base64", USES + 1));

        check(
                "secret-stringdata",
                """
                apiVersion: v1
                kind: Secret
                metadata: {name: s}
                stringData:
                  k: &v %s
                %s""".formatted(text, aliases(i -> "  k" + i + ": *v\n")),
                findings("config-data-too-large", tooLarge(VALUE_BYTES)));

        check(
                "configmap-data-binarydata",
                """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: c}
                data:
                  k: &t %s
                %sbinaryData:
                  b: &b %s
                %s""".formatted(text, aliases(i -> "  k" + i + ": *t\n"), base64, aliases(i -> "  b" + i + ": *b\n")),
                findings("config-data-too-large", tooLarge(VALUE_BYTES + VALUE_BYTES / 4 * 3)));

        check(
                "labels-annotations",
                """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: c
                  labels:
                    l: &v %s
                %s  annotations:
                %sdata: {}
                """.formatted(text, aliases(i -> "    l" + i + ": *v\n"), aliases(i -> "    a" + i + ": *v\n")),
                Map.of("label-invalid", USES + 1, "annotation-invalid", 1));

        check(
                "downward-field-path",
                pod(
                        """
                    env:
                    - {name: E, valueFrom: {fieldRef: {fieldPath: &v %s}}}
                %s""".formatted(
                                text,
                                aliases(i -> "    - {name: E" + i + ", valueFrom: {fieldRef: {fieldPath: *v}}}\n")),
                        ""),
                Map.of("downward-api-field", USES + 1, "apply-too-large", 1));

        check(
                "downward-resource-divisor",
                pod(
                        """
                    env:
                    - {name: E, valueFrom: {resourceFieldRef: {resource: &r %s, divisor: &q %s}}}
                %s""".formatted(
                                text,
                                "1" + "0".repeat(VALUE_BYTES - 1),
                                aliases(i -> "    - {name: E" + i
                                        + ", valueFrom: {resourceFieldRef: {resource: limits.memory, divisor: *q}}}\n"
                                        + "    - {name: F" + i + ", valueFrom: {resourceFieldRef: {resource: *r}}}\n")),
                        ""),
                Map.of("downward-api-field", 2 * USES + 1, "apply-too-large", 1));

        check(
                "projected-paths",
                pod("", """
                  volumes:
                  - name: p
                    projected:
                      sources:
                      - configMap:
                          name: c
                          items:
                          - {key: k, path: &p %s}
                %s""".formatted("/" + text, aliases(i -> "          - {key: k" + i + ", path: *p}\n"))),
                Map.of("projected-volume-invalid", 2, "apply-too-large", 1));

        // under the step budget of one match (BoundedArithmetic), so each match runs to its end
        int regexBytes = Math.min(VALUE_BYTES, 512 * 1024);
        Path rules = Files.createDirectories(output().resolve("rules"));
        Files.writeString(rules.resolve("value-lowercase.yaml"), REGEX_RULE);
        check(
                "user-rule-regex",
                """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: c}
                data:
                  k: &v %s
                %s""".formatted(text.substring(0, regexBytes) + "A", aliases(i -> "  k" + i + ": *v\n")),
                findings("value-lowercase", USES + 1, "config-data-too-large", tooLarge(regexBytes + 1)),
                "--rules",
                rules.toString());

        Path crd = Files.writeString(output().resolve("crd.yml"), THING_CRD);
        String thingNames = """
                apiVersion: example.com/v1
                kind: Thing
                metadata: {name: t}
                spec:
                  names:
                  - &v %s
                %s""";
        check(
                "crd-pattern-valid",
                thingNames.formatted(text, aliases(i -> "  - *v\n")),
                Map.of("apply-too-large", 1),
                "--crd",
                crd.toString());
        check(
                "crd-pattern-invalid",
                thingNames.formatted(text + "A", aliases(i -> "  - *v\n")),
                Map.of("schema", USES + 1, "apply-too-large", 1),
                "--crd",
                crd.toString());

        check(
                "preset-env-names",
                """
                apiVersion: settings.k8s.io/v1alpha1
                kind: PodPreset
                metadata: {name: p}
                spec:
                  selector: {}
                  env:
                  - {name: &v %s, value: x}
                %s""".formatted(text + "!", aliases(i -> "  - {name: *v, value: x}\n")),
                Map.of("preset-invalid", USES + 1, "preset-unused", 1, "removed-api", 1, "apply-too-large", 1));
    }

    private void check(String name, String content, Map<String, Integer> expected, String... options) throws Exception {
        Path file = output().resolve(name + ".yaml");
        if (options.length > 0) {
            Files.write(output().resolve(name + ".args"), List.of(options));
        }
        Files.writeString(file, content);
        long start = System.nanoTime();
        List<String> args = new ArrayList<>(List.of("lint", "--no-color", "--fail-on", "none"));
        args.addAll(List.of(options));
        args.add(file.toString());
        CliRun run = CliRun.of(args.toArray(String[]::new));
        long millis = (System.nanoTime() - start) / 1_000_000;
        Map<String, Integer> found = new TreeMap<>();
        Matcher m = FINDING.matcher(run.out());
        while (m.find()) {
            found.merge(m.group(2), 1, Integer::sum);
        }
        // past the cap per rule and file, findings are counted, not listed
        Matcher leftOut = LEFT_OUT.matcher(run.err());
        while (leftOut.find()) {
            found.merge(leftOut.group(2), Integer.parseInt(leftOut.group(1)), Integer::sum);
        }
        System.out.printf(
                "alias-amplification %-26s %4d KiB x %5d uses: %7d ms, %7d KiB of output%n",
                name, VALUE_BYTES >> 10, USES, millis, run.out().length() >> 10);
        softly.assertThat(run.exitCode()).as(name + ": " + run.err()).isZero();
        softly.assertThat(run.out() + run.err()).as(name).doesNotContain("Exception", "\tat ");
        softly.assertThat(found).as(name).isEqualTo(expected);
        // each finding prints a bounded message and excerpt, whatever the size of the value
        int count = found.values().stream().mapToInt(Integer::intValue).sum();
        softly.assertThat(run.out().length()).as(name + ": output size").isLessThan((count + 1) * 4096);
    }

    /** Where the files are written: the temporary folder, or the one named by {@code podlint.alias.dir}. */
    private Path output() throws IOException {
        String keep = System.getProperty("podlint.alias.dir");
        return keep == null ? dir : Files.createDirectories(Path.of(keep));
    }

    /** A custom resource whose strings have a {@code pattern} and a {@code minLength}. */
    private static final String THING_CRD = """
            apiVersion: apiextensions.k8s.io/v1
            kind: CustomResourceDefinition
            metadata:
              name: things.example.com
            spec:
              group: example.com
              names: {kind: Thing, plural: things}
              scope: Namespaced
              versions:
              - name: v1
                served: true
                storage: true
                schema:
                  openAPIV3Schema:
                    type: object
                    properties:
                      spec:
                        type: object
                        properties:
                          names:
                            type: array
                            items: {type: string, pattern: '^[a-z]+$', minLength: 1}
            """;

    /** A user's rule matching every ConfigMap value against a regular expression (JEXL's {@code =~}). */
    private static final String REGEX_RULE = """
            id: value-lowercase
            severity: warning
            category: config
            summary: A ConfigMap value with other characters than a-z
            fix: Use lowercase letters only
            kinds: [ConfigMap]
            select: dataEntries
            when: field == 'data'
            assert: value =~ '[a-z]*'
            pointAt: node
            message: "data key '${key}' has other characters than a-z"
            help: A test rule.
            examples:
              bad: |
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: c}
                data: {k: A}
              good: |
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: c}
                data: {k: a}
            """;

    /** 1 when {@code USES + 1} copies of a value of {@code bytes} exceed the API server's 1 MiB, else 0. */
    private static int tooLarge(long bytes) {
        return bytes * (USES + 1) > 1 << 20 ? 1 : 0;
    }

    /** Rule ids with their counts, those counted 0 left out. */
    private static Map<String, Integer> findings(Object... idsAndCounts) {
        Map<String, Integer> out = new TreeMap<>();
        for (int i = 0; i < idsAndCounts.length; i += 2) {
            if ((Integer) idsAndCounts[i + 1] > 0) {
                out.put((String) idsAndCounts[i], (Integer) idsAndCounts[i + 1]);
            }
        }
        return out;
    }

    private static String pod(String env, String volumes) {
        return """
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  restartPolicy: Never
                  containers:
                  - name: c
                    image: busybox
                %s%s""".formatted(env, volumes);
    }

    private static String aliases(IntFunction<String> line) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < USES; i++) {
            sb.append(line.apply(i));
        }
        return sb.toString();
    }
}
