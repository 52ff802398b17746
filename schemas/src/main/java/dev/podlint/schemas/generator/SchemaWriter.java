package dev.podlint.schemas.generator;

import java.nio.charset.StandardCharsets;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a schema file byte-stably: keys sorted at every level, two-space indent, {@code "key": value},
 * LF line ends whatever the platform, and a final newline. Arrays keep their order (the generator sorts
 * the ones whose order means nothing, such as {@code required}).
 */
final class SchemaWriter {

    private static final ObjectWriter WRITER;

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
                        Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        WRITER = JsonMapper.builder()
                .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
                .build()
                .writer()
                .with(printer);
    }

    private SchemaWriter() {}

    static byte[] write(JsonNode node) {
        return (WRITER.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
