package dev.podlint.rule;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.jexl3.JexlInfo;
import org.apache.commons.jexl3.parser.ASTIdentifier;
import org.apache.commons.jexl3.parser.ASTIdentifierAccess;
import org.apache.commons.jexl3.parser.ASTJexlScript;
import org.apache.commons.jexl3.parser.ASTNamespaceIdentifier;
import org.apache.commons.jexl3.parser.ASTReference;
import org.apache.commons.jexl3.parser.JexlNode;
import org.apache.commons.jexl3.parser.Parser;

/**
 * Where an expression names its variables, from JEXL's own parse tree: each global variable with the
 * fields read from it by name ({@code container.resources.limits}: the path stops at a bracket
 * {@code container['x']}, a computed or numeric step), and where each name is written. What the
 * expression reads is JEXL's {@code getVariables()}; this adds the positions and the dotted fields.
 */
final class VariableReferences {

    /**
     * A variable and the fields read from it by name.
     *
     * @param offsets where each name of {@code path} starts in the expression text
     */
    record Reference(List<String> path, List<Integer> offsets) {}

    private VariableReferences() {}

    /** The references of a text that compiled already (as an expression or a placeholder). */
    static List<Reference> of(String text) {
        ASTJexlScript script = new Parser(";")
                .parse(
                        new JexlInfo("", 1, 1),
                        RuleExpressions.features().namespaceTest(RuleExpressions.namespaces()::containsKey),
                        text,
                        null);
        List<Reference> out = new ArrayList<>();
        walk(text, script, out);
        return out;
    }

    private static void walk(String text, JexlNode node, List<Reference> out) {
        if (node instanceof ASTIdentifier identifier
                && !(identifier instanceof ASTNamespaceIdentifier)
                && identifier.getNamespace() == null
                && identifier.getSymbol() < 0) {
            out.add(reference(text, identifier));
        }
        for (int i = 0; i < node.jjtGetNumChildren(); i++) {
            walk(text, node.jjtGetChild(i), out);
        }
    }

    private static Reference reference(String text, ASTIdentifier identifier) {
        List<String> path = new ArrayList<>(List.of(identifier.getName()));
        int at = Math.max(0, ScalarPositions.offset(text, identifier.getLine(), identifier.getColumn()));
        List<Integer> offsets = new ArrayList<>(List.of(at));
        JexlNode parent = identifier.jjtGetParent();
        if (parent instanceof ASTReference && parent.jjtGetChild(0) == identifier) {
            int end = at + identifier.getName().length();
            for (int i = 1; i < parent.jjtGetNumChildren(); i++) {
                if (!(parent.jjtGetChild(i) instanceof ASTIdentifierAccess access)
                        || access.isExpression()
                        || !(access.getIdentifier() instanceof String name)) {
                    break;
                }
                // the parse tree places a field access after its name: find the name after the dot
                int start = nameAfterDot(text, end, name);
                if (start < 0) {
                    break;
                }
                path.add(name);
                offsets.add(start);
                end = start + name.length();
            }
        }
        return new Reference(List.copyOf(path), List.copyOf(offsets));
    }

    /** Where {@code name} starts after blanks, {@code .} or {@code ?.} and blanks from {@code from}; -1 if it does not. */
    private static int nameAfterDot(String text, int from, String name) {
        int i = skipBlanks(text, from);
        if (text.startsWith("?.", i)) {
            i += 2;
        } else if (text.startsWith(".", i)) {
            i++;
        } else {
            return -1;
        }
        i = skipBlanks(text, i);
        return text.startsWith(name, i) ? i : -1;
    }

    private static int skipBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
