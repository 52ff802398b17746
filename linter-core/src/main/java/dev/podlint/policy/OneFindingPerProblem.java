package dev.podlint.policy;

import dev.podlint.finding.Finding;
import dev.podlint.source.LoadProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One problem, one finding: where a rule reports a node that the schema check reports too (same
 * file, document and JSON pointer), at a severity at least as high, the rule's finding is the more
 * specific one (a gRPC port given by name, not "expected integer"), and the schema's is dropped. The
 * loader's findings (a duplicate key) are other problems and shadow nothing.
 */
final class OneFindingPerProblem {

    static final String SCHEMA = "schema";
    private static final Set<String> LOADER =
            Set.of(LoadProblem.Type.SYNTAX.ruleId(), LoadProblem.Type.DUPLICATE_KEY.ruleId());

    private record Node(String file, int document, String path) {
        static Node of(Finding f) {
            return new Node(f.file(), f.document(), f.path());
        }
    }

    private OneFindingPerProblem() {}

    static List<Finding> apply(List<Finding> findings) {
        Map<Node, Finding> mostSevereRuleFinding = new HashMap<>();
        for (Finding f : findings) {
            if (!f.ruleId().equals(SCHEMA) && !LOADER.contains(f.ruleId())) {
                mostSevereRuleFinding.merge(
                        Node.of(f), f, (a, b) -> b.severity().atLeast(a.severity()) ? b : a);
            }
        }
        if (mostSevereRuleFinding.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Finding rule = f.ruleId().equals(SCHEMA) ? mostSevereRuleFinding.get(Node.of(f)) : null;
            if (rule == null || !rule.severity().atLeast(f.severity())) {
                out.add(f);
            }
        }
        return out;
    }
}
