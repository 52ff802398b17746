package dev.podlint.policy;

import dev.podlint.source.Document;
import dev.podlint.source.LoadProblem;
import dev.podlint.source.LoadedFile;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.SourceFile;
import dev.podlint.source.Span;
import dev.podlint.source.YamlNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a file's {@code # podlint-ignore} comments. The YAML reader drops comments, so they are
 * found in the text, with the parsed tree telling a comment from a {@code #} inside a value: a
 * {@code #} starts a comment when it begins the line or follows a space or tab, outside every key
 * and scalar value (so one inside a block or quoted scalar is text, not a directive).
 *
 * <p>A directive on a line of its own covers the node that starts on the next line that is not a
 * comment (a blank line between them leaves it on no node); one after a node's text covers the node
 * that starts on its line. The node that starts on a line is the outermost one whose key (or list
 * item) begins there, never a document's root: {@code - name: app} is the list item, {@code
 * securityContext:} the whole mapping under it, {@code image: nginx} the value. {@code
 * # podlint-ignore-file} belongs before the first line of content of the file (blank lines, comments
 * and {@code ---} may come before it) and covers all its documents.
 */
public final class IgnoreComments {

    public static final String KEYWORD = "podlint-ignore";
    public static final String FILE_KEYWORD = "podlint-ignore-file";

    private static final WordSearch KEYWORD_SEARCH = new WordSearch(KEYWORD);

    private static final Pattern START = Pattern.compile("#[ \\t]*(podlint-ignore\\S*)");
    private static final Pattern BODY =
            Pattern.compile("(?<ids>[^\\s,]+(?:[ \\t]*,[ \\t]*[^\\s,]+)*)(?:[ \\t]+until[ \\t]+(?<date>\\S+))?");
    static final String SYNTAX_HELP = "write '# podlint-ignore rule-id[, rule-id] [until YYYY-MM-DD] [-- reason]'";

    /** Where a node starts: its document and pointer, and how deep it is (the outermost wins). */
    private record Start(Document document, String pointer, int depth) {}

    private final SourceFile source;
    private final List<Document> documents;
    /** The lines that matter, each with the spans of keys and scalars that touch it. */
    private final Map<Integer, List<Span>> scalarsOn = new HashMap<>();

    private final Map<Integer, Start> starts = new HashMap<>();

    private IgnoreComments(SourceFile source, List<Document> documents) {
        this.source = source;
        this.documents = documents;
    }

    /** The directives of one loaded file, in line order; none when its text names no directive. */
    public static List<IgnoreDirective> read(LoadedFile loaded) {
        SourceFile source = loaded.source();
        if (!KEYWORD_SEARCH.in(source.text())) {
            return List.of();
        }
        boolean unparsedRest = loaded.problems().stream().anyMatch(p -> p.type() == LoadProblem.Type.SYNTAX);
        return new IgnoreComments(source, loaded.documents()).directives(unparsedRest);
    }

    private List<IgnoreDirective> directives(boolean unparsedRest) {
        NavigableSet<Integer> lines = new TreeSet<>();
        for (int line = 1; line <= source.lineCount(); line++) {
            if (source.line(line).contains(KEYWORD)) {
                lines.add(line);
                lines.add(nextNonComment(line));
            }
        }
        walk(lines);
        int top = firstContentLine();
        List<IgnoreDirective> out = new ArrayList<>();
        for (int line : lines) {
            String text = source.line(line);
            if (!text.contains(KEYWORD)) {
                continue;
            }
            int hash = commentStart(line, text);
            if (hash < 0) {
                continue;
            }
            Matcher m = START.matcher(text).region(hash, text.length());
            if (!m.lookingAt()) {
                continue;
            }
            IgnoreDirective directive =
                    directive(line, hash, m, text.substring(0, hash).isBlank(), top);
            if (directive != null
                    && !(unparsedRest
                            && directive.problem() != null
                            && directive.pointer() == null
                            && !directive.fileLevel()
                            && line > lastParsedLine())) {
                out.add(directive);
            }
        }
        return out;
    }

    private @Nullable IgnoreDirective directive(int line, int hash, Matcher m, boolean ownLine, int top) {
        String text = source.line(line);
        String keyword = m.group(1);
        String rest = text.substring(m.end());
        int further = rest.indexOf(" #");
        String body = further < 0 ? rest : rest.substring(0, further);
        int end = m.end() + body.stripTrailing().length();
        Span span = new Span(line, hash + 1, line, end + 1);
        boolean fileLevel = keyword.equals(FILE_KEYWORD);
        if (!keyword.equals(KEYWORD) && !fileLevel) {
            return problem(
                    line,
                    span,
                    false,
                    "unknown directive '" + keyword + "': write " + KEYWORD + " (this node and below) or "
                            + FILE_KEYWORD + " (the whole file)");
        }
        int dashes = body.indexOf("--");
        String head = (dashes < 0 ? body : body.substring(0, dashes)).strip();
        String reason = dashes < 0 ? "" : body.substring(dashes + 2).strip();
        if (head.isEmpty()) {
            return problem(line, span, fileLevel, keyword + " names no rule; " + SYNTAX_HELP);
        }
        Matcher parts = BODY.matcher(head);
        if (!parts.matches()) {
            return problem(line, span, fileLevel, "cannot read '" + head + "'; " + SYNTAX_HELP);
        }
        List<String> rules =
                Arrays.stream(parts.group("ids").split(",")).map(String::strip).toList();
        LocalDate until = null;
        if (parts.group("date") != null) {
            try {
                until = LocalDate.parse(parts.group("date"));
            } catch (DateTimeParseException e) {
                return problem(line, span, fileLevel, "until '" + parts.group("date") + "' is no date YYYY-MM-DD");
            }
        }
        if (fileLevel) {
            if (line > top) {
                return new IgnoreDirective(
                        source.displayPath(),
                        documentIndexAt(line),
                        null,
                        null,
                        null,
                        span,
                        true,
                        rules,
                        reason,
                        until,
                        null,
                        FILE_KEYWORD + " works only at the top of the file, before line " + top + "; use " + KEYWORD
                                + " on the node");
            }
            return new IgnoreDirective(
                    source.displayPath(), 0, null, null, null, span, true, rules, reason, until, null, null);
        }
        int nodeLine = ownLine ? nextNonComment(line) : line;
        Start start = source.line(nodeLine).isBlank() ? null : starts.get(nodeLine);
        if (start == null) {
            return problem(
                    line,
                    span,
                    false,
                    ownLine
                            ? "no node starts on the line after it: put it on the line just above the node, or at the end of the node's line"
                            : "no node starts on its line: put it at the end of the node's first line, or on the line just above");
        }
        Document d = start.document();
        return new IgnoreDirective(
                source.displayPath(),
                d.index(),
                d.kind(),
                d.name(),
                d.namespace(),
                span,
                false,
                rules,
                reason,
                until,
                d.pointer(start.pointer()),
                null);
    }

    private IgnoreDirective problem(int line, Span span, boolean fileLevel, String problem) {
        Document d = documentAt(line);
        return new IgnoreDirective(
                source.displayPath(),
                d == null ? 0 : d.index(),
                d == null ? null : d.kind(),
                d == null ? null : d.name(),
                d == null ? null : d.namespace(),
                span,
                fileLevel,
                List.of(),
                "",
                null,
                null,
                problem);
    }

    /** Records, for the lines that matter, where nodes start and which keys and scalars touch them. */
    private void walk(NavigableSet<Integer> lines) {
        record Item(Document document, YamlNode node, String pointer, int depth, int startLine) {}
        Deque<Item> todo = new ArrayDeque<>();
        for (Document d : documents) {
            todo.push(new Item(d, d.root(), "", 0, d.root().span().line()));
        }
        while (!todo.isEmpty()) {
            Item item = todo.pop();
            boolean root = item.depth() == 0 && item.document().pointerBase().isEmpty();
            if (!root && lines.contains(item.startLine())) {
                Start known = starts.get(item.startLine());
                if (known == null || known.depth() > item.depth()) {
                    starts.put(item.startLine(), new Start(item.document(), item.pointer(), item.depth()));
                }
            }
            YamlNode node = item.node();
            if (node instanceof MappingNode m) {
                for (MappingNode.Entry e : m.entries()) {
                    touch(lines, e.keySpan());
                    // an entry merged in through '<<' (or a node an alias repeats) is written earlier, elsewhere
                    if (e.keySpan().line() >= item.startLine()) {
                        todo.push(new Item(
                                item.document(),
                                e.value(),
                                Pointers.append(item.pointer(), e.key()),
                                item.depth() + 1,
                                e.keySpan().line()));
                    }
                }
            } else if (node instanceof SequenceNode s) {
                for (int i = 0; i < s.nodes().size(); i++) {
                    YamlNode child = s.nodes().get(i);
                    if (child.span().line() >= item.startLine()) {
                        todo.push(new Item(
                                item.document(),
                                child,
                                Pointers.append(item.pointer(), i),
                                item.depth() + 1,
                                child.span().line()));
                    }
                }
            } else {
                touch(lines, node.span());
            }
        }
    }

    private void touch(NavigableSet<Integer> lines, Span span) {
        for (Integer line = lines.ceiling(span.line());
                line != null && line <= span.endLine();
                line = lines.higher(line)) {
            scalarsOn.computeIfAbsent(line, l -> new ArrayList<>()).add(span);
        }
    }

    /** The 0-based index in {@code text} of the {@code #} that starts line {@code line}'s comment, or -1. */
    private int commentStart(int line, String text) {
        for (int i = text.indexOf('#'); i >= 0; i = text.indexOf('#', i + 1)) {
            if (i > 0 && text.charAt(i - 1) != ' ' && text.charAt(i - 1) != '\t') {
                continue;
            }
            int column = i + 1;
            if (scalarsOn.getOrDefault(line, List.of()).stream().noneMatch(s -> s.contains(line, column))) {
                return i;
            }
        }
        return -1;
    }

    /** The first line after {@code line} that is not a comment line (may be blank, or past the end). */
    private int nextNonComment(int line) {
        int next = line + 1;
        while (next <= source.lineCount() && source.line(next).strip().startsWith("#")) {
            next++;
        }
        return next;
    }

    /** The first line that is not blank, a comment or a bare {@code ---}. */
    private int firstContentLine() {
        for (int line = 1; line <= source.lineCount(); line++) {
            String text = source.line(line).strip();
            if (!text.isEmpty() && !text.startsWith("#") && !text.equals("---") && !text.startsWith("--- #")) {
                return line;
            }
        }
        return source.lineCount() + 1;
    }

    private int lastParsedLine() {
        return documents.stream().mapToInt(d -> d.root().span().endLine()).max().orElse(0);
    }

    /** The document written at or before {@code line}: the last one starting there or earlier, else the first. */
    private @Nullable Document documentAt(int line) {
        Document found = documents.isEmpty() ? null : documents.get(0);
        for (Document d : documents) {
            if (d.root().span().line() <= line) {
                found = d;
            }
        }
        return found;
    }

    private int documentIndexAt(int line) {
        Document d = documentAt(line);
        return d == null ? 0 : d.index();
    }
}
