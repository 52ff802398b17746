package dev.podlint.rule;

import dev.podlint.util.Once;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlInfo;
import org.apache.commons.jexl3.JexlScript;

/**
 * A {@code message} or {@code pointAt} template: text with {@code ${expression}} (or
 * {@code #{expression}}) placeholders, {@code \$} and {@code \#} for the characters themselves.
 * Each placeholder is compiled as a rule expression, under the same restricted syntax as
 * {@code assert} (JEXL's own template engine parses placeholders without those restrictions), and
 * what is compiled here is exactly what runs.
 */
final class RuleTemplate {

    private final String source;
    private final Once<Parts> parts;

    /**
     * The compiled template.
     *
     * @param texts  literal texts around the scripts: {@code texts.size() == scripts.size() + 1}
     * @param starts where each script's text starts in the template
     */
    private record Parts(List<String> texts, List<JexlScript> scripts, List<Integer> starts) {}

    /** A placeholder's script, its text and where that starts in the template. */
    record Placeholder(JexlScript script, String text, int start) {}

    private RuleTemplate(String source, Once<Parts> parts) {
        this.source = source;
        this.parts = parts;
    }

    /** Thrown for a template that does not compile; the message says why. */
    static final class InvalidTemplate extends RuntimeException {
        InvalidTemplate(String message) {
            super(message, null, false, false);
        }
    }

    static RuleTemplate compile(JexlEngine jexl, JexlInfo info, String source) {
        return new RuleTemplate(source, Once.of(parse(jexl, info, source)));
    }

    /**
     * A template compiled when it is first rendered: most are messages of findings that a clean file
     * never has. For built-in rules only, which the build compiles ({@link InvalidTemplate} then).
     */
    static RuleTemplate deferred(Supplier<JexlEngine> jexl, JexlInfo info, String source) {
        return new RuleTemplate(source, new Once<>(() -> parse(jexl.get(), info, source)));
    }

    private Parts parts() {
        return parts.get();
    }

    private static Parts parse(JexlEngine jexl, JexlInfo info, String source) {
        List<String> texts = new ArrayList<>();
        List<JexlScript> scripts = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\' && i + 1 < source.length() && (source.charAt(i + 1) == '$' || source.charAt(i + 1) == '#')) {
                text.append(source.charAt(i + 1));
                i += 2;
            } else if ((c == '$' || c == '#') && i + 1 < source.length() && source.charAt(i + 1) == '{') {
                int end = closingBrace(source, i + 2);
                String expression = source.substring(i + 2, end);
                if (expression.isBlank()) {
                    throw new InvalidTemplate("empty placeholder at column " + (i + 1));
                }
                try {
                    scripts.add(jexl.createScript(RuleExpressions.features(), info, expression));
                } catch (JexlException e) {
                    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    throw new InvalidTemplate("placeholder '" + expression + "': " + message.replaceAll("\\s+", " "));
                }
                starts.add(i + 2);
                texts.add(text.toString());
                text.setLength(0);
                i = end + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        texts.add(text.toString());
        return new Parts(List.copyOf(texts), List.copyOf(scripts), List.copyOf(starts));
    }

    /** The index of the brace that closes a placeholder whose expression starts at {@code from}. */
    private static int closingBrace(String source, int from) {
        int depth = 0;
        int i = from;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = endOfString(source, i);
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
            i++;
        }
        throw new InvalidTemplate("placeholder at column " + (from - 1) + " is not closed by '}'");
    }

    private static int endOfString(String source, int start) {
        char quote = source.charAt(start);
        for (int i = start + 1; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        throw new InvalidTemplate("string at column " + (start + 1) + " is not closed by " + quote);
    }

    String source() {
        return source;
    }

    List<JexlScript> scripts() {
        return parts().scripts();
    }

    List<Placeholder> placeholders() {
        Parts all = parts();
        List<Placeholder> out = new ArrayList<>();
        for (int i = 0; i < all.scripts().size(); i++) {
            int start = all.starts().get(i);
            out.add(new Placeholder(all.scripts().get(i), all.scripts().get(i).getSourceText(), start));
        }
        return out;
    }

    Set<List<String>> variables() {
        Set<List<String>> variables = new LinkedHashSet<>();
        for (JexlScript script : parts().scripts()) {
            variables.addAll(script.getVariables());
        }
        return variables;
    }

    /** The rendered text, each placeholder's value by {@code evaluate}; a lone placeholder's null is empty. */
    String render(java.util.function.Function<JexlScript, Object> evaluate) {
        List<String> texts = parts().texts();
        List<JexlScript> scripts = parts().scripts();
        StringBuilder out = new StringBuilder(texts.get(0));
        for (int i = 0; i < scripts.size(); i++) {
            Object value = evaluate.apply(scripts.get(i));
            if (value != null) {
                out.append(value);
            }
            out.append(texts.get(i + 1));
        }
        return out.toString();
    }
}
