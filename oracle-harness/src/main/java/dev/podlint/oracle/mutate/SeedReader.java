package dev.podlint.oracle.mutate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Reads the seed documents bundled with this module (resources {@code dev/podlint/oracle/seeds/}). */
public final class SeedReader {

    private static final String FOLDER = "/dev/podlint/oracle/seeds/";

    private SeedReader() {}

    /** The seeds named in the folder's index.txt, in that order. */
    public static List<Seed> bundled() {
        List<Seed> seeds = new ArrayList<>();
        for (String line : resource("index.txt").split("\n")) {
            String file = line.strip();
            if (!file.isEmpty()) {
                String name = file.substring(0, file.lastIndexOf('.'));
                seeds.add(new Seed(name, parse(resource(file))));
            }
        }
        return seeds;
    }

    private static String resource(String name) {
        try (InputStream in = SeedReader.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing seed resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One YAML document as a tree; plain scalars that are not strings (numbers, booleans) stay as written. */
    public static YMap parse(String yaml) {
        Compose compose = new Compose(LoadSettings.builder().build());
        Node node = compose.composeString(yaml).orElseThrow(() -> new IllegalArgumentException("empty document"));
        return (YMap) convert(node);
    }

    private static YNode convert(Node node) {
        if (node instanceof MappingNode m) {
            YMap map = new YMap();
            for (NodeTuple t : m.getValue()) {
                map.append(((ScalarNode) t.getKeyNode()).getValue(), convert(t.getValueNode()));
            }
            map.flow = m.getFlowStyle() == FlowStyle.FLOW;
            return map;
        }
        if (node instanceof SequenceNode s) {
            YList list = new YList();
            s.getValue().forEach(item -> list.add(convert(item)));
            list.flow = s.getFlowStyle() == FlowStyle.FLOW;
            return list;
        }
        ScalarNode scalar = (ScalarNode) node;
        boolean plainNonString =
                scalar.getScalarStyle() == ScalarStyle.PLAIN && !scalar.getTag().equals(Tag.STR);
        return plainNonString ? YScalar.plain(scalar.getValue()) : YScalar.str(scalar.getValue());
    }
}
