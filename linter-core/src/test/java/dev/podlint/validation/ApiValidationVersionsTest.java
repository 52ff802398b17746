package dev.podlint.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.Linter;
import dev.podlint.config.LintOptions;
import dev.podlint.finding.Finding;
import dev.podlint.source.NamedContent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The checks that differ between Kubernetes versions follow {@code --kubernetes-version}: each
 * manifest is accepted by the first version listed and rejected by the second (or the other way
 * round), as the Go source of those versions decides.
 */
class ApiValidationVersionsTest {

    private static final String SERVICE_NAMED_1ST = """
            apiVersion: v1
            kind: Service
            metadata:
              name: 1st-api
            spec:
              ports:
                - port: 80
            """;

    private static final String STATEFULSET = """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: db
            spec:
              serviceName: SERVICE
              updateStrategy:
                rollingUpdate:
                  maxUnavailable: MAX_UNAVAILABLE
              selector:
                matchLabels:
                  app: db
              template:
                metadata:
                  labels:
                    app: db
                spec:
                  containers:
                    - name: db
                      image: postgres:16
                      livenessProbe: {tcpSocket: {port: 5432}}
                      readinessProbe: {tcpSocket: {port: 5432}}
              volumeClaimTemplates:
                - metadata:
                    name: data
                  spec:
                    ACCESS_MODES
                    resources:
                      requests:
                        storage: 1Gi
            """;

    private static final String JOB = """
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: shards
            spec:
              completions: 4
              MANAGED_BY
              SUCCESS_POLICY
              template:
                spec:
                  restartPolicy: Never
                  containers:
                    - name: shard
                      image: example/shard:1.0
            """;

    private static final String SERVICE_EXTERNAL_IP = """
            apiVersion: v1
            kind: Service
            metadata:
              name: web
            spec:
              externalIPs: [203.0.113.010]
              ports:
                - port: 80
            """;

    @ParameterizedTest(name = "{0}: {1} accepts, {2} rejects ({3})")
    @CsvSource({
        "service name starting with a digit (RelaxedServiceNameValidation), 1.36, 1.35, object-name",
        "StatefulSet serviceName not a DNS label, 1.32, 1.33, workload-invalid",
        "volumeClaimTemplates without accessModes, 1.33, 1.34, workload-invalid",
        "StatefulSet maxUnavailable 0 (MaxUnavailableStatefulSet on in 1.35 only), 1.34, 1.35, workload-invalid",
        "StatefulSet maxUnavailable 0 in 1.36 (the feature is off again), 1.36, 1.35, workload-invalid",
        "successPolicy without Indexed (JobSuccessPolicy), 1.30, 1.31, job-invalid",
        "managedBy not a domain-prefixed path (JobManagedBy), 1.31, 1.32, job-invalid",
        "external IP with a leading zero (StrictIPCIDRValidation), 1.35, 1.36, service-invalid",
    })
    void versionsDiffer(String what, String accepting, String rejecting, String rule) {
        String manifest = manifest(what);
        assertThat(ids(lint(manifest, accepting)))
                .as("%s with %s", what, accepting)
                .doesNotContain(rule);
        assertThat(ids(lint(manifest, rejecting)))
                .as("%s with %s", what, rejecting)
                .contains(rule);
    }

    private static String manifest(String what) {
        if (what.startsWith("service name")) {
            return SERVICE_NAMED_1ST;
        }
        if (what.startsWith("external IP")) {
            return SERVICE_EXTERNAL_IP;
        }
        if (what.startsWith("StatefulSet serviceName")) {
            return statefulSet("Db_Svc", "1", "accessModes: [ReadWriteOnce]");
        }
        if (what.startsWith("volumeClaimTemplates")) {
            return statefulSet("db", "1", "storageClassName: standard");
        }
        if (what.startsWith("StatefulSet maxUnavailable")) {
            return statefulSet("db", "0", "accessModes: [ReadWriteOnce]");
        }
        if (what.startsWith("successPolicy")) {
            return JOB.replace("MANAGED_BY", "")
                    .replace("SUCCESS_POLICY", "successPolicy: {rules: [{succeededIndexes: \"0-1\"}]}");
        }
        return JOB.replace("MANAGED_BY", "managedBy: multikueue").replace("SUCCESS_POLICY", "");
    }

    private static String statefulSet(String service, String maxUnavailable, String accessModes) {
        return STATEFULSET
                .replace("SERVICE", service)
                .replace("MAX_UNAVAILABLE", maxUnavailable)
                .replace("ACCESS_MODES", accessModes);
    }

    static List<Finding> lint(String manifest, String version) {
        LintOptions.Builder options = LintOptions.builder();
        if (version != null) {
            options.kubernetesVersion(version);
        }
        return Linter.create(options.build())
                .lintContents(List.of(new NamedContent("test.yaml", manifest.getBytes(StandardCharsets.UTF_8))))
                .findings();
    }

    static List<String> ids(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).toList();
    }
}
