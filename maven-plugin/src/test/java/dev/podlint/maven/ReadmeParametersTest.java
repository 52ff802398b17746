package dev.podlint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The README's parameter tables of the Maven plugin are the plugin descriptor's (what
 * {@code help:describe} and {@code podlint:help} print): every parameter a user sets, with its type,
 * default, user property and description. On a difference, target/readme-parameters.md holds the
 * tables as they should read.
 */
class ReadmeParametersTest {

    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");

    record Parameter(String name, String type, String defaultValue, String property, String description) {

        String row() {
            return "| `" + name + "` | " + type + " | " + code(defaultValue) + " | " + code(property) + " | "
                    + description.replace("|", "\\|").replace("*", "\\*").replace("<", "&lt;") + " |";
        }

        private static String code(String value) {
            return value.isEmpty() ? "" : "`" + value + "`";
        }
    }

    @Test
    void everyParameterHasADescription() throws Exception {
        goals().forEach((goal, parameters) -> assertThat(parameters)
                .as(goal)
                .allSatisfy(p -> assertThat(p.description()).as(p.name()).isNotBlank()));
    }

    @Test
    void theReadmeTablesAreTheDescriptors() throws Exception {
        Map<String, List<Parameter>> goals = goals();
        String expected = tables(goals);
        Files.writeString(Path.of("target/readme-parameters.md"), expected);
        String readme = Files.readString(readme());
        String section = readme.substring(readme.indexOf("\n## Maven plugin\n"));
        section = section.substring(0, section.indexOf("\n## ", 1));
        for (String block : expected.split("\n\n", -1)) {
            assertThat(section)
                    .as("README ## Maven plugin; see target/readme-parameters.md")
                    .contains(block);
        }
    }

    /**
     * The lint goal's table, then the other goals' own parameters and the names of those they share
     * with lint (the same name, type, default, property and description).
     */
    static String tables(Map<String, List<Parameter>> goals) {
        StringBuilder out = new StringBuilder();
        Set<Parameter> lint = Set.copyOf(goals.get("lint"));
        for (Map.Entry<String, List<Parameter>> goal : goals.entrySet()) {
            List<Parameter> own = goal.getKey().equals("lint")
                    ? goal.getValue()
                    : goal.getValue().stream().filter(p -> !lint.contains(p)).toList();
            if (own.isEmpty()) {
                continue;
            }
            out.append("| ").append(goal.getKey()).append(" | Type | Default | User property | Description |\n");
            out.append("|---|---|---|---|---|\n");
            own.forEach(p -> out.append(p.row()).append('\n'));
            if (!goal.getKey().equals("lint")) {
                List<String> shared = goal.getValue().stream()
                        .filter(lint::contains)
                        .map(p -> "`" + p.name() + "`")
                        .toList();
                out.append("\nGoal `")
                        .append(goal.getKey())
                        .append("` also takes ")
                        .append(String.join(", ", shared))
                        .append(" as `lint` does.\n");
            }
            out.append('\n');
        }
        return out.toString().strip();
    }

    /** Each goal's parameters that a user can set, by goal name: lint first, then the others by name. */
    static Map<String, List<Parameter>> goals() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document descriptor = factory.newDocumentBuilder().parse(DESCRIPTOR.toFile());
        Map<String, List<Parameter>> goals = new LinkedHashMap<>();
        goals.put("lint", List.of());
        Map<String, List<Parameter>> others = new java.util.TreeMap<>();
        NodeList mojos = descriptor.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = text(mojo, "goal");
            if (goal.equals("help")) {
                continue;
            }
            Map<String, Element> configuration = new LinkedHashMap<>();
            Element config = child(mojo, "configuration");
            if (config != null) {
                for (Node n = config.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element e) {
                        configuration.put(e.getTagName(), e);
                    }
                }
            }
            List<Parameter> parameters = new ArrayList<>();
            Element list = child(mojo, "parameters");
            for (Node n = list.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element p) || !text(p, "editable").equals("true")) {
                    continue;
                }
                String name = text(p, "name");
                Element value = configuration.get(name);
                String property = value == null ? "" : value.getTextContent().strip();
                parameters.add(new Parameter(
                        name,
                        simpleType(text(p, "type")),
                        value == null ? "" : value.getAttribute("default-value"),
                        property.startsWith("${") ? property.substring(2, property.length() - 1) : "",
                        text(p, "description").replaceAll("\\s+", " ").strip()));
            }
            (goal.equals("lint") ? goals : others).put(goal, parameters);
        }
        goals.putAll(others);
        return goals;
    }

    private static String simpleType(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? "" : e.getTextContent();
    }

    private static Path readme() throws IOException {
        Path root = Path.of(System.getProperty("podlint.repoRoot", ".."))
                .toAbsolutePath()
                .normalize();
        return root.resolve("README.md");
    }
}
