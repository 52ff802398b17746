package dev.podlint.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.snakeyaml.engine.v2.events.Event;

/**
 * Random block YAML from a small grammar of what Kubernetes manifests use, with edge cases and
 * stray lines mixed in: wherever the fast path accepts a text, its events are SnakeYAML's; and the
 * trees and problems built with the fast path are those built from SnakeYAML's events.
 */
class FastYamlParserProperties {

    @Property(tries = 5000)
    void acceptedTextsHaveSnakeYamlsEvents(
            @ForAll @Size(max = 120) List<@IntRange(min = 0, max = 999) Integer> choices) {
        String text = new Grammar(choices).document();
        List<Event> fast = FastYamlEvents.parse(text);
        Statistics.label("fast path").collect(fast != null ? "accepted" : "declined");
        if (fast != null) {
            assertThat(YamlEventLists.describe(fast))
                    .as("events of%n%s", text)
                    .containsExactlyElementsOf(YamlEventLists.snakeYaml(text));
        }
        assertThat(YamlTrees.describe(new YamlTreeBuilder(YamlLimits.DEFAULT, true).build(text)))
                .as("trees and problems of%n%s", text)
                .containsExactlyElementsOf(
                        YamlTrees.describe(new YamlTreeBuilder(YamlLimits.DEFAULT, false).build(text)));
        Statistics.label("fast path").coverage(c -> c.check("accepted").percentage(p -> p > 10));
    }

    /** Writes YAML, taking each decision from the next choice (0, the simplest, once they run out). */
    static final class Grammar {

        private static final String[] KEYS = {
            "name",
            "a b",
            "x:y",
            "a#b",
            "1",
            "true",
            "null",
            "~",
            "yes",
            "<<",
            "'q k'",
            "\"dq\"",
            "'it''s'",
            "key ",
            "-k",
            "0x1F",
            "\u00e9t\u00e9",
            "k\"q",
            "[k]",
            "a,b",
            "\"e\\\"s\"",
            "'#'",
            "k  "
        };

        private static final String[] PLAIN = {
            "a",
            "hello world",
            "nginx:1.27",
            "http://x.y/z",
            "1",
            "-1",
            "0644",
            "1.5",
            "true",
            "no",
            "null",
            "~",
            "a#b",
            "--flag=x",
            "a:b",
            "x]",
            "{x",
            "\u00fc \u00e9",
            "a  b",
            ".5",
            "1e3",
            "0x1F",
            "2001-12-14",
            "a,b",
            "a'b",
            "a\"b",
            "-",
            ":x",
            "?x",
            "@x",
            "`x",
            "%x",
            "a: b",
            "key:",
            "!x",
            "&x",
            "*x",
            "a\tb"
        };

        private static final String[] QUOTED = {
            "'a'",
            "''",
            "'it''s'",
            "' sp '",
            "'a # b'",
            "'a: b'",
            "'\"'",
            "\"a\"",
            "\"\"",
            "\"a\\\"b\"",
            "\"a\\nb\"",
            "\"a\\\\b\"",
            "\"\\x41\"",
            "\"\\u00e9\"",
            "\"a\\tb\"",
            "\"\\0\"",
            "\"\\/\"",
            "\"\\q\"",
            "\"'\"",
            "\"a # b\"",
            "\"a: b\"",
            "'unterminated",
            "\"a\"b",
            "'a' 'b'",
            // going on over lines: folded, blank lines kept, any indentation, and SnakeYAML's errors
            "'a\n  b'",
            "'a  \n\n   b  c '",
            "'it''s\n''x'''",
            "\"a\\t\n b\"",
            "'\n x'",
            "\"a\n\n\n  \"",
            "'a\n# c\n b'",
            "'a\nb: c'",
            "'a\n---\n b'",
            "'a\n... b'",
            "'a\n...'",
            "'a\n  b' x",
            "'a\n  b' # c",
            "\"a\\\n b\"",
            "'a\n",
            "'a\n  "
        };

        private static final String[] FLOW = {
            "[]",
            "{}",
            "[a, b]",
            "[\"a\", 'b']",
            "[a,b]",
            "[ a , b ]",
            "[a, ]",
            "[a, [b]]",
            "{a: b}",
            "[1.5, x-y]",
            "[ ]",
            "{ }",
            "[a b]",
            "[-x]",
            "[a: b]",
            "['x''y']"
        };

        private static final String[] TRAILERS = {"", "", " ", "   ", " # c", "  #c", "#x", " #"};

        private static final String[] STRAY = {
            "x",
            "- y",
            "# c",
            "z: 1",
            "\t",
            "...",
            "---",
            "  ",
            "&a x: 1",
            "? k",
            "k: *a",
            "!!str s: t",
            "%TAG ! x",
            "\"multi",
            "line\"",
            "a: b: c",
            "- - n",
            "k:\r",
            "\u0085",
            "\u2028",
            "\ufeff",
            "\ud83d\ude00",
            "[a,",
            "b]",
            "k: |",
            "  more",
            "k: >-",
            "- k: v"
        };

        private final List<Integer> choices;
        private int next;
        private final StringBuilder out = new StringBuilder();

        Grammar(List<Integer> choices) {
            this.choices = choices;
        }

        private int pick(int n) {
            return next < choices.size() ? choices.get(next++) % n : 0;
        }

        private String pick(String[] options) {
            return options[pick(options.length)];
        }

        String document() {
            filler(0);
            int column = pick(4) == 0 ? pick(3) : 0;
            if (pick(4) == 0) {
                sequence(column, 0);
            } else {
                mapping(column, 0, false);
            }
            filler(0);
            if (pick(4) == 0) {
                out.append("...")
                        .append(pick(new String[] {"", " ", " # end", "#x", " x"}))
                        .append('\n');
                filler(0);
            }
            if (pick(5) == 0) {
                stray();
            }
            if (pick(3) == 0 && out.length() > 0 && out.charAt(out.length() - 1) == '\n') {
                out.setLength(out.length() - 1);
            }
            return out.toString();
        }

        /** Nothing, a blank line, a line of spaces or a comment line, at some indentation. */
        private void filler(int column) {
            switch (pick(6)) {
                case 1 -> out.append('\n');
                case 2 -> out.append(" ".repeat(pick(6))).append('\n');
                case 3 ->
                    out.append(" ".repeat(Math.max(0, column + pick(5) - 2)))
                            .append("# comment: x")
                            .append('\n');
                default -> {}
            }
        }

        /** A line at a random indentation, often outside the grammar. */
        private void stray() {
            int lineStart = out.lastIndexOf("\n", Math.max(0, out.length() - 2 - pick(200))) + 1;
            out.insert(lineStart, " ".repeat(pick(7)) + pick(STRAY) + "\n");
        }

        private void mapping(int column, int depth, boolean firstInline) {
            int entries = 1 + pick(3);
            for (int i = 0; i < entries; i++) {
                if (i > 0 || !firstInline) {
                    filler(column);
                    out.append(" ".repeat(column));
                }
                out.append(pick(KEYS)).append(':');
                afterKey(column, depth);
            }
        }

        private void sequence(int column, int depth) {
            int entries = 1 + pick(3);
            for (int i = 0; i < entries; i++) {
                filler(column);
                out.append(" ".repeat(column)).append('-');
                afterDash(column, depth);
            }
        }

        private void afterKey(int column, int depth) {
            switch (pick(depth >= 4 ? 6 : 11)) {
                case 0 -> line(" " + pick(PLAIN));
                case 1 -> plainLines(column);
                case 2 -> line(trailer());
                case 3 -> line(" " + pick(QUOTED));
                case 4 -> blockScalar(column);
                case 5 -> line(" " + pick(FLOW));
                case 6, 7 -> {
                    line(trailer());
                    mapping(column + 1 + pick(3), depth + 1, false);
                }
                case 8 -> {
                    line(trailer());
                    sequence(column + pick(3), depth + 1);
                }
                case 9 -> nextLineValue(column);
                default -> {
                    line(trailer());
                    sequence(column, depth + 1);
                }
            }
        }

        private void afterDash(int column, int depth) {
            switch (pick(depth >= 4 ? 6 : 10)) {
                case 0 -> plainLines(column);
                case 1 -> line(trailer());
                case 2 -> line(" " + pick(QUOTED));
                case 3 -> {
                    out.append(' ');
                    blockScalar(column);
                }
                case 4 -> line(" " + pick(FLOW));
                case 5, 6 -> {
                    int spaces = 1 + pick(3);
                    out.append(" ".repeat(spaces));
                    mapping(column + 1 + spaces, depth + 1, true);
                }
                case 7 -> {
                    line(trailer());
                    mapping(column + 1 + pick(3), depth + 1, false);
                }
                case 8 -> nextLineValue(column);
                default -> {
                    line(trailer());
                    sequence(column + 1 + pick(3), depth + 1);
                }
            }
        }

        /** A plain scalar, often going on over more lines (blank ones between), indented around the collection's column. */
        private void plainLines(int column) {
            line(" " + pick(PLAIN));
            for (int i = pick(4); i > 0; i--) {
                for (int blank = pick(3) - 1; blank > 0; blank--) {
                    out.append(" ".repeat(pick(column + 3))).append('\n');
                }
                out.append(" ".repeat(column + pick(4))).append(pick(PLAIN));
                line("");
            }
        }

        /** A scalar or flow collection on the line after its key or '-', at some indentation. */
        private void nextLineValue(int column) {
            line(trailer());
            out.append(" ".repeat(Math.max(0, column + pick(4) - 1)));
            switch (pick(3)) {
                case 0 -> line(pick(PLAIN));
                case 1 -> line(pick(QUOTED));
                default -> line(pick(FLOW));
            }
        }

        private String trailer() {
            return pick(TRAILERS);
        }

        private void line(String text) {
            out.append(text).append(trailer()).append('\n');
        }

        /** A block scalar of a collection at {@code column}: header, lines at and beyond its indentation, blank lines. */
        private void blockScalar(int column) {
            out.append(' ').append(pick(2) == 0 ? '|' : '>');
            String chomping = new String[] {"", "-", "+"}[pick(3)];
            int indent = column + 1 + pick(3);
            if (pick(5) == 0) {
                int indicator = 1 + pick(3);
                out.append(pick(2) == 0 ? indicator + chomping : chomping + indicator);
                indent = Math.max(1, column + indicator + pick(3) - 1);
            } else {
                out.append(chomping);
            }
            out.append(pick(4) == 0 ? " # header" : "").append('\n');
            int lines = pick(5);
            for (int i = 0; i < lines; i++) {
                switch (pick(7)) {
                    case 0 -> out.append('\n');
                    case 1 -> out.append(" ".repeat(pick(indent + 3))).append('\n');
                    case 2 ->
                        out.append(" ".repeat(indent + 1 + pick(3)))
                                .append("more indented ")
                                .append('\n');
                    case 3 ->
                        out.append(" ".repeat(indent)).append("# not a comment").append('\n');
                    default ->
                        out.append(" ".repeat(indent))
                                .append("text ")
                                .append(i)
                                .append(pick(3) == 0 ? "  " : "")
                                .append('\n');
                }
            }
            for (int i = pick(3); i > 0; i--) {
                out.append(pick(2) == 0 ? "" : " ".repeat(pick(indent + 2))).append('\n');
            }
        }
    }
}
