package dev.podlint.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.podlint.fixtures.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.events.Event;

/**
 * Wherever the fast YAML path accepts a kubectl piece of a real file, its events are SnakeYAML's,
 * marks included, and the trees and problems built from them straight (without event objects) are
 * those built from SnakeYAML's events; and it accepts most pieces of real manifests.
 */
class FastYamlDifferentialTest {

    /** A synthetic corpus of manifests to compare too, when the property names one. */
    private static final String SYNTHETIC = "podlint.fastyaml.corpus";

    @Test
    void testdataEventsAreSnakeYamls() throws IOException {
        Share share = compareAll(TestPaths.testdata(), false);
        System.out.println("fast YAML path, testdata: " + share);
        assertThat(share.accepted).isGreaterThan(share.chunks / 2);
    }

    @Test
    void sharedCorpusEventsAreSnakeYamls() throws IOException {
        assumeTrue(TestPaths.sharedAvailable(), "../shared/corpus is not here");
        Share share = compareAll(TestPaths.shared().resolve("corpus"), true);
        System.out.println("fast YAML path, ../shared/corpus: " + share);
        assertThat(share.accepted).isGreaterThan(share.chunks * 9 / 10);
    }

    @Test
    void syntheticCorpusEventsAreSnakeYamls() throws IOException {
        String configured = System.getProperty(SYNTHETIC);
        assumeTrue(configured != null, "no synthetic corpus named by -D" + SYNTHETIC);
        Share share = compareAll(Path.of(configured), true);
        System.out.println("fast YAML path, " + configured + ": " + share);
    }

    private static Share compareAll(Path root, boolean everyFile) throws IOException {
        Share share = new Share();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> everyFile || isYaml(p))
                    .sorted()
                    .toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            String text = TextDecoding.decode(Files.readAllBytes(file)).text();
            if (text != null) {
                compareChunks(file.toString(), text, share);
                assertThat(YamlTrees.describe(new YamlTreeBuilder(YamlLimits.DEFAULT, true).build(text)))
                        .as("%s: trees built on the fast path", file)
                        .containsExactlyElementsOf(
                                YamlTrees.describe(new YamlTreeBuilder(YamlLimits.DEFAULT, false).build(text)));
            }
        }
        return share;
    }

    private static boolean isYaml(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    static void compareChunks(String name, String text, Share share) {
        for (KubectlChunks.Chunk chunk : KubectlChunks.split(text)) {
            if (chunk.badSeparator()) {
                continue;
            }
            String piece = text.substring(chunk.start(), chunk.end());
            share.chunks++;
            List<Event> fast = FastYamlEvents.parse(piece);
            if (fast != null) {
                share.accepted++;
                assertThat(YamlEventLists.describe(fast))
                        .as("%s, the piece from line %d", name, chunk.firstLine() + 1)
                        .containsExactlyElementsOf(YamlEventLists.snakeYaml(piece));
            }
        }
    }

    static final class Share {
        int chunks;
        int accepted;

        @Override
        public String toString() {
            return accepted + " of " + chunks + " pieces took the fast path ("
                    + (chunks == 0 ? 0 : accepted * 1000L / chunks / 10.0) + "%)";
        }
    }
}
