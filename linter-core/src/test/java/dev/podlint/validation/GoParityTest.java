package dev.podlint.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.kube.IpAddress;
import dev.podlint.rule.functions.Formats;
import dev.podlint.source.GoDuration;
import dev.podlint.source.GoStrings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parsers and format checks reproduced from Go give Go's answers: each line of
 * {@code go-parsers.jsonl} holds an input and what the Go function returned for it (generated
 * with the real robfig/cron, time and apimachinery code). Verdicts must agree, and messages too,
 * without the examples and regular expressions Go appends ("(e.g. ...)").
 */
class GoParityTest {

    @TestFactory
    Stream<DynamicTest> podlintAnswersAsGoDoes() throws IOException {
        List<JsonNode> cases = new ArrayList<>();
        JsonMapper mapper = JsonMapper.builder().build();
        try (InputStream in = GoParityTest.class.getResourceAsStream("go-parsers.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                JsonNode node = mapper.readTree(line);
                if (node.has("kind")) {
                    cases.add(node);
                }
            }
        }
        assertThat(cases).hasSizeGreaterThan(300);
        return cases.stream().map(c -> {
            String kind = c.get("kind").asString();
            String input = c.get("input").asString();
            String expected = c.get("error").asString();
            return DynamicTest.dynamicTest(kind + " " + GoStrings.quote(input), () -> {
                String actual = answer(kind, input);
                if (kind.equals("zone")) {
                    assertThat(actual == null).as("%s accepted", input).isEqualTo(expected.isEmpty());
                } else {
                    assertThat(normalize(actual)).isEqualTo(normalize(expected.isEmpty() ? null : expected));
                }
            });
        });
    }

    private static String answer(String kind, String input) {
        return switch (kind) {
            case "cron" -> CronSchedule.problem(input);
            case "duration" -> GoDuration.problem(input);
            case "zone" -> TimeZones.loadProblem(input);
            case "dns1123label" -> Formats.dns1123LabelProblem(input);
            case "dns1123subdomain" -> Formats.dns1123SubdomainProblem(input);
            case "dns1035label" -> Formats.dns1035LabelProblem(input);
            case "subdomainprefix" -> NameFormat.SUBDOMAIN.problem(input, true);
            case "labelprefix" -> NameFormat.LABEL.problem(input, true);
            case "qualifiedname" -> Formats.qualifiedNameProblem(input);
            case "labelvalue" -> Formats.labelValueProblem(input);
            case "portname" -> Formats.portNameProblem(input);
            case "domainprefixedpath" -> Formats.domainPrefixedPathProblem(input);
            case "ip-strict" -> IpAddress.legacyProblem(input, true);
            case "ip-sloppy" -> IpAddress.legacyProblem(input, false);
            case "cidr-strict" -> IpAddress.cidrProblem(input, true);
            case "cidr-sloppy" -> IpAddress.cidrProblem(input, false);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** Each "; "-joined message without a trailing "(e.g. ...)". */
    private static String normalize(String message) {
        if (message == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String part : message.split("; ")) {
            int example = part.indexOf(" (e.g. ");
            parts.add(example < 0 ? part : part.substring(0, example));
        }
        return String.join("; ", parts);
    }
}
