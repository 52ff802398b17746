package dev.podlint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.fixtures.TestPaths;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The packages of podlint-core depend on each other one way only, as README.md's Layout section
 * draws them: no cycle, and no package uses one drawn above it.
 */
class PackageStructureTest {

    private static final String START = "<!-- package-layers:start -->";
    private static final String END = "<!-- package-layers:end -->";
    /** A layer line: package names separated by ", ", then two spaces or more and what they hold. */
    private static final Pattern LAYER = Pattern.compile("^([a-z][a-z.]*(?:, [a-z][a-z.]*)*)\\s{2,}\\S.*$");

    private static PackageDependencies core() throws URISyntaxException {
        Path classes = Path.of(
                Linter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return PackageDependencies.of(classes, "dev.podlint");
    }

    @Test
    void noPackageOfTheCoreIsInACycle() throws URISyntaxException {
        assertThat(core().cycles())
                .as("package cycles (a path back to its start)")
                .isEmpty();
    }

    @Test
    void noFeatureIsInACycleWithItsSubpackagesCountedAsOne() throws URISyntaxException {
        assertThat(core().grouped("dev.podlint").cycles())
                .as("cycles between dev.podlint.X.* groups")
                .isEmpty();
    }

    @Test
    void everyPackageUsesOnlyPackagesOnItsLayerOrBelowInTheReadmeDiagram() throws Exception {
        Map<String, Integer> layers = readmeLayers();
        Map<String, Set<String>> uses = core().uses();
        assertThat(layers.keySet())
                .as("the packages drawn in README.md")
                .containsExactlyInAnyOrderElementsOf(uses.keySet());
        List<String> upward = new ArrayList<>();
        uses.forEach((from, used) -> used.stream()
                .filter(to -> layers.get(to) < layers.get(from))
                .forEach(to -> upward.add(from + " -> " + to)));
        assertThat(upward).as("dependencies on a package drawn higher up").isEmpty();
    }

    @Test
    void theDependenciesAreReadFromTheCompiledClasses() throws URISyntaxException {
        Map<String, Set<String>> uses = core().uses();
        assertThat(uses).containsKeys("dev.podlint", "dev.podlint.source", "dev.podlint.rule.select");
        assertThat(uses.get("dev.podlint.rule"))
                .contains("dev.podlint.source", "dev.podlint.rule.select", "dev.podlint.finding");
        assertThat(uses.get("dev.podlint.source")).doesNotContain("dev.podlint.source");
    }

    @Test
    void aCycleIsFoundAndShownAsAPathBackToItsStart() {
        PackageDependencies graph = new PackageDependencies(
                Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a", "d"), "d", Set.of()));
        assertThat(graph.cycles()).containsExactly(List.of("a", "b", "c", "a"));
        assertThat(new PackageDependencies(Map.of("a", Set.of("b"), "b", Set.of())).cycles())
                .isEmpty();
        PackageDependencies subpackages = new PackageDependencies(
                Map.of("p.a", Set.of("p.b.x"), "p.b", Set.of(), "p.b.x", Set.of("p.b.y"), "p.b.y", Set.of("p.a")));
        assertThat(subpackages.cycles()).hasSize(1);
        assertThat(new PackageDependencies(Map.of("p.a", Set.of("p.b.x"), "p.b.x", Set.of(), "p.b.y", Set.of("p.a")))
                        .grouped("p")
                        .cycles())
                .containsExactly(List.of("p.a", "p.b", "p.a"));
    }

    @Test
    void aClassNamesTheClassesOfItsSignaturesAndCalls() throws IOException {
        try (InputStream in = Linter.class.getResourceAsStream("Linter.class")) {
            assertThat(PackageDependencies.classNames(in))
                    .contains(
                            "dev/podlint/Linter",
                            "dev/podlint/report/Report",
                            "dev/podlint/config/LintOptions",
                            "java/util/List");
        }
    }

    /** Package to its layer, 0 the top one, as README.md draws them. */
    private static Map<String, Integer> readmeLayers() throws IOException {
        String readme = Files.readString(TestPaths.repoRoot().resolve("README.md"));
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertThat(start).as("README.md has the marker " + START).isNotNegative();
        assertThat(end).as("README.md has the marker " + END).isGreaterThan(start);
        Map<String, Integer> layers = new LinkedHashMap<>();
        int layer = 0;
        for (String line : readme.substring(start, end).split("\n")) {
            Matcher m = LAYER.matcher(line);
            if (!m.matches()) {
                continue;
            }
            for (String name : m.group(1).split(", ")) {
                String pkg = name.equals("dev.podlint") ? name : "dev.podlint." + name;
                assertThat(layers.put(pkg, layer)).as(pkg + " drawn twice").isNull();
            }
            layer++;
        }
        return layers;
    }
}
