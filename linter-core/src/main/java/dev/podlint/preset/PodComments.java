package dev.podlint.preset;

import dev.podlint.source.MappingNode;
import dev.podlint.source.ScalarNode;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.SourceFile;
import dev.podlint.source.Span;
import dev.podlint.source.YamlNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The comments of a pod's own file, handed to {@link YamlWriter} for the nodes of the merged pod
 * that came from that file: the comment lines written directly above a key or list item (blank
 * lines between them kept) and a comment at the end of a value's line. Nodes a preset injected get
 * none, and each comment line is given out once, so a comment never appears twice.
 */
final class PodComments implements YamlWriter.Comments {

    private static final Pattern AFTER_VALUE = Pattern.compile("^[ \\t]+(#.*?)\\s*$");
    private static final Pattern AFTER_KEY = Pattern.compile("^[ \\t]*:[ \\t]+(#.*?)\\s*$");

    private final MergedPod pod;
    private final SourceFile source;
    /** Lines inside multi-line scalars: a '#' there is text, not a comment. */
    private final BitSet insideScalars = new BitSet();

    private final BitSet given = new BitSet();

    PodComments(MergedPod pod) {
        this.pod = pod;
        this.source = pod.original().source();
        markMultiLineScalars(pod.original().root());
    }

    private void markMultiLineScalars(YamlNode root) {
        Deque<YamlNode> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            YamlNode node = todo.pop();
            if (node instanceof MappingNode m) {
                m.entries().forEach(e -> todo.push(e.value()));
            } else if (node instanceof SequenceNode s) {
                s.nodes().forEach(todo::push);
            } else if (node.span().endLine() > node.span().line()) {
                insideScalars.set(node.span().line() + 1, node.span().endLine() + 1);
            }
        }
    }

    @SuppressWarnings("ReferenceEquality") // the pod's own document, not an equal one from a preset
    private boolean own(YamlNode node) {
        return pod.originOf(node) == pod.original();
    }

    @Override
    public List<String> above(YamlNode node, Span start) {
        if (!own(node)) {
            return List.of();
        }
        int first = start.line();
        for (int line = start.line() - 1; line >= 1 && !given.get(line) && !insideScalars.get(line); line--) {
            String text = source.line(line).strip();
            if (text.startsWith("#")) {
                first = line;
            } else if (!text.isEmpty()) {
                break;
            }
        }
        List<String> out = new ArrayList<>();
        for (int line = first; line < start.line(); line++) {
            out.add(source.line(line).strip());
            given.set(line);
        }
        return out;
    }

    @Override
    public @Nullable String afterValue(YamlNode value) {
        if (!(value instanceof ScalarNode)
                || !own(value)
                || value.span().endLine() != value.span().line()) {
            return null;
        }
        return endOfLine(value.span().endLine(), value.span().endColumn(), AFTER_VALUE);
    }

    @Override
    public @Nullable String afterKey(YamlNode value, Span keySpan) {
        return own(value) ? endOfLine(keySpan.endLine(), keySpan.endColumn(), AFTER_KEY) : null;
    }

    /** The comment after {@code column} of {@code line}, once: null when that part of the line is no comment. */
    private @Nullable String endOfLine(int line, int column, Pattern shape) {
        String text = source.line(line);
        if (given.get(line) || insideScalars.get(line) || column - 1 > text.length()) {
            return null;
        }
        Matcher m = shape.matcher(text.substring(column - 1));
        if (!m.matches()) {
            return null;
        }
        given.set(line);
        return m.group(1);
    }
}
