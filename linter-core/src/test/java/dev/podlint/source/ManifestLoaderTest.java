package dev.podlint.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ManifestLoaderTest {

    private final ManifestLoader loader = new ManifestLoader();

    private LoadedFile load(String text) {
        return loader.loadText("t.yaml", text);
    }

    @Test
    void everyNodeKeepsItsStartAndEnd() {
        LoadedFile file = load("""
                apiVersion: v1
                kind: Pod
                spec:
                  containers:
                    - name: web
                      ports:
                        - containerPort: "80"
                """);
        Document doc = file.documents().get(0);
        YamlNode port = doc.nodeAt("/spec/containers/0/ports/0/containerPort");
        assertThat(port.span()).isEqualTo(new Span(7, 26, 7, 30));
        assertThat(doc.keySpanOf("/spec/containers/0/ports/0/containerPort")).isEqualTo(new Span(7, 11, 7, 24));
        // A container in a list starts at its first key, on the "- name:" line.
        assertThat(doc.nodeAt("/spec/containers/0").span().line()).isEqualTo(5);
        assertThat(doc.nodeAt("/spec/containers/0").span().column()).isEqualTo(7);
    }

    @Test
    void aMissingFieldPointsAtTheMappingThatShouldHoldIt() {
        Document doc = load("""
                spec:
                  containers:
                    - name: web
                      image: nginx
                """).documents().get(0);
        assertThat(doc.spanOf("/spec/containers/0/livenessProbe")).isEqualTo(Span.point(3, 7));
    }

    @Test
    void documentsBeforeASyntaxErrorAreKept() {
        LoadedFile file = load("""
                kind: A
                ---
                kind: B
                ---
                kind: [C
                """);
        assertThat(file.documents()).extracting(Document::kind).containsExactly("A", "B");
        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.type()).isEqualTo(LoadProblem.Type.SYNTAX);
            assertThat(p.documentIndex()).isEqualTo(2);
            assertThat(p.span().line()).isEqualTo(5);
        });
    }

    @Test
    void duplicateKeysPointAtTheLaterOccurrenceAndKeepTheLastValueAsKubectlDoes() {
        LoadedFile file = load("""
                metadata:
                  name: a
                  name: b
                """);
        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.type()).isEqualTo(LoadProblem.Type.DUPLICATE_KEY);
            assertThat(p.span()).isEqualTo(new Span(3, 3, 3, 7));
            assertThat(p.pointer()).isEqualTo("/metadata/name");
            assertThat(p.message()).contains("keeps this last value", "drops the one at line 2");
        });
        assertThat(file.documents().get(0).name()).isEqualTo("b");
    }

    @Test
    void duplicateKeysInJson() {
        LoadedFile file = loader.load("t.json", """
                {"kind": "ServiceAccount", "metadata": {"name": "a"}, "metadata": {"name": "b"}}
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(file.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.type()).isEqualTo(LoadProblem.Type.DUPLICATE_KEY));
    }

    @Test
    void mergeKeysCopyEntriesAndExplicitKeysWin() {
        MappingNode annotations = load("""
                base: &b {a: "1", b: "2"}
                annotations:
                  <<: *b
                  b: "3"
                """).documents().get(0).object().mapping("annotations");
        assertThat(annotations).containsOnlyKeys("a", "b");
        assertThat(annotations.get("a")).isEqualTo("1");
        assertThat(annotations.get("b")).isEqualTo("3");
    }

    @Test
    void keysAreStringifiedAsKubectlDoes() {
        MappingNode data =
                load("data:\n  on: x\n  1: y\n").documents().get(0).object().mapping("data");
        assertThat(data.keySet()).containsExactly("true", "1");
    }

    @Test
    void listKindIsUnpackedWithPointersIntoItems() {
        LoadedFile file = load("""
                apiVersion: v1
                kind: List
                items:
                  - kind: ConfigMap
                    metadata: {name: a}
                  - kind: Secret
                    metadata: {name: b}
                """);
        assertThat(file.documents()).extracting(Document::kind).containsExactly("ConfigMap", "Secret");
        assertThat(file.documents().get(1).pointer("/metadata")).isEqualTo("/items/1/metadata");
    }

    @Test
    void emptyDocumentsAreSkippedButKeepTheirIndex() {
        LoadedFile file = load("---\n# nothing\n---\nkind: A\n---\n");
        assertThat(file.documents())
                .singleElement()
                .satisfies(d -> assertThat(d.index()).isEqualTo(1));
        assertThat(file.yamlDocuments()).isEqualTo(1);
    }

    @Test
    void aliasBombIsStoppedWithAFinding() {
        StringBuilder bomb =
                new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [");
            bomb.append(String.join(
                    ",", List.of("*" + p, "*" + p, "*" + p, "*" + p, "*" + p, "*" + p, "*" + p, "*" + p, "*" + p)));
            bomb.append("]\n");
        }
        LoadedFile file = load(bomb.toString());
        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.type()).isEqualTo(LoadProblem.Type.SYNTAX);
            assertThat(p.message()).contains("excessive aliasing", "kubectl");
        });
    }

    @Test
    void deepNestingIsStoppedWithAFindingNotAStackOverflow() {
        String deep = "[".repeat(200_000) + "]".repeat(200_000);
        LoadedFile file = load(deep);
        assertThat(file.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("nesting is deeper than 1000"));
        String deepBlock = "a:\n" + "  b:\n".repeat(0) + buildBlockNesting(1500);
        assertThat(load(deepBlock).problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("nesting"));
    }

    private static String buildBlockNesting(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            sb.append("  ".repeat(i + 1)).append("k").append(i).append(":\n");
        }
        return sb.toString();
    }

    @Test
    void recursiveAliasIsAnError() {
        LoadedFile file = load("a: &x [1, *x]\n");
        assertThat(file.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("contains it"));
    }

    @Test
    void binaryAndNonUtf8FilesAreReportedNotParsed() {
        LoadedFile binary = loader.load("b.bin", new byte[] {'k', 'i', 'n', 'd', 0, 1, 2});
        assertThat(binary.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("binary"));
        LoadedFile latin1 = loader.load("l.yaml", "a: b\nc: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(latin1.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("not valid UTF-8");
            assertThat(p.span()).isEqualTo(Span.point(2, 7));
        });
    }

    @Test
    void utf16WithBomIsText() {
        byte[] bytes = "\uFEFFkind: Pod\n".getBytes(StandardCharsets.UTF_16BE);
        LoadedFile file = loader.load("u.yaml", bytes);
        assertThat(file.problems()).isEmpty();
        assertThat(file.documents().get(0).kind()).isEqualTo("Pod");
    }

    @Test
    void oversizedFilesAreReported() {
        ManifestLoader small = new ManifestLoader(new YamlLimits(100, 10, 10, 1000));
        LoadedFile file = small.load("big.yaml", new byte[200]);
        assertThat(file.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("over the limit"));
    }

    @Test
    void controlCharactersAreReportedWhereTheyAre() {
        LoadedFile file = load("a: b\nc: d\u0007\n");
        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.span().line()).isEqualTo(2);
            assertThat(p.message()).contains("U+0007");
        });
    }

    @Test
    void aMergeKeyAfterAnExplicitKeyOverridesItAsGoYamlDoes() {
        MappingNode data = load("""
                data:
                  b: x
                  <<: {b: 1, c: merged}
                """).documents().get(0).object().mapping("data");
        assertThat(data.get("b")).isEqualTo(1L);
        assertThat(data.get("c")).isEqualTo("merged");
    }

    @Test
    void anExplicitKeyAfterAMergeKeyWinsAndIsNoDuplicate() {
        LoadedFile file = load("""
                defaults: &d {b: x}
                data:
                  <<: *d
                  b: later
                """);
        assertThat(file.problems()).isEmpty();
        assertThat(file.documents().get(0).object().mapping("data").get("b")).isEqualTo("later");
    }

    @Test
    void earlierMappingsOfAMergeListWin() {
        MappingNode data = load("""
                data:
                  <<: [{b: first}, {b: second, c: z}]
                """).documents().get(0).object().mapping("data");
        assertThat(data.get("b")).isEqualTo("first");
        assertThat(data.get("c")).isEqualTo("z");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "yes|true",
                "On|true",
                "no|false",
                "1.10|1.1",
                "0644|420",
                "1e3|1000",
                "1e6|1e+06",
                "3.14159265|3.1415927",
                "0x1F|31",
                "True|true"
            })
    void plainKeysKubectlRetypesAreReportedWithTheTextItSends(String written, String sent) {
        LoadedFile file = load("data:\n  " + written + ": v\n");
        assertThat(file.documents().get(0).object().mapping("data").keySet()).containsExactly(sent);
        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.type()).isEqualTo(LoadProblem.Type.KEY_RETYPED);
            assertThat(p.message()).contains("\"" + sent + "\"");
            assertThat(p.span().line()).isEqualTo(2);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"yes\"", "'1.10'", "true", "false", "12", "-3", "1.5", "plain"})
    void keysKubectlSendsAsWrittenAreNotReported(String written) {
        assertThat(load("data:\n  " + written + ": v\n").problems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"~", "null", "18446744073709551615"})
    void keysKubectlCannotConvertAreSyntaxErrors(String written) {
        assertThat(load("data:\n  " + written + ": v\n").problems())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.type()).isEqualTo(LoadProblem.Type.SYNTAX);
                    assertThat(p.message()).contains("unsupported map key");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"--- {kind: ConfigMap}", "--- !!map", "---x", "----"})
    void textAfterTheSeparatorOnItsLineStopsKubectl(String separator) {
        LoadedFile file =
                load("kind: ConfigMap\nmetadata: {name: a}\n---\nkind: Secret\n" + separator + "\nkind: Pod\n");
        assertThat(file.documents()).extracting(Document::kind).containsExactly("ConfigMap");
        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.type()).isEqualTo(LoadProblem.Type.SYNTAX);
            assertThat(p.message()).contains("invalid document separator").doesNotContain("ConfigMap");
            assertThat(p.span().line()).isEqualTo(5);
        });
    }

    @Test
    void aSeparatorWithACommentIsFine() {
        LoadedFile file = load("kind: ConfigMap\n--- # next\nkind: Secret\n");
        assertThat(file.problems()).isEmpty();
        assertThat(file.documents()).extracting(Document::kind).containsExactly("ConfigMap", "Secret");
        assertThat(file.documents().get(1).root().span().line()).isEqualTo(3);
    }

    @Test
    void aDirectiveIsCutFromItsDocumentByKubectlAndFails() {
        LoadedFile file = load("%YAML 1.1\n---\nkind: ConfigMap\n");
        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.type()).isEqualTo(LoadProblem.Type.SYNTAX);
            assertThat(p.span().line()).isEqualTo(1);
        });
        assertThat(file.documents()).isEmpty();
    }

    @Test
    void textAfterADocumentEndMarkerIsIgnoredAsKubectlIgnoresIt() {
        LoadedFile file = load("kind: ConfigMap\n...\nthis: [is never read\n---\nkind: Secret\n");
        assertThat(file.problems()).isEmpty();
        assertThat(file.documents()).extracting(Document::kind).containsExactly("ConfigMap", "Secret");
    }

    @Test
    void documentsAreNumberedAsKubectlCutsTheFile() {
        LoadedFile file = load("# only a comment\n---\nkind: ConfigMap\n---\n---\nkind: Secret\n");
        assertThat(file.documents()).extracting(Document::index).containsExactly(1, 2);
        assertThat(file.documents().get(1).root().span().line()).isEqualTo(6);
    }

    @Test
    void aliasesThatMakeUpNearlyAllOfADocumentAreRefusedAsGoYamlRefusesThem() {
        // each alias brings 201 nodes: 300 of them make 99.2% of the document (go-yaml allows 99%)
        String base = "base: &b [" + "x, ".repeat(199) + "x]\nitems:\n";
        assertThat(load(base + "  - *b\n".repeat(300)).problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("excessive aliasing", "kubectl"));
        assertThat(load(base + "  - *b\n".repeat(20)).problems()).isEmpty();
    }

    @Test
    void theExpandedNodeBoundHoldsBelowGoYamlsAliasRatio() {
        ManifestLoader bounded = new ManifestLoader(new YamlLimits(1 << 20, 100, 1000, 500));
        String base = "base: &b [" + "x, ".repeat(99) + "x]\nitems:\n";
        LoadedFile file = bounded.loadText("t.yaml", base + "  - *b\n".repeat(5));
        assertThat(file.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("expands to more than 500 nodes"));
        assertThat(bounded.loadText("t.yaml", base + "  - *b\n".repeat(3)).problems())
                .isEmpty();
    }
}
