package dev.podlint.source;

import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.DocumentEndEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/** Events as comparable lines, from SnakeYAML's ParserImpl (with podlint's settings) or the fast path. */
final class YamlEventLists {

    private static final LoadSettings SETTINGS =
            YamlTreeBuilder.settings(YamlLimits.DEFAULT).build();

    private YamlEventLists() {}

    /** ParserImpl's events, ending with a line naming the error if it stops at one. */
    static List<String> snakeYaml(String text) {
        List<String> lines = new ArrayList<>();
        ParserImpl parser = new ParserImpl(SETTINGS, new StreamReader(SETTINGS, text));
        try {
            while (parser.hasNext()) {
                lines.add(describe(parser.next()));
            }
        } catch (YamlEngineException e) {
            lines.add("ERROR " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return lines;
    }

    static List<String> describe(List<Event> events) {
        List<String> lines = new ArrayList<>(events.size());
        for (Event event : events) {
            lines.add(describe(event));
        }
        return lines;
    }

    static String describe(Event event) {
        StringBuilder b = new StringBuilder(event.getEventId().name())
                .append(' ')
                .append(mark(event.getStartMark().orElse(null)))
                .append('-')
                .append(mark(event.getEndMark().orElse(null)));
        if (event instanceof NodeEvent node) {
            b.append(" anchor=").append(node.getAnchor().map(a -> a.getValue()).orElse("-"));
        }
        if (event instanceof ScalarEvent scalar) {
            b.append(" style=")
                    .append(scalar.getScalarStyle())
                    .append(" implicit=")
                    .append(scalar.getImplicit().canOmitTagInPlainScalar())
                    .append(',')
                    .append(scalar.getImplicit().canOmitTagInNonPlainScalar())
                    .append(" tag=")
                    .append(scalar.getTag().orElse("-"))
                    .append(" value=")
                    .append(escape(scalar.getValue()));
        } else if (event instanceof CollectionStartEvent start) {
            b.append(" flow=")
                    .append(start.getFlowStyle())
                    .append(" tag=")
                    .append(start.getTag().orElse("-"))
                    .append(" implicit=")
                    .append(start.isImplicit());
        } else if (event instanceof DocumentStartEvent start) {
            b.append(" explicit=").append(start.isExplicit());
        } else if (event instanceof DocumentEndEvent end) {
            b.append(" explicit=").append(end.isExplicit());
        }
        return b.toString();
    }

    private static String mark(Mark mark) {
        return mark == null ? "none" : mark.getIndex() + "@" + mark.getLine() + ":" + mark.getColumn();
    }

    private static String escape(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\n", "\\n").replace("\"", "\\\"") + "\"";
    }
}
