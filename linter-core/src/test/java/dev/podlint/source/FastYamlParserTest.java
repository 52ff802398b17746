package dev.podlint.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.events.Event;

/** What the fast YAML path reads itself (exactly as SnakeYAML does), and what it leaves to SnakeYAML. */
class FastYamlParserTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "# only a comment\n\n",
                "a: 1\n",
                "a: 1",
                "  a: 1\n  b:\n",
                "a:\n  b: c\n  d:\n    - e\n    -\n    - f: g\n      h: i\n",
                "a:\n- b\n- c: d\n  e: f\nz: 1\n",
                "- a\n-\n  - b\n- c:\n  - d\n",
                "'q': 'it''s'\n\"d\": \"a\\\"b\\n\\\\\"\n",
                "a: b # comment\nc: 'd' # comment\n# last",
                "a: |\n  x\n\n  y\n\n\nb: >-\n  p\n  q\n\n   r\nc: |+\n  k\n\n",
                "a: |2\n   x\nb: >\n",
                "a: [x, \"y\", 'z']\nb: []\nc: {}\nd: [ 1.5 , a/b ]\n",
                "key : value\n'q' : v\nurl: http://x:1/y#z\nn: -1\nf: --flag\n",
                "a: \u00e9t\u00e9 \u00fc\n",
                "a: |\n  x",
                "a: |\n",
                "a: b\n  c\n\n   \n  d # e\nf: g\n",
                "- a\n  - b\n  [c]\n- d\n  e",
                "a: 1\n...\n",
                "a:\n  b: |\n    x\n... # end\n\n# more\n",
                "a:\n  {}\nb:\n    'x'\nc:\n - [y]\n -\n   z\n",
                "a: >\n  x\n  ",
                "a: 'b\n  c'\n",
                "a: \"x  \n\n\n   y z \"  # c\nb: 1\n",
                "a: '\n  b'\n",
                "a: '# not a comment\n  # nor this'\n",
                "a: \"\\t\n  x\"\nb: 'it''s\n\n  over'\n"
            })
    void readsItsSubsetAsSnakeYamlDoes(String text) {
        List<Event> fast = FastYamlEvents.parse(text);
        assertThat(fast).as("the fast path reads%n%s", text).isNotNull();
        assertThat(YamlEventLists.describe(fast)).containsExactlyElementsOf(YamlEventLists.snakeYaml(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a: &x 1\nb: *x\n", // anchor, alias
                "a: !!str 1\n", // tag
                "? a\n: b\n", // complex key
                "<<: {a: 1}\n", // flow mapping that is not empty
                "a: 1\n...\nb: 2\n", // a document after the document end
                "...\n", // a document end before any document
                "a: 1\n... x\n", // text after the document end marker
                "a:\n  |\n  x\n", // a block scalar on the line after its key
                "%YAML 1.2\n---\na: 1\n", // directive
                "---\na: 1\n", // document start
                "a:\n\tb: 1\n", // tab in indentation
                "a:\t1\n", // tab as separation
                "a: 1\r\nb: 2\r\n", // carriage return
                "a: b\n  c: d\n", // a key in a plain scalar's next line
                "a: 'b\n---\n  c'\n", // a document separator inside quotes (SnakeYAML's error)
                "a: 'b\n... c'\n", // a document end marker inside quotes (SnakeYAML's error)
                "a: 'b\n\n", // the end of the text inside quotes
                "a: 'b\n  c' d\n", // text after a quoted scalar that went on over lines
                "a: 'b\n  c': d\n", // a quoted key over lines
                "a: \"b\\\n  c\"\n", // an escaped line break
                "a: \"\\x41\"\n", // hexadecimal escape
                "a: \"\\u00e9\"\n", // unicode escape
                "a: \"\\q\"\n", // unknown escape (SnakeYAML's error)
                "a: b\u0085c\n", // NEL
                "a: b\u2028c\n", // line separator
                "a: b\ufeffc\n", // byte order mark inside
                "a: \ud83d\ude00\n", // astral character (a surrogate pair)
                "a: b\u0007\n", // control character
                "a: b: c\n", // ": " in a plain value
                "a: b:\n", // a plain value ending with ':'
                "a: - b\n", // a sequence entry after a key
                "- - a\n", // nested compact sequence
                "a: [b, [c]]\n", // nested flow
                "a: [b,\n  c]\n", // flow over lines
                "a: [b, ]\n", // trailing comma
                "a: {b: c}\n", // flow mapping with an entry
                "a: \"b\"c\n", // text after a quoted scalar
                "a: |", // block scalar header at the end of the text
                "a: |0\n  x\n", // indentation indicator 0
                "a: |x\n  y\n", // bad block scalar header
                "a: |\n    \n  x\n", // leading blank line with more spaces than the first line
                "plain scalar\n", // a document that is a scalar
                "[a, b]\n", // a document that is a flow collection
                "a: 1\n  b: 2\n", // more indented line after a value
                "a:\n  b: 1\n c: 2\n", // dedent to no open level
                "- a\nb: 1\n", // key at a sequence's column
                "a: 1\n- b\n", // entry at a mapping's column
                "@a: 1\n", // reserved indicator
                "a: `b`\n", // reserved indicator
                "a: %b\n", // directive indicator in a value
                "-a: 1\n" // plain key starting with an indicator
            })
    void leavesEverythingElseToSnakeYaml(String text) {
        assertThat(FastYamlEvents.parse(text))
                .as("the fast path declines%n%s", text)
                .isNull();
    }

    @org.junit.jupiter.api.Test
    void leavesLongSimpleKeysToSnakeYaml() {
        assertThat(FastYamlEvents.parse("k".repeat(1001) + ": v\n")).isNull();
        assertThat(FastYamlEvents.parse("k".repeat(1000) + ": v\n")).isNotNull();
    }
}
