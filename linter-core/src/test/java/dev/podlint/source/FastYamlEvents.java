package dev.podlint.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.DocumentEndEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ImplicitTuple;
import org.snakeyaml.engine.v2.events.MappingEndEvent;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceEndEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.events.StreamEndEvent;
import org.snakeyaml.engine.v2.events.StreamStartEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;

/**
 * The fast YAML path's events as SnakeYAML's event objects with their marks, for comparing them with
 * ParserImpl's: a {@link FastYamlSink} that records what the parser gives it.
 */
final class FastYamlEvents implements FastYamlSink {

    private static final ImplicitTuple PLAIN = new ImplicitTuple(true, false);
    private static final ImplicitTuple NOT_PLAIN = new ImplicitTuple(false, true);
    private static final int[] NO_BUFFER = new int[0];

    private final List<Event> events = new ArrayList<>();
    /** Where each line of the text starts, for a mark's index. */
    private final int[] lineStarts;

    private FastYamlEvents(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts.add(i + 1);
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        Optional<Mark> start = mark(0);
        events.add(new StreamStartEvent(start, start));
    }

    /** The text's events as the fast path reads them, or null if it declines the text. */
    static @Nullable List<Event> parse(String text) {
        FastYamlEvents recorder = new FastYamlEvents(text);
        return FastYamlChars.onlyOrdinary(text) && FastYamlParser.parse(text, recorder) ? recorder.events : null;
    }

    private Optional<Mark> mark(long position) {
        int line = FastYamlCursor.line(position);
        int column = FastYamlCursor.column(position);
        return Optional.of(new Mark("", lineStarts[line] + column, line, column, NO_BUFFER, 0));
    }

    @Override
    public void documentStart(long at) {
        events.add(new DocumentStartEvent(false, Optional.empty(), Map.of(), mark(at), mark(at)));
    }

    @Override
    public void documentEnd(boolean explicit, long start, long end) {
        events.add(new DocumentEndEvent(explicit, mark(start), mark(end)));
    }

    @Override
    public void collectionStart(boolean mapping, boolean flow, long start, long end) {
        FlowStyle style = flow ? FlowStyle.FLOW : FlowStyle.BLOCK;
        events.add(
                mapping
                        ? new MappingStartEvent(Optional.empty(), Optional.empty(), true, style, mark(start), mark(end))
                        : new SequenceStartEvent(
                                Optional.empty(), Optional.empty(), true, style, mark(start), mark(end)));
    }

    @Override
    public void collectionEnd(boolean mapping, long start, long end) {
        events.add(
                mapping ? new MappingEndEvent(mark(start), mark(end)) : new SequenceEndEvent(mark(start), mark(end)));
    }

    @Override
    public void scalar(String value, ScalarStyle style, long start, long end) {
        events.add(new ScalarEvent(
                Optional.empty(),
                Optional.empty(),
                style == ScalarStyle.PLAIN ? PLAIN : NOT_PLAIN,
                value,
                style,
                mark(start),
                mark(end)));
    }

    @Override
    public void streamEnd(long at) {
        events.add(new StreamEndEvent(mark(at), mark(at)));
    }
}
