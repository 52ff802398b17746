package dev.podlint.rule;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The commonest shapes of rule expressions, evaluated without JEXL: {@code a.b.c},
 * {@code a.b == null}, {@code a.b != 'text'}. Most {@code when}s have one of them and run on every
 * selected node, and each JEXL evaluation builds an interpreter. It answers only where the result
 * is certainly JEXL's (maps along the path, strings or null compared), and otherwise returns
 * {@link #UNSURE} so the caller runs the script.
 */
final class SimpleExpression {

    /** The caller must evaluate the expression with JEXL. */
    static final Object UNSURE = new Object();

    private static final String NAME = "[A-Za-z_][A-Za-z0-9_]*";
    private static final Pattern PATH = Pattern.compile(NAME + "(?:\\." + NAME + ")*");
    private static final Pattern SHAPE =
            Pattern.compile("\\s*(" + PATH.pattern() + ")\\s*(?:(==|!=)\\s*(null|'[^'\\\\$#{}]*'))?\\s*");
    /** Words JEXL reads as operators or literals, and keys the sandbox hides on maps. */
    private static final Set<String> RESERVED = Set.of(
            "null",
            "true",
            "false",
            "empty",
            "size",
            "not",
            "and",
            "or",
            "eq",
            "ne",
            "lt",
            "gt",
            "le",
            "ge",
            "div",
            "mod",
            "new",
            "var",
            "let",
            "const",
            "function",
            "return",
            "if",
            "else",
            "for",
            "while",
            "do",
            "in",
            "break",
            "continue",
            "class",
            "NaN");

    private final String[] path;
    /** null: no comparison. */
    private final @Nullable Boolean equal;
    /** The literal compared with; null for {@code null}. */
    private final @Nullable String literal;

    private SimpleExpression(String[] path, @Nullable Boolean equal, @Nullable String literal) {
        this.path = path;
        this.equal = equal;
        this.literal = literal;
    }

    /** Whether JEXL reads the word as an operator or literal, or the sandbox hides it as a key. */
    static boolean reserved(String name) {
        return RESERVED.contains(name);
    }

    /** The simple form of a JEXL expression, or null when it has another shape. */
    static @Nullable SimpleExpression of(String text) {
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String[] path = m.group(1).split("\\.");
        for (int i = 0; i < path.length; i++) {
            path[i] = path[i].intern(); // selections name their variables with constants: found by identity
        }
        for (String name : path) {
            if (RESERVED.contains(name)) {
                return null;
            }
        }
        if (m.group(2) == null) {
            return new SimpleExpression(path, null, null);
        }
        String right = m.group(3);
        return new SimpleExpression(
                path, m.group(2).equals("=="), right.equals("null") ? null : right.substring(1, right.length() - 1));
    }

    /** The template's text with the value of each {@code ${a.b}}, or null when it has another shape. */
    static @Nullable Template template(String text) {
        return Template.of(text);
    }

    @Nullable
    Object evaluate(SelectionContext context) {
        Object value = resolve(context);
        if (value == UNSURE || equal == null) {
            return value;
        }
        if (literal == null) {
            return (value == null) == equal;
        }
        if (value != null && !(value instanceof String)) {
            return UNSURE; // JEXL compares a number or boolean with a string by converting it
        }
        return literal.equals(value) == equal;
    }

    @Nullable
    Object resolve(SelectionContext context) {
        Object value = context.get(path[0]);
        for (int i = 1; i < path.length; i++) {
            if (value == null) {
                return null; // safe navigation
            }
            if (!(value instanceof Map<?, ?> map)) {
                return UNSURE;
            }
            value = map.get(path[i]);
        }
        return value;
    }

    /** Text and {@code ${path}} placeholders whose values are strings. */
    static final class Template {
        private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{\\s*(" + PATH.pattern() + ")\\s*}");

        private final String[] texts;
        private final SimpleExpression[] values;

        private Template(String[] texts, SimpleExpression[] values) {
            this.texts = texts;
            this.values = values;
        }

        static @Nullable Template of(String text) {
            Matcher m = PLACEHOLDER.matcher(text);
            java.util.List<String> texts = new java.util.ArrayList<>();
            java.util.List<SimpleExpression> values = new java.util.ArrayList<>();
            int from = 0;
            while (m.find()) {
                texts.add(text.substring(from, m.start()));
                SimpleExpression value = SimpleExpression.of(m.group(1));
                if (value == null) {
                    return null;
                }
                values.add(value);
                from = m.end();
            }
            texts.add(text.substring(from));
            for (String part : texts) {
                if (part.indexOf('$') >= 0 || part.indexOf('#') >= 0 || part.indexOf('\\') >= 0) {
                    return null; // an expression or an escape this class does not read
                }
            }
            return new Template(texts.toArray(String[]::new), values.toArray(SimpleExpression[]::new));
        }

        /** The rendered text, or null when a value is not a string (JEXL formats it). */
        @Nullable
        String render(SelectionContext context) {
            StringBuilder out = new StringBuilder(texts[0]);
            for (int i = 0; i < values.length; i++) {
                Object value = values[i].resolve(context);
                if (!(value instanceof String s)) {
                    return null;
                }
                out.append(s).append(texts[i + 1]);
            }
            return out.toString();
        }
    }
}
