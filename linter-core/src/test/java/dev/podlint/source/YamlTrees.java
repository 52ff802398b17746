package dev.podlint.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A parsed file as lines of text, for comparing two readings of it: each document's tree, then each problem. */
final class YamlTrees {

    private YamlTrees() {}

    static List<String> describe(YamlTreeBuilder.Result result) {
        List<String> lines = new ArrayList<>();
        for (YamlTreeBuilder.ParsedDocument document : result.documents()) {
            lines.add("document " + document.index() + ": " + tree(document.root()));
        }
        for (LoadProblem problem : result.problems()) {
            lines.add("problem " + problem);
        }
        return lines;
    }

    /** Every node with its span, scalars with their text, type and value, mappings with their key spans and duplicates. */
    private static String tree(YamlNode root) {
        StringBuilder out = new StringBuilder();
        Deque<Object> work =
                new ArrayDeque<>(); // nodes to write, and text between them (no recursion: trees nest deep)
        work.push(root == null ? "null" : root);
        while (!work.isEmpty()) {
            Object next = work.pop();
            if (next instanceof String text) {
                out.append(text);
            } else if (next instanceof ScalarNode scalar) {
                out.append(scalar);
            } else if (next instanceof SequenceNode sequence) {
                out.append('[').append(sequence.span());
                work.push("]");
                List<YamlNode> items = sequence.nodes();
                for (int i = items.size() - 1; i >= 0; i--) {
                    work.push(items.get(i));
                    work.push(" ");
                }
            } else {
                MappingNode mapping = (MappingNode) next;
                out.append('{').append(mapping.span());
                StringBuilder duplicates = new StringBuilder();
                for (MappingNode.Entry duplicate : mapping.duplicates()) {
                    duplicates
                            .append(" duplicate ")
                            .append(duplicate.key())
                            .append('@')
                            .append(duplicate.keySpan());
                }
                work.push(duplicates.append('}').toString());
                List<MappingNode.Entry> entries = mapping.entries();
                for (int i = entries.size() - 1; i >= 0; i--) {
                    MappingNode.Entry entry = entries.get(i);
                    work.push(entry.value());
                    work.push(" " + entry.key() + "@" + entry.keySpan() + "=");
                }
            }
        }
        return out.toString();
    }
}
