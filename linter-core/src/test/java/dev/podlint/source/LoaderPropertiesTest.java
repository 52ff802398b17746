package dev.podlint.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** The loader never throws: any bytes become documents and/or problems. */
class LoaderPropertiesTest {

    private static final String SEED = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              labels: &l {app: web}
            spec:
              template:
                metadata:
                  labels: *l
                spec:
                  containers:
                    - name: web
                      image: "nginx:1.27"
                      args: [--port, '8080']
                      env:
                        - {name: A, value: yes}
                      command:
                        - |
                          echo hi
            ---
            kind: List
            items: [{kind: ConfigMap, data: {a: 0644}}]
            """;

    private final ManifestLoader loader = new ManifestLoader(new YamlLimits(1 << 20, 200, 100, 100_000));

    @Property(tries = 500)
    void randomBytesNeverThrow(@ForAll @Size(max = 400) byte[] bytes) {
        LoadedFile file = loader.load("r.yaml", bytes);
        assertThat(file).isNotNull();
    }

    @Property(tries = 500)
    void randomYamlishTextNeverThrows(@ForAll("yamlish") String text) {
        LoadedFile file = loader.loadText("r.yaml", text);
        file.problems().forEach(p -> assertThat(p.span().line()).isPositive());
    }

    /** Up to three edits applied one after another: the text after each edit is loaded and checked. */
    @Property(tries = 1000)
    void mutatedManifestsNeverThrow(@ForAll("edits") List<Edit> edits) {
        String previous = SEED;
        for (Edit edit : edits) {
            String text = edit.applyTo(previous);
            previous = text;
            LoadedFile file = loader.load("m.yaml", text.getBytes(StandardCharsets.UTF_8));
            for (Document d : file.documents()) {
                assertThat(d.root().span().line())
                        .as("document %d of%n%s", d.index(), text)
                        .isPositive();
            }
            file.problems()
                    .forEach(p -> assertThat(p.span().line())
                            .as("%s in%n%s", p.message(), text)
                            .isPositive());
        }
    }

    /** Replaces {@code deleteLength} characters at {@code position} (both bounded by the text) by {@code insert}. */
    record Edit(int position, String insert, int deleteLength) {
        String applyTo(String text) {
            int start = Math.min(position, text.length());
            int end = Math.min(text.length(), start + deleteLength);
            return text.substring(0, start) + insert + text.substring(end);
        }
    }

    @Provide
    Arbitrary<String> yamlish() {
        return Arbitraries.strings()
                .withChars(":-[]{}&*!|>'\"#,?%@` \n\tabc0123<=~.")
                .ofMaxLength(200);
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, SEED.length());
        Arbitrary<String> insert = Arbitraries.of(
                "",
                ":",
                "- ",
                "  ",
                "\t",
                "[",
                "]",
                "{",
                "}",
                "&x ",
                "*x",
                "*l",
                "<<: *l\n",
                "\n",
                "'",
                "\"",
                "|",
                ">",
                "? ",
                "!!int ",
                "%YAML 1.1\n",
                "---\n",
                "...\n",
                "\u0000",
                "\u00e9",
                "#");
        Arbitrary<Integer> deleteLength = Arbitraries.integers().between(0, 5);
        return Combinators.combine(position, insert, deleteLength)
                .as(Edit::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(3);
    }
}
