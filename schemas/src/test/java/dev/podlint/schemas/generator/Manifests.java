package dev.podlint.schemas.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;

/** Reads the YAML documents of a manifest file as JSON trees (empty documents left out). */
final class Manifests {

    private Manifests() {}

    static List<JsonNode> read(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    static List<JsonNode> parse(String yaml) {
        Load load = new Load(
                LoadSettings.builder().setCodePointLimit(64 * 1024 * 1024).build());
        List<JsonNode> docs = new ArrayList<>();
        for (Object doc : load.loadAllFromString(yaml)) {
            if (doc instanceof Map<?, ?>) {
                docs.add(KindValidator.MAPPER.valueToTree(doc));
            }
        }
        return docs;
    }
}
