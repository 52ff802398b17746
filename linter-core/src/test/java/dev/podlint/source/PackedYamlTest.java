package dev.podlint.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PackedYamlTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev/podlint/rules/", "dev/podlint/enums/"})
    void theBuildPacksEachBundledFolderAsTheLoaderParsesIt(String folder) throws IOException {
        try (InputStream packed = getClass().getClassLoader().getResourceAsStream(folder + BundledYaml.PACKED)) {
            assertThat(packed)
                    .as("the build wrote " + folder + BundledYaml.PACKED)
                    .isNotNull();
        }
        List<PackedYaml.File> parsed = BundledYaml.parse(
                BundledYaml.yamlFiles(getClass().getClassLoader().getResource(folder), folder));

        List<PackedYaml.File> bundled = BundledYaml.folder(folder);

        assertThat(bundled).extracting(PackedYaml.File::name).isEqualTo(names(parsed));
        for (int i = 0; i < parsed.size(); i++) {
            assertThat(bundled.get(i).text()).isEqualTo(parsed.get(i).text());
            assertThat(describe(bundled.get(i).root()))
                    .isEqualTo(describe(parsed.get(i).root()));
        }
    }

    @Test
    void everyScalarTypeSpanAndDuplicateKeySurvivesARoundTrip() {
        String text = """
                name: "quoted ü ✓"
                plain: text
                count: -42
                big: 123456789012345678901234567890
                ratio: 2.5
                flag: true
                off: false
                nothing: null
                tilde: ~
                empty: {}
                none: []
                block: |
                  line one
                  line two
                list:
                  - a
                  - {k: v}
                  - [1, 2]
                count: 7
                """;
        YamlNode root = new ManifestLoader()
                .loadText("all.yaml", text)
                .documents()
                .get(0)
                .root();
        assertThat(((MappingNode) root).duplicates())
                .as("the input has a duplicate key")
                .hasSize(1);

        List<PackedYaml.File> back =
                PackedYaml.unpack(PackedYaml.pack(List.of(new PackedYaml.File("all.yaml", text, root))));

        assertThat(back).singleElement().satisfies(file -> {
            assertThat(file.name()).isEqualTo("all.yaml");
            assertThat(file.text()).isEqualTo(text);
            assertThat(describe(file.root())).isEqualTo(describe(root));
        });
    }

    private static List<String> names(List<PackedYaml.File> files) {
        return files.stream().map(PackedYaml.File::name).toList();
    }

    /** Every span, key, scalar text, type, value (with its Java class) and plain flag, in order. */
    private static List<String> describe(YamlNode node) {
        List<String> out = new ArrayList<>();
        describe(node, "", out);
        return out;
    }

    private static void describe(YamlNode node, String path, List<String> out) {
        if (node instanceof ScalarNode scalar) {
            Object value = scalar.value();
            out.add(path + " " + scalar.span() + " scalar " + scalar.type() + " plain=" + scalar.plain() + " text="
                    + scalar.text() + " value=" + value + " ("
                    + (value == null ? "null" : value.getClass().getName())
                    + ")");
        } else if (node instanceof MappingNode mapping) {
            out.add(path + " " + mapping.span() + " mapping");
            for (MappingNode.Entry entry : mapping.entries()) {
                out.add(path + "/" + entry.key() + " key at " + entry.keySpan());
                describe(entry.value(), path + "/" + entry.key(), out);
            }
            Map<String, Integer> seen = new TreeMap<>();
            for (MappingNode.Entry duplicate : mapping.duplicates()) {
                String at = path + "/" + duplicate.key() + "#dup" + seen.merge(duplicate.key(), 1, Integer::sum);
                out.add(at + " key at " + duplicate.keySpan());
                describe(duplicate.value(), at, out);
            }
        } else {
            SequenceNode sequence = (SequenceNode) node;
            out.add(path + " " + sequence.span() + " sequence");
            Iterator<YamlNode> items = sequence.nodes().iterator();
            for (int i = 0; items.hasNext(); i++) {
                describe(items.next(), path + "/" + i, out);
            }
        }
    }
}
