package dev.podlint.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.LoadSettingsBuilder;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Builds position-carrying trees from SnakeYAML Engine's event stream, without recursion (so any
 * nesting depth is safe), typing scalars as kubectl does, expanding merge keys ({@code <<}) as
 * go-yaml v2 does, and bounding aliases. Stops at the first YAML error: documents completed before
 * it are kept.
 */
final class YamlTreeBuilder {

    private static final String MERGE_TAG = "tag:yaml.org,2002:merge";
    private static final String CORE_PREFIX = "tag:yaml.org,2002:";

    /**
     * A YAML document of a file: its 0-based index in the stream, its root (null if empty), the length
     * of the piece of text it was read from, and whether that piece used aliases.
     */
    record ParsedDocument(int index, @Nullable YamlNode root, int textLength, boolean aliased) {}

    record Result(List<ParsedDocument> documents, List<LoadProblem> problems) {}

    /**
     * Texts from this length on are read with a large buffer: SnakeYAML copies its whole window on each
     * refill while a token lasts, so a scalar megabytes long costs its length squared over the buffer
     * size (5 MiB: 8 s with the default 1 KiB, 0.1 s with 1 MiB).
     */
    private static final int LARGE_TEXT = 64 * 1024;

    private static final int LARGE_BUFFER = 1 << 20;

    /**
     * SnakeYAML's settings for the limits, built once per JVM (building them costs more than parsing a
     * small file; they are read-only, so every file and thread shares them).
     */
    private static final Map<YamlLimits, Settings> SETTINGS = new ConcurrentHashMap<>();

    private record Settings(LoadSettings small, LoadSettings largeText) {}

    private final YamlLimits limits;
    private final LoadSettings settings;
    private final LoadSettings largeTextSettings;
    /** Whether pieces in the fast path's subset are read by it (off only to compare the two in tests). */
    private final boolean fastPath;
    /** The 0-based line of the file where the piece being parsed starts. */
    private int lineOffset;

    YamlTreeBuilder(YamlLimits limits) {
        this(limits, true);
    }

    YamlTreeBuilder(YamlLimits limits, boolean fastPath) {
        this.limits = limits;
        this.fastPath = fastPath;
        Settings shared = SETTINGS.computeIfAbsent(
                limits,
                l -> new Settings(
                        settings(l).build(),
                        settings(l).setBufferSize(LARGE_BUFFER).build()));
        this.settings = shared.small();
        this.largeTextSettings = shared.largeText();
    }

    static LoadSettingsBuilder settings(YamlLimits limits) {
        return LoadSettings.builder()
                .setLabel("")
                .setUseMarks(true)
                .setParseComments(false)
                .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
    }

    Result build(String text) {
        return build(text, false);
    }

    /** @param ordinary whether every character of the text is known to be printable ASCII or a line feed */
    Result build(String text, boolean ordinary) {
        List<ParsedDocument> documents = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        List<KubectlChunks.Chunk> chunks = KubectlChunks.split(text);
        for (int index = 0; index < chunks.size(); index++) {
            KubectlChunks.Chunk chunk = chunks.get(index);
            if (chunk.badSeparator()) {
                String line = text.substring(chunk.start(), chunk.end());
                problems.add(new LoadProblem(
                        LoadProblem.Type.SYNTAX,
                        index,
                        "",
                        "invalid document separator: kubectl allows nothing but a comment after '---' on its line,"
                                + " so it reads no further (start the document on the next line)",
                        Span.point(chunk.firstLine() + 1, 4 + leadingSpaces(line.substring(3)))));
                break;
            }
            if (!parseChunk(
                    text.substring(chunk.start(), chunk.end()),
                    ordinary,
                    chunk.firstLine(),
                    index,
                    documents,
                    problems)) {
                break;
            }
        }
        return new Result(documents, problems);
    }

    private static int leadingSpaces(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /**
     * Parses the first YAML document of one piece, as go-yaml does (the rest of the piece, after a
     * {@code ...} end marker, is never read). Returns false after a YAML error: kubectl stops there.
     */
    private boolean parseChunk(
            String text,
            boolean ordinary,
            int firstLine,
            int index,
            List<ParsedDocument> documents,
            List<LoadProblem> problems) {
        LoadSettings settings = text.length() < LARGE_TEXT ? this.settings : largeTextSettings;
        lineOffset = firstLine;
        if (fastPath
                && text.length() <= settings.getCodePointLimit()
                && parseFast(text, ordinary, index, documents, problems)) {
            return true;
        }
        DocumentState state = new DocumentState(index, problems);
        try {
            Iterator<Event> events = new ParserImpl(settings, new StreamReader(settings, text));
            while (events.hasNext()) {
                Event event = events.next();
                switch (event.getEventId()) {
                    case DocumentStart -> state = new DocumentState(index, problems);
                    case DocumentEnd -> {
                        documents.add(new ParsedDocument(index, state.root, text.length(), state.aliases > 0));
                        return true;
                    }
                    case Scalar -> state.scalar((ScalarEvent) event);
                    case Alias -> state.alias((AliasEvent) event);
                    case MappingStart -> state.startCollection((CollectionStartEvent) event, true);
                    case SequenceStart -> state.startCollection((CollectionStartEvent) event, false);
                    case MappingEnd, SequenceEnd -> state.endCollection(event);
                    default -> {
                        // StreamStart, StreamEnd, Comment: nothing to build
                    }
                }
            }
            return true;
        } catch (YamlLimitExceeded e) {
            problems.add(new LoadProblem(LoadProblem.Type.SYNTAX, index, "", String.valueOf(e.getMessage()), e.span()));
        } catch (MarkedYamlEngineException e) {
            Span at = clampToText(
                    text,
                    e.getProblemMark()
                            .or(e::getContextMark)
                            .map(this::relativePoint)
                            .orElse(Span.FILE_START));
            String message = describe(e);
            if (e.getContextMark().isPresent()
                    && e.getProblemMark().isPresent()
                    && e.getContextMark().get().getLine()
                            != e.getProblemMark().get().getLine()) {
                Mark context = e.getContextMark().get();
                message += " (started at line " + (context.getLine() + 1 + firstLine) + ", column "
                        + (context.getColumn() + 1) + ")";
            }
            problems.add(new LoadProblem(LoadProblem.Type.SYNTAX, index, "", message, shift(at)));
        } catch (ReaderException e) {
            problems.add(new LoadProblem(
                    LoadProblem.Type.SYNTAX,
                    index,
                    "",
                    String.format("special character U+%04X is not allowed in YAML", e.getCodePoint()),
                    shift(TextPositions.ofCodePointOffset(text, e.getPosition()))));
        } catch (YamlEngineException e) {
            problems.add(new LoadProblem(
                    LoadProblem.Type.SYNTAX,
                    index,
                    "",
                    "invalid YAML: " + ParserWords.withoutSourceText(firstLine(e.getMessage())),
                    Span.point(firstLine + 1, 1)));
        }
        return false;
    }

    /**
     * Builds the piece's document from the fast path's events when the piece is in its subset (the
     * events SnakeYAML's parser would give, without its per-token costs, its event objects and their
     * marks). False when the fast path declines the piece, or a limit stops the tree: what it built
     * is dropped, and SnakeYAML's parser reads the piece again (meeting the same limit at the same
     * event, or reporting the error the fast path left to it).
     */
    private boolean parseFast(
            String text, boolean ordinary, int index, List<ParsedDocument> documents, List<LoadProblem> problems) {
        int problemsBefore = problems.size();
        DocumentState state = new DocumentState(index, problems);
        boolean read;
        try {
            read = (ordinary || FastYamlChars.onlyOrdinary(text)) && FastYamlParser.parse(text, state);
        } catch (YamlLimitExceeded e) {
            read = false;
        }
        if (!read) {
            problems.subList(problemsBefore, problems.size()).clear();
            return false;
        }
        if (state.ended) {
            documents.add(new ParsedDocument(index, state.root, text.length(), false));
        }
        return true;
    }

    private Span shift(Span s) {
        return new Span(s.line() + lineOffset, s.column(), s.endLine() + lineOffset, s.endColumn());
    }

    /** The parser's own words, without its snippet of the source nor the text it quotes (which could hold a Secret). */
    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : ParserWords.withoutSourceText(firstLine(e.getProblem()));
        String context = e.getContext() == null ? "" : ParserWords.withoutSourceText(firstLine(e.getContext()));
        String text = context.isEmpty() ? problem : problem.isEmpty() ? context : context + ": " + problem;
        return "invalid YAML: " + firstLine(text);
    }

    private static String firstLine(@Nullable String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    /** An error at the end of the stream points at the end of the last line, not past it. */
    private static Span clampToText(String text, Span at) {
        String trimmed = text.stripTrailing();
        int lastLine = (int) trimmed.chars().filter(c -> c == '\n').count() + 1;
        if (at.line() <= lastLine) {
            return at;
        }
        int lastLineStart = trimmed.lastIndexOf('\n') + 1;
        return Span.point(lastLine, trimmed.length() - lastLineStart + 1);
    }

    /** A mark within the piece being parsed, as a point in the piece (not yet in the file). */
    private Span relativePoint(Mark mark) {
        return Span.point(mark.getLine() + 1, mark.getColumn() + 1);
    }

    private Span point(Mark mark) {
        return Span.point(mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
    }

    private Span span(Optional<Mark> start, Optional<Mark> end) {
        Mark s = start.orElseThrow();
        Mark e = end.orElse(s);
        return new Span(
                s.getLine() + 1 + lineOffset, s.getColumn() + 1, e.getLine() + 1 + lineOffset, e.getColumn() + 1);
    }

    /** The file's 1-based line of a fast path's position in the piece. */
    private int line(long position) {
        return FastYamlCursor.line(position) + 1 + lineOffset;
    }

    private static int column(long position) {
        return FastYamlCursor.column(position) + 1;
    }

    private static @Nullable String anchorOf(NodeEvent event) {
        return event.getAnchor().map(Anchor::getValue).orElse(null);
    }

    /**
     * Building state for one YAML document, from SnakeYAML's events or straight from the fast path
     * (as its {@link FastYamlSink}).
     */
    private final class DocumentState implements FastYamlSink {
        private final int index;
        private final List<LoadProblem> problems;
        private final Deque<Frame> stack = new ArrayDeque<>();
        private final Map<String, Built> anchors = new HashMap<>();
        private @Nullable YamlNode root;
        private final GoYamlAliasBudget aliasBudget = new GoYamlAliasBudget();
        private long expandedNodes;
        private int aliases;
        /** Whether the fast path ended the document. */
        boolean ended;

        DocumentState(int index, List<LoadProblem> problems) {
            this.index = index;
            this.problems = problems;
        }

        void scalar(ScalarEvent event) {
            Span span = span(event.getStartMark(), event.getEndMark());
            add(typeScalar(event, span), isMergeKey(event), anchorOf(event));
        }

        @Override
        public void scalar(String value, ScalarStyle style, long start, long end) {
            Span span = new Span(line(start), column(start), line(end), column(end));
            boolean plain = style == ScalarStyle.PLAIN;
            add(
                    plain ? KubectlScalars.resolvePlain(span, value) : ScalarNode.string(span, value, false),
                    plain && value.equals("<<"),
                    null);
        }

        private void add(ScalarNode node, boolean mergeKey, @Nullable String anchor) {
            aliasBudget.own(1);
            count(1, node.span());
            Built built = new Built(node, 1, mergeKey);
            register(anchor, built);
            attach(built);
        }

        void alias(AliasEvent event) {
            Span span = span(event.getStartMark(), event.getEndMark());
            String name = event.getAlias().getValue();
            Built target = anchors.get(name);
            if (target == null) {
                throw new YamlLimitExceeded("invalid YAML: an alias names no anchor defined before it", span);
            }
            if (target.node == null) {
                throw new YamlLimitExceeded("invalid YAML: an alias refers to the node that contains it", span);
            }
            if (++aliases > limits.maxAliases()) {
                throw new YamlLimitExceeded("document uses more than " + limits.maxAliases() + " aliases", span);
            }
            if (!aliasBudget.expand(target.weight)) {
                throw new YamlLimitExceeded(
                        "document contains excessive aliasing: " + aliasBudget.describe()
                                + "; kubectl's YAML reader (go-yaml) refuses it",
                        span);
            }
            count(target.weight, span);
            attach(new Built(target.node, target.weight, false));
        }

        void startCollection(CollectionStartEvent event, boolean mapping) {
            Span at = point(event.getStartMark().orElseThrow());
            push(new Frame(at.line(), at.column(), anchorOf(event), mapping, stack.peek()));
        }

        @Override
        public void collectionStart(boolean mapping, boolean flow, long start, long end) {
            push(new Frame(line(start), column(start), null, mapping, stack.peek()));
        }

        private void push(Frame frame) {
            if (stack.size() >= limits.maxDepth()) {
                throw new YamlLimitExceeded(
                        "nesting is deeper than " + limits.maxDepth() + " levels",
                        Span.point(frame.line, frame.column));
            }
            if (frame.anchor != null) {
                anchors.put(frame.anchor, new Built(null, 0, false));
            }
            stack.push(frame);
        }

        void endCollection(Event end) {
            Mark at = end.getEndMark().orElseThrow();
            endCollection(at.getLine() + 1 + lineOffset, at.getColumn() + 1);
        }

        @Override
        public void collectionEnd(boolean mapping, long start, long end) {
            endCollection(line(end), column(end));
        }

        private void endCollection(int endLine, int endColumn) {
            Frame frame = stack.pop();
            Span span = new Span(frame.line, frame.column, endLine, endColumn);
            YamlNode node = frame.mapping ? frame.toMapping(span) : new SequenceNode(span, frame.items);
            aliasBudget.own(1);
            count(1, span);
            Built built = new Built(node, frame.weight + 1, false);
            register(frame.anchor, built);
            attach(built);
        }

        @Override
        public void documentStart(long at) {
            // the state is made for the piece's one document
        }

        @Override
        public void documentEnd(boolean explicit, long start, long end) {
            ended = true;
        }

        @Override
        public void streamEnd(long at) {
            // the document ended, or the piece held none
        }

        private void register(@Nullable String anchor, Built built) {
            if (anchor != null) {
                anchors.put(anchor, built);
            }
        }

        /** Counts nodes of the expanded tree, each once (an alias counts its whole target). */
        private void count(long nodes, Span at) {
            expandedNodes += nodes;
            if (expandedNodes > limits.maxExpandedNodes()) {
                throw new YamlLimitExceeded(
                        "document expands to more than " + limits.maxExpandedNodes()
                                + " nodes through aliases (a YAML bomb?)",
                        at);
            }
        }

        private void attach(Built built) {
            Frame parent = stack.peek();
            if (parent == null) {
                root = built.node;
            } else {
                parent.add(built, problems, index);
            }
        }
    }

    /** The entries of a sequence's frame: none. */
    private static final EntryTable EMPTY_ENTRIES = new EntryTable(0);

    /** A node with its expanded size, and whether it is the merge key {@code <<}; no node yet for an anchor whose collection is still being built. */
    private record Built(@Nullable YamlNode node, long weight, boolean mergeKey) {}

    /** A mapping or sequence under construction. */
    private static final class Frame {
        /** Where the collection starts in the file, and its anchor (null when none). */
        final int line;

        final int column;
        final @Nullable String anchor;
        final boolean mapping;
        /** A sequence's items so far (empty for a mapping). */
        final List<YamlNode> items;
        /** What the mapping holds so far: go-yaml v2 writes keys and merged entries in order, the last write wins. */
        final EntryTable entries;
        /**
         * The keys written in this mapping itself, for duplicate-key: null until a merge key writes
         * entries of another mapping, while they are the keys of {@link #entries}.
         */
        @Nullable
        Map<String, MappingNode.Entry> explicit;

        @Nullable
        List<MappingNode.Entry> duplicates;
        /** Where this collection sits in its parent, for the pointer of a message (built only for one). */
        final @Nullable Frame parent;

        final @Nullable ScalarNode parentKey;
        final int parentIndex;
        private @Nullable String pointer;
        long weight;

        @Nullable
        Built pendingKey;

        Frame(int line, int column, @Nullable String anchor, boolean mapping, @Nullable Frame parent) {
            this.line = line;
            this.column = column;
            this.anchor = anchor;
            this.mapping = mapping;
            this.items = mapping ? List.of() : new ArrayList<>();
            this.entries = mapping ? new EntryTable(4) : EMPTY_ENTRIES;
            this.parent = parent;
            this.parentIndex = parent == null ? -1 : parent.items.size();
            this.parentKey =
                    parent != null && parent.pendingKey != null && parent.pendingKey.node instanceof ScalarNode key
                            ? key
                            : null;
        }

        /** The JSON pointer of this collection, for messages. */
        String pointer() {
            String p = pointer;
            if (p == null) {
                if (parent == null) {
                    p = "";
                } else if (!parent.mapping) {
                    p = Pointers.append(parent.pointer(), parentIndex);
                } else if (parentKey != null) {
                    p = Pointers.append(
                            parent.pointer(), KubectlKeys.convert(parentKey).name());
                } else {
                    p = parent.pointer();
                }
                pointer = p;
            }
            return p;
        }

        void add(Built built, List<LoadProblem> problems, int documentIndex) {
            weight += built.weight;
            if (!mapping) {
                items.add(built.node);
                return;
            }
            if (pendingKey == null) {
                pendingKey = built;
                return;
            }
            Built key = pendingKey;
            pendingKey = null;
            if (key.mergeKey) {
                merge(Objects.requireNonNull(built.node), problems, documentIndex);
                return;
            }
            if (!(key.node instanceof ScalarNode scalar)) {
                problems.add(new LoadProblem(
                        LoadProblem.Type.SYNTAX,
                        documentIndex,
                        pointer(),
                        "a mapping key must be a scalar (kubectl converts keys to strings)",
                        Objects.requireNonNull(key.node).span()));
                return;
            }
            KubectlKeys.Key converted = KubectlKeys.convert(scalar);
            if (converted.problem() != null) {
                problems.add(new LoadProblem(
                        LoadProblem.Type.SYNTAX, documentIndex, pointer(), converted.problem(), scalar.span()));
                return;
            }
            String name = converted.name();
            if (converted.retyped()) {
                problems.add(new LoadProblem(
                        LoadProblem.Type.KEY_RETYPED,
                        documentIndex,
                        Pointers.append(pointer(), name),
                        "kubectl sends the key " + scalar.text() + " as \"" + name + "\" (YAML reads it as "
                                + scalar.type().name().toLowerCase(java.util.Locale.ROOT)
                                + "); quote it if you meant the text",
                        scalar.span()));
            }
            MappingNode.Entry entry = new MappingNode.Entry(name, scalar.span(), Objects.requireNonNull(built.node));
            MappingNode.Entry replaced = entries.put(entry);
            // without a merge, the entry replaced is the key's earlier explicit write
            MappingNode.Entry earlier = explicit == null ? replaced : explicit.put(name, entry);
            if (earlier != null) {
                problems.add(new LoadProblem(
                        LoadProblem.Type.DUPLICATE_KEY,
                        documentIndex,
                        Pointers.append(pointer(), name),
                        "duplicate key \"" + name + "\" (also at line "
                                + earlier.keySpan().line()
                                + "); kubectl apply keeps this last value and silently drops the one at line "
                                + earlier.keySpan().line(),
                        scalar.span()));
                if (duplicates == null) {
                    duplicates = new ArrayList<>();
                }
                duplicates.add(earlier);
            }
        }

        /**
         * go-yaml v2's {@code decoder.merge}: the merged mapping's entries are written at the place of
         * the {@code <<} key, so they override explicit keys written before it and are overridden by
         * those after it; in a list of mappings the earlier ones win.
         */
        private void merge(YamlNode value, List<LoadProblem> problems, int documentIndex) {
            if (explicit == null) {
                explicit = new HashMap<>();
                for (MappingNode.Entry entry : entries) {
                    explicit.put(entry.key(), entry);
                }
            }
            if (value instanceof MappingNode m) {
                writeMerged(m);
            } else if (value instanceof SequenceNode s && s.nodes().stream().allMatch(MappingNode.class::isInstance)) {
                for (int i = s.nodes().size() - 1; i >= 0; i--) {
                    writeMerged((MappingNode) s.nodes().get(i));
                }
            } else {
                problems.add(new LoadProblem(
                        LoadProblem.Type.SYNTAX,
                        documentIndex,
                        pointer(),
                        "a merge key (<<) needs a mapping or a list of mappings",
                        value.span()));
            }
        }

        private void writeMerged(MappingNode source) {
            for (MappingNode.Entry entry : source.entries()) {
                entries.put(entry);
            }
        }

        MappingNode toMapping(Span span) {
            return new MappingNode(span, entries, duplicates == null ? List.of() : List.copyOf(duplicates));
        }
    }

    private static boolean isMergeKey(ScalarEvent event) {
        return "<<".equals(event.getValue())
                && event.getTag().map(MERGE_TAG::equals).orElse(event.isPlain());
    }

    private static ScalarNode typeScalar(ScalarEvent event, Span span) {
        String text = event.getValue();
        Optional<String> tag = event.getTag();
        if (tag.isPresent() && tag.get().startsWith(CORE_PREFIX)) {
            return typeTagged(tag.get().substring(CORE_PREFIX.length()), text, span);
        }
        if (tag.isPresent() && tag.get().equals("!")) {
            return ScalarNode.string(span, text, false);
        }
        if (event.isPlain()) {
            return KubectlScalars.resolvePlain(span, text);
        }
        return ScalarNode.string(span, text, false);
    }

    private static ScalarNode typeTagged(String tag, String text, Span span) {
        ScalarNode resolved = KubectlScalars.resolvePlain(span, text);
        return switch (tag) {
            case "int" -> resolved.type() == ScalarType.INTEGER ? resolved : ScalarNode.string(span, text, false);
            case "float" ->
                resolved.type() == ScalarType.FLOAT || resolved.type() == ScalarType.INTEGER
                        ? new ScalarNode(
                                span,
                                text,
                                ScalarType.FLOAT,
                                ((Number) Objects.requireNonNull(resolved.value())).doubleValue(),
                                false)
                        : ScalarNode.string(span, text, false);
            case "bool" -> resolved.type() == ScalarType.BOOLEAN ? resolved : ScalarNode.string(span, text, false);
            case "null" -> new ScalarNode(span, text, ScalarType.NULL, null, false);
            default -> ScalarNode.string(span, text, false); // str, binary, timestamp, ...
        };
    }
}
