package dev.podlint.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.LoadSettingsBuilder;
import org.snakeyaml.engine.v2.common.Anchor;
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

    /** A YAML document of a file: its 0-based index in the stream, and its root (null if empty). */
    record ParsedDocument(int index, YamlNode root) {
    }

    record Result(List<ParsedDocument> documents, List<LoadProblem> problems) {
    }

    /**
     * Texts from this length on are read with a large buffer: SnakeYAML copies its whole window on each
     * refill while a token lasts, so a scalar megabytes long costs its length squared over the buffer
     * size (5 MiB: 8 s with the default 1 KiB, 0.1 s with 1 MiB).
     */
    private static final int LARGE_TEXT = 64 * 1024;
    private static final int LARGE_BUFFER = 1 << 20;

    private final YamlLimits limits;
    private final LoadSettings settings;
    private final LoadSettings largeTextSettings;

    YamlTreeBuilder(YamlLimits limits) {
        this.limits = limits;
        this.settings = settings(limits).build();
        this.largeTextSettings = settings(limits).setBufferSize(LARGE_BUFFER).build();
    }

    private static LoadSettingsBuilder settings(YamlLimits limits) {
        return LoadSettings.builder()
                .setLabel("")
                .setUseMarks(true)
                .setParseComments(false)
                .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
    }

    Result build(String text) {
        LoadSettings settings = text.length() < LARGE_TEXT ? this.settings : largeTextSettings;
        List<ParsedDocument> documents = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        DocumentState state = null;
        int documentIndex = -1;
        try {
            ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, text));
            while (parser.hasNext()) {
                Event event = parser.next();
                switch (event.getEventId()) {
                    case DocumentStart -> {
                        documentIndex++;
                        state = new DocumentState(documentIndex, problems);
                    }
                    case DocumentEnd -> {
                        documents.add(new ParsedDocument(documentIndex, state.root));
                        state = null;
                    }
                    case Scalar -> state.scalar((ScalarEvent) event);
                    case Alias -> state.alias((AliasEvent) event);
                    case MappingStart -> state.startMapping((CollectionStartEvent) event);
                    case SequenceStart -> state.startSequence((CollectionStartEvent) event);
                    case MappingEnd, SequenceEnd -> state.endCollection(event);
                    default -> {
                        // StreamStart, StreamEnd, Comment: nothing to build
                    }
                }
            }
        } catch (YamlLimitExceeded e) {
            problems.add(new LoadProblem(LoadProblem.Type.SYNTAX, Math.max(documentIndex, 0), "", e.getMessage(), e.span()));
        } catch (MarkedYamlEngineException e) {
            Span at = clampToText(text,
                    e.getProblemMark().or(e::getContextMark).map(YamlTreeBuilder::point).orElse(Span.FILE_START));
            String message = describe(e);
            if (e.getContextMark().isPresent() && e.getProblemMark().isPresent()
                    && e.getContextMark().get().getLine() != e.getProblemMark().get().getLine()) {
                Mark context = e.getContextMark().get();
                message += " (started at line " + (context.getLine() + 1) + ", column " + (context.getColumn() + 1) + ")";
            }
            problems.add(new LoadProblem(LoadProblem.Type.SYNTAX, Math.max(documentIndex, 0), "", message, at));
        } catch (ReaderException e) {
            problems.add(new LoadProblem(LoadProblem.Type.SYNTAX, Math.max(documentIndex, 0), "",
                    String.format("special character U+%04X is not allowed in YAML", e.getCodePoint()),
                    TextPositions.ofCodePointOffset(text, e.getPosition())));
        } catch (YamlEngineException e) {
            problems.add(new LoadProblem(LoadProblem.Type.SYNTAX, Math.max(documentIndex, 0), "",
                    "invalid YAML: " + firstLine(e.getMessage()), Span.FILE_START));
        }
        return new Result(documents, problems);
    }

    /** The parser's own words, without its snippet of the source (which could hold a Secret). */
    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        String text = context.isEmpty() ? problem : problem.isEmpty() ? context : context + ": " + problem;
        return "invalid YAML: " + firstLine(text);
    }

    private static String firstLine(String s) {
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

    static Span point(Mark mark) {
        return Span.point(mark.getLine() + 1, mark.getColumn() + 1);
    }

    static Span span(Optional<Mark> start, Optional<Mark> end) {
        Mark s = start.orElseThrow();
        Mark e = end.orElse(s);
        return new Span(s.getLine() + 1, s.getColumn() + 1, e.getLine() + 1, e.getColumn() + 1);
    }

    /** Building state for one YAML document. */
    private final class DocumentState {
        private final int index;
        private final List<LoadProblem> problems;
        private final Deque<Frame> stack = new ArrayDeque<>();
        private final Map<String, Built> anchors = new HashMap<>();
        private YamlNode root;
        private long expandedNodes;
        private int aliases;

        DocumentState(int index, List<LoadProblem> problems) {
            this.index = index;
            this.problems = problems;
        }

        void scalar(ScalarEvent event) {
            Span span = span(event.getStartMark(), event.getEndMark());
            ScalarNode node = typeScalar(event, span);
            Built built = new Built(node, 1, isMergeKey(event));
            register(event, built);
            attach(built);
        }

        void alias(AliasEvent event) {
            Span span = span(event.getStartMark(), event.getEndMark());
            String name = event.getAlias().getValue();
            Built target = anchors.get(name);
            if (target == null) {
                throw new YamlLimitExceeded("invalid YAML: unknown alias *" + name, span);
            }
            if (target.node == null) {
                throw new YamlLimitExceeded("invalid YAML: alias *" + name + " refers to the node that contains it", span);
            }
            if (++aliases > limits.maxAliases()) {
                throw new YamlLimitExceeded("document uses more than " + limits.maxAliases() + " aliases", span);
            }
            attach(new Built(target.node, target.weight, false));
        }

        void startMapping(CollectionStartEvent event) {
            push(new Frame(event, true, childPointer()));
        }

        void startSequence(CollectionStartEvent event) {
            push(new Frame(event, false, childPointer()));
        }

        /** The pointer of the collection about to start, for messages. */
        private String childPointer() {
            Frame parent = stack.peek();
            if (parent == null) {
                return "";
            }
            if (!parent.mapping) {
                return Pointers.append(parent.pointer, parent.items.size());
            }
            if (parent.pendingKey != null && parent.pendingKey.node instanceof ScalarNode key) {
                return Pointers.append(parent.pointer, Frame.keyString(key));
            }
            return parent.pointer;
        }

        private void push(Frame frame) {
            if (stack.size() >= limits.maxDepth()) {
                throw new YamlLimitExceeded("nesting is deeper than " + limits.maxDepth() + " levels", frame.start);
            }
            frame.event.getAnchor().ifPresent(a -> anchors.put(a.getValue(), new Built(null, 0, false)));
            stack.push(frame);
        }

        void endCollection(Event end) {
            Frame frame = stack.pop();
            Span span = span(frame.event.getStartMark(), end.getEndMark());
            YamlNode node = frame.mapping ? frame.toMapping(span) : new SequenceNode(span, frame.items);
            Built built = new Built(node, frame.weight + 1, false);
            register(frame.event, built);
            attach(built);
        }

        private void register(NodeEvent event, Built built) {
            Optional<Anchor> anchor = event.getAnchor();
            anchor.ifPresent(a -> anchors.put(a.getValue(), built));
        }

        private void attach(Built built) {
            expandedNodes += built.weight;
            if (expandedNodes > limits.maxExpandedNodes()) {
                throw new YamlLimitExceeded("document expands to more than " + limits.maxExpandedNodes()
                        + " nodes through aliases (a YAML bomb?)", built.node.span());
            }
            Frame parent = stack.peek();
            if (parent == null) {
                root = built.node;
            } else {
                parent.add(built, problems, index);
            }
        }
    }

    /** A node with its expanded size, and whether it is the merge key {@code <<}. */
    private record Built(YamlNode node, long weight, boolean mergeKey) {
    }

    /** A mapping or sequence under construction. */
    private static final class Frame {
        final CollectionStartEvent event;
        final boolean mapping;
        final Span start;
        final List<YamlNode> items = new ArrayList<>();
        final Map<String, MappingNode.Entry> entries = new LinkedHashMap<>();
        final List<MappingNode> merges = new ArrayList<>();
        final List<MappingNode.Entry> duplicates = new ArrayList<>();
        final String pointer;
        long weight;
        Built pendingKey;

        Frame(CollectionStartEvent event, boolean mapping, String pointer) {
            this.event = event;
            this.mapping = mapping;
            this.pointer = pointer;
            this.start = point(event.getStartMark().orElseThrow());
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
                merge(built.node, problems, documentIndex);
                return;
            }
            if (!(key.node instanceof ScalarNode scalar)) {
                problems.add(new LoadProblem(LoadProblem.Type.SYNTAX, documentIndex, pointer,
                        "a mapping key must be a scalar (kubectl converts keys to strings)", key.node.span()));
                return;
            }
            String name = keyString(scalar);
            MappingNode.Entry first = entries.get(name);
            if (first != null) {
                problems.add(new LoadProblem(LoadProblem.Type.DUPLICATE_KEY, documentIndex, Pointers.append(pointer, name),
                        "duplicate key \"" + name + "\" (first defined at line " + first.keySpan().line()
                                + "); kubectl rejects the document",
                        scalar.span()));
                duplicates.add(new MappingNode.Entry(name, scalar.span(), built.node));
                return;
            }
            entries.put(name, new MappingNode.Entry(name, scalar.span(), built.node));
        }

        private void merge(YamlNode value, List<LoadProblem> problems, int documentIndex) {
            if (value instanceof MappingNode m) {
                merges.add(m);
            } else if (value instanceof SequenceNode s && s.nodes().stream().allMatch(MappingNode.class::isInstance)) {
                s.nodes().forEach(n -> merges.add((MappingNode) n));
            } else {
                problems.add(new LoadProblem(LoadProblem.Type.SYNTAX, documentIndex, pointer,
                        "a merge key (<<) needs a mapping or a list of mappings", value.span()));
            }
        }

        MappingNode toMapping(Span span) {
            List<MappingNode.Entry> dropped = duplicates.isEmpty() ? List.of() : List.copyOf(duplicates);
            if (merges.isEmpty()) {
                return new MappingNode(span, entries, dropped);
            }
            Map<String, MappingNode.Entry> all = new LinkedHashMap<>(entries);
            for (MappingNode source : merges) {
                for (MappingNode.Entry entry : source.entries()) {
                    all.putIfAbsent(entry.key(), entry);
                }
            }
            return new MappingNode(span, all, dropped);
        }

        /** Keys as sigs.k8s.io/yaml turns them into JSON object keys. */
        static String keyString(ScalarNode key) {
            Object v = key.value();
            if (v instanceof String s) {
                return s;
            }
            if (v instanceof Double d) {
                return GoNumbers.formatFloat(d);
            }
            return v == null ? "null" : v.toString();
        }
    }

    private static boolean isMergeKey(ScalarEvent event) {
        return "<<".equals(event.getValue())
                && (event.getTag().map(MERGE_TAG::equals).orElse(event.isPlain()));
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
            case "float" -> resolved.type() == ScalarType.FLOAT || resolved.type() == ScalarType.INTEGER
                    ? new ScalarNode(span, text, ScalarType.FLOAT, ((Number) resolved.value()).doubleValue(), false)
                    : ScalarNode.string(span, text, false);
            case "bool" -> resolved.type() == ScalarType.BOOLEAN ? resolved : ScalarNode.string(span, text, false);
            case "null" -> new ScalarNode(span, text, ScalarType.NULL, null, false);
            default -> ScalarNode.string(span, text, false); // str, binary, timestamp, ...
        };
    }
}
