package dev.podlint.preset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.source.Document;
import dev.podlint.source.MappingNode;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

class YamlWriterTest {

    private static MappingNode reload(String yaml) {
        List<Document> documents = Manifests.load("written.yaml", yaml);
        assertThat(documents).hasSize(1);
        return documents.get(0).object();
    }

    @Test
    void stringsKubectlWouldRetypeAreQuoted() {
        for (String s : List.of(
                "yes",
                "no",
                "on",
                "Off",
                "y",
                "N",
                "true",
                "null",
                "~",
                "0644",
                "1.10",
                "1e3",
                "0x1F",
                "1_000",
                ".inf",
                "2020-01-02",
                "",
                " lead",
                "trail ",
                "a: b",
                "a #b",
                "#x",
                "- x",
                "*ref",
                "&a",
                "!tag",
                "|",
                ">",
                "'q'",
                "\"q\"",
                "%x",
                "@x",
                "`x",
                "<<",
                "...",
                "x:",
                "tab\there",
                "line\nbreak",
                "é",
                "\u0085")) {
            String yaml = "value: " + YamlWriter.string(s) + "\n";
            assertThat(reload(yaml).get("value")).as(yaml).isEqualTo(s);
        }
        assertThat(YamlWriter.string("nginx:1.27")).isEqualTo("nginx:1.27");
        assertThat(YamlWriter.string("/cache")).isEqualTo("/cache");
        assertThat(YamlWriter.string("6379")).isEqualTo("\"6379\"");
    }

    @Property(tries = 300)
    void anyStringSurvivesARoundTrip(@ForAll String s) {
        String yaml = YamlWriter.string("key " + s) + ": " + YamlWriter.string(s) + "\n";
        MappingNode back = reload(yaml);
        assertThat(back).containsEntry("key " + s, s);
    }

    @Property(tries = 200)
    void asciiStringsSurviveARoundTrip(
            @ForAll
                    @Chars({' ', ':', '#', '-', '\'', '"', '\\', '{', '}', '[', ']', ','})
                    @CharRange(from = 'a', to = 'c')
                    @CharRange(from = '0', to = '9')
                    String s) {
        assertThat(reload("v: " + YamlWriter.string(s) + "\n").get("v")).isEqualTo(s);
    }

    @Test
    void documentsReloadToTheSameTreeWithTopLevelKeysOrdered() {
        String yaml = """
                spec:
                  containers:
                    - name: web
                      image: nginx
                      args: ["yes", "0644", 1.5, true, null]
                      env: []
                      resources: {}
                      nested:
                        - - a
                          - b
                        - {}
                kind: Pod
                extra: 1
                metadata:
                  name: web
                  annotations:
                    when: "2020-01-02"
                    note: "multi\\nline"
                apiVersion: v1
                """;
        MappingNode original = reload(yaml);
        String written = YamlWriter.document(original);
        assertThat(written)
                .startsWith("apiVersion: v1\nkind: Pod\nmetadata:\n")
                .contains("\nspec:\n")
                .endsWith("extra: 1\n");
        assertThat(NodeEquality.equal(reload(written), original)).as(written).isTrue();
    }

    @Test
    void textsOfSeveralLinesAreLiteralBlocksThatReadBackExactly() {
        String yaml = """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: web
                  annotations:
                    clip: "line one\\nline two\\n"
                    strip: "no newline\\nat the end"
                    keep: "two\\n\\n"
                    inner: "a\\n\\nb\\n"
                    indented: "  starts with spaces\\nx"
                    crlf: "a\\r\\nb"
                spec:
                  containers:
                    - name: web
                      args: ["first\\nsecond\\n"]
                """;
        MappingNode original = reload(yaml);
        String written = YamlWriter.document(original);
        assertThat(written)
                .contains("    clip: |\n      line one\n      line two\n")
                .contains("    strip: |-\n      no newline\n      at the end\n")
                .contains("    keep: |+\n      two\n\n")
                .contains("    inner: |\n      a\n\n      b\n")
                .contains("indented: \"  starts with spaces\\nx\"")
                .contains("crlf: \"a\\r\\nb\"")
                .contains("- |\n          first\n          second\n");
        assertThat(NodeEquality.equal(reload(written), original)).as(written).isTrue();
    }

    @Property(tries = 300)
    void multiLineTextsSurviveADocumentRoundTrip(
            @ForAll @Chars({' ', '\n', ':', '#', '-', '|', '\t'}) @CharRange(from = 'a', to = 'c') String s) {
        MappingNode original = reload("kind: ConfigMap\ndata:\n  v: " + YamlWriter.string(s) + "\n");
        MappingNode back = reload(YamlWriter.document(original));
        assertThat(back.mapping("data").get("v"))
                .as(YamlWriter.document(original))
                .isEqualTo(s);
    }
}
