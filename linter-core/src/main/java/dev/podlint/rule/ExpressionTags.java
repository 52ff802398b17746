package dev.podlint.rule;

import dev.podlint.source.MappingNode;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.YamlNode;
import java.util.List;

/**
 * An expression written unquoted with a leading {@code !} ({@code assert: !container.privileged}):
 * YAML reads {@code !container.privileged} as a tag and the expression as what follows it (often
 * nothing), so the rule would test something else. The file text at the scalar says so.
 */
final class ExpressionTags {

    private static final List<String> FIELDS = List.of("when", "assert", "pointAt", "message");

    private ExpressionTags() {}

    static void reject(String file, String text, YamlNode root) {
        if (!(root instanceof MappingNode rule)) {
            return;
        }
        check(file, text, rule, "");
        if (rule.node("assertions") instanceof SequenceNode list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.node(i) instanceof MappingNode assertion) {
                    check(file, text, assertion, "assertions[" + i + "].");
                }
            }
        }
    }

    private static void check(String file, String text, MappingNode map, String prefix) {
        for (String field : FIELDS) {
            YamlNode node = map.node(field);
            if (node == null) {
                continue;
            }
            int at =
                    ScalarPositions.offset(text, node.span().line(), node.span().column());
            // a single '!': a "!!type" tag is YAML's own and may be meant
            if (at >= 0 && at < text.length() && text.charAt(at) == '!' && !text.startsWith("!!", at)) {
                throw new RuleFileException(
                        file,
                        node.span(),
                        prefix + field,
                        "starts with '!', which YAML reads as a tag, not as part of the expression:" + " quote it ("
                                + field + ": \"!...\" or '!...')");
            }
        }
    }
}
