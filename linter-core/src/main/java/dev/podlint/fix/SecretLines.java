package dev.podlint.fix;

import dev.podlint.source.Document;
import dev.podlint.source.LoadedFile;
import dev.podlint.source.ManifestLoader;
import dev.podlint.source.MappingNode;
import dev.podlint.source.YamlNode;
import java.util.HashSet;
import java.util.Set;

/** The lines of a text that hold a Secret's values, which a diff never prints. */
public final class SecretLines {

    public static final String MASK = "***";

    private SecretLines() {}

    /** The 1-based lines of every entry of a Secret's {@code data} and {@code stringData}. */
    public static Set<Integer> of(String text) {
        LoadedFile loaded = new ManifestLoader().loadText("", text);
        Set<Integer> lines = new HashSet<>();
        for (Document document : loaded.documents()) {
            MappingNode object = document.object();
            if (object == null || !"Secret".equals(object.string("kind"))) {
                continue;
            }
            for (String field : new String[] {"data", "stringData"}) {
                YamlNode values = object.node(field);
                if (values instanceof MappingNode mapping) {
                    for (MappingNode.Entry entry : mapping.entries()) {
                        add(lines, entry.keySpan().line(), entry.value().span().endLine());
                    }
                    mapping.duplicates()
                            .forEach(e -> add(
                                    lines, e.keySpan().line(), e.value().span().endLine()));
                } else if (values != null) {
                    add(lines, values.span().line(), values.span().endLine());
                }
            }
        }
        return lines;
    }

    private static void add(Set<Integer> lines, int from, int to) {
        for (int line = from; line <= to; line++) {
            lines.add(line);
        }
    }

    /** A line of Secret values as a diff shows it: what precedes the first ': ' (a key), then the mask. */
    public static String mask(String line) {
        int colon = line.indexOf(": ");
        if (colon < 0 && line.stripTrailing().endsWith(":")) {
            return line.stripTrailing();
        }
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        return colon < 0 ? indent + MASK : line.substring(0, colon) + ": " + MASK;
    }
}
