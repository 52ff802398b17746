package dev.podlint.rule.enums;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.check.CollectingSink;
import dev.podlint.config.LintOptions;
import dev.podlint.finding.Finding;
import dev.podlint.finding.Outcome;
import dev.podlint.rule.RuleCatalog;
import dev.podlint.schema.KubernetesVersion;
import dev.podlint.source.Document;
import dev.podlint.source.ManifestLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the enum check says beyond the table: StatefulSet templates per version, the target version. */
class EnumCheckTest {

    private static final String STATEFULSET = """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: db
            spec:
              serviceName: db
              selector:
                matchLabels: {app: db}
              template:
                metadata:
                  labels: {app: db}
                spec:
                  containers:
                    - name: db
                      image: example/db:1.0
                      imagePullPolicy: always
            """;

    private static List<Finding> lint(String yaml, String version) {
        CollectingSink sink = new CollectingSink(RuleCatalog.builtIn());
        EnumCheck check = new EnumCheck("enum-value", EnumTable.bundled(), KubernetesVersion.parse(version));
        for (Document document :
                new ManifestLoader().loadText("test.yaml", yaml).documents()) {
            check.check(document, sink);
        }
        return sink.findings();
    }

    @Test
    void aStatefulSetTemplateBefore134SaysApplySucceeds() {
        assertThat(lint(STATEFULSET, "1.33")).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("/spec/template/spec/containers/0/imagePullPolicy");
            assertThat(f.message())
                    .startsWith("spec.template.spec.containers[0].imagePullPolicy: Unsupported value")
                    .contains("did you mean \"Always\"")
                    .endsWith("(Kubernetes 1.33 does not validate a StatefulSet's pod template: kubectl apply"
                            + " succeeds and every Pod create fails)");
            assertThat(f.outcome()).isEqualTo(Outcome.PODS_REJECTED);
        });
        assertThat(lint(STATEFULSET, "1.34")).singleElement().satisfies(f -> {
            assertThat(f.message()).doesNotContain("kubectl apply");
            assertThat(f.outcome()).isNull();
        });
    }

    @Test
    void aValueOnlyANewerVersionAcceptsFailsInTheOlderOne() {
        String service = """
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                spec:
                  trafficDistribution: PreferSameZone
                  ports: [{port: 80}]
                """;
        assertThat(lint(service, "1.30")).isEmpty(); // dropped: the gate is off
        assertThat(lint(service, "1.33"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("supported values: \"PreferClose\""));
        assertThat(lint(service, "1.34")).isEmpty();
    }

    @Test
    void theTargetVersionIsTheOptionsClampedToTheTable() {
        EnumTable table = EnumTable.bundled();
        assertThat(EnumCheck.targetVersion(LintOptions.builder().build(), table))
                .hasToString("1.36");
        assertThat(EnumCheck.targetVersion(
                        LintOptions.builder().kubernetesVersion("1.31.4").build(), table))
                .hasToString("1.31");
        assertThat(EnumCheck.targetVersion(
                        LintOptions.builder().kubernetesVersion("1.40").build(), table))
                .hasToString("1.36");
    }
}
