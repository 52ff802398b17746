package dev.podlint.oracle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One object as the oracle judged it (one JSON line of its output; see oracle/README.md).
 *
 * @param file      absolute, normalized
 * @param document  index of the chunk in kubectl's split of the file
 * @param item      index inside a kind: List, else -1
 * @param line      first line of the chunk (1-based)
 * @param endLine   last line of the chunk
 * @param supported false when the oracle has no strategy for the kind (then accepted is null)
 * @param accepted  whether the API server would create the object
 */
record OracleObject(
        Path file,
        int document,
        int item,
        int line,
        int endLine,
        String apiVersion,
        String kind,
        String name,
        boolean supported,
        Boolean accepted,
        List<OracleError> errors) {

    /** One field error: the stage that raised it, its type (FieldValueInvalid, ...), field path and detail. */
    record OracleError(String stage, String type, String field, String detail, String badValue) {

        String pointer() {
            return stage.equals("decode") ? FieldPaths.decodePointer(field) : FieldPaths.toPointer(field);
        }

        String describe() {
            return stage + " " + type + " " + (field.isEmpty() ? "(object)" : field) + ": " + detail
                    + (badValue == null ? "" : " [" + badValue + "]");
        }
    }

    boolean rejected() {
        return supported && Boolean.FALSE.equals(accepted);
    }

    boolean covers(int findingLine) {
        return findingLine >= line && findingLine <= endLine;
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static OracleObject parse(String jsonLine) {
        JsonNode n = JSON.readTree(jsonLine);
        List<OracleError> errors = new ArrayList<>();
        JsonNode list = n.get("errors");
        if (list != null && list.isArray()) {
            for (JsonNode e : list) {
                errors.add(new OracleError(
                        text(e, "stage"),
                        text(e, "type"),
                        text(e, "field"),
                        text(e, "detail"),
                        e.has("badValue") && !e.get("badValue").isNull()
                                ? e.get("badValue").toString()
                                : null));
            }
        }
        JsonNode accepted = n.get("accepted");
        return new OracleObject(
                Path.of(text(n, "file")).toAbsolutePath().normalize(),
                n.path("document").asInt(-1),
                n.path("item").asInt(-1),
                n.path("line").asInt(0),
                n.path("endLine").asInt(0),
                text(n, "apiVersion"),
                text(n, "kind"),
                text(n, "name"),
                n.path("supported").asBoolean(false),
                accepted == null || accepted.isNull() ? null : accepted.asBoolean(),
                List.copyOf(errors));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.isString() ? v.asString() : v.toString();
    }
}
