package dev.podlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/** The JSON report's writer gives, character for character, what Jackson's default pretty printer gives. */
class PrettyJsonTest {

    private static final JsonFactory FACTORY =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    @Property(tries = 400)
    void writesWhatJacksonsDefaultPrettyPrinterWrites(@ForAll("objects") Map<String, Object> root) throws IOException {
        StringWriter ours = new StringWriter();
        PrettyJson json = new PrettyJson(ours);
        json.startObject();
        members(root, json);
        json.end().flush();

        StringWriter jackson = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(new Indented(), jackson)) {
            g.writeStartObject();
            members(root, g);
            g.writeEndObject();
        }
        assertThat(ours.toString()).isEqualTo(jackson.toString());
    }

    @Provide
    Arbitrary<Map<String, Object>> objects() {
        // any character, control characters, quotes, backslashes and line separators included
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12),
                Arbitraries.strings().withCharRange('\0', '\u007f').ofMaxLength(12),
                Arbitraries.of("\"", "\\", "\u2028", "\u00e9", "/", "\uD83D\uDE00", ""));
        Arbitrary<Object> scalar = Arbitraries.oneOf(
                text.map(Object.class::cast),
                Arbitraries.longs().map(Object.class::cast),
                Arbitraries.of(true, false).map(Object.class::cast),
                Arbitraries.just(Null.VALUE));
        Arbitrary<Object> leafObject =
                Arbitraries.maps(text, scalar).ofMaxSize(4).map(m -> (Object) new LinkedHashMap<>(m));
        Arbitrary<Object> array = leafObject.list().ofMaxSize(3).map(l -> (Object) new ArrayList<>(l));
        Arbitrary<Object> value = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, scalar),
                net.jqwik.api.Tuple.of(1, leafObject),
                net.jqwik.api.Tuple.of(1, array));
        return Arbitraries.maps(text, value).ofMaxSize(6).map(LinkedHashMap::new);
    }

    private enum Null {
        VALUE
    }

    @SuppressWarnings("unchecked")
    private static void members(Map<String, Object> object, PrettyJson json) throws IOException {
        for (Map.Entry<String, Object> e : object.entrySet()) {
            Object v = e.getValue();
            if (v instanceof Map<?, ?> m) {
                json.startObject(e.getKey());
                members((Map<String, Object>) m, json);
                json.end();
            } else if (v instanceof List<?> list) {
                json.startArray(e.getKey());
                for (Object item : list) {
                    json.startObject();
                    members((Map<String, Object>) item, json);
                    json.end();
                }
                json.end();
            } else if (v instanceof Long l) {
                json.property(e.getKey(), (long) l);
            } else if (v instanceof Boolean b) {
                json.property(e.getKey(), (boolean) b);
            } else {
                json.property(e.getKey(), v == Null.VALUE ? null : (String) v);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void members(Map<String, Object> object, JsonGenerator g) {
        for (Map.Entry<String, Object> e : object.entrySet()) {
            Object v = e.getValue();
            if (v instanceof Map<?, ?> m) {
                g.writeObjectPropertyStart(e.getKey());
                members((Map<String, Object>) m, g);
                g.writeEndObject();
            } else if (v instanceof List<?> list) {
                g.writeArrayPropertyStart(e.getKey());
                for (Object item : list) {
                    g.writeStartObject();
                    members((Map<String, Object>) item, g);
                    g.writeEndObject();
                }
                g.writeEndArray();
            } else if (v instanceof Long l) {
                g.writeNumberProperty(e.getKey(), l);
            } else if (v instanceof Boolean b) {
                g.writeBooleanProperty(e.getKey(), b);
            } else {
                g.writeStringProperty(e.getKey(), v == Null.VALUE ? null : (String) v);
            }
        }
    }

    /** Indents as {@code ObjectWriter.withDefaultPrettyPrinter()} does. */
    private static final class Indented extends ObjectWriteContext.Base {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new DefaultPrettyPrinter();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    }
}
