package dev.podlint.schema.cel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.Linter;
import dev.podlint.config.LintOptions;
import dev.podlint.finding.Finding;
import dev.podlint.fixtures.Expectations;
import dev.podlint.fixtures.RuleFamilies;
import dev.podlint.fixtures.TestPaths;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fixtures of testdata/crd-rules linted with their CRDs: the "# with-crds:" findings of the
 * CEL rules, and nothing else of them (no false error on the Gateway API's own examples).
 */
class CrdRuleFixtureTest {

    static final Set<String> CEL_RULES = Set.of(CrdRuleCheck.RULE, CrdRuleCheck.SKIPPED);

    static Path fixtures() {
        return TestPaths.testdata().resolve("crd-rules");
    }

    static List<Finding> lint(String fixture, String crd) {
        LintOptions.Builder options =
                LintOptions.builder().workingDirectory(fixtures()).crd(crd);
        return Linter.create(RuleFamilies.only(options, CEL_RULES).build())
                .lint(List.of(fixture), InputStream.nullInputStream())
                .findings();
    }

    @ParameterizedTest
    @CsvSource({
        "buckets.yaml, crds/buckets.yaml",
        "gateway-api-examples.yaml, crds/gateway-api.yaml",
        "gateway-api-invalid.yaml, crds/gateway-api.yaml",
        "cert-manager-issuers.yaml, crds/cert-manager-issuers.yaml"
    })
    void theFixtureMeetsItsWithCrdsExpectations(String fixture, String crd) throws Exception {
        String text = Files.readString(fixtures().resolve(fixture));
        List<Finding> findings = lint(fixture, crd);
        assertThat(Expectations.mismatches(Expectations.of(text, "with-crds"), findings))
                .isEmpty();
    }
}
