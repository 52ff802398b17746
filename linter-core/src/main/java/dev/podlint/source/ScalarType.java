package dev.podlint.source;

/** The JSON type a plain or quoted YAML scalar has once kubectl has converted it. */
public enum ScalarType {
    STRING("string"),
    BOOLEAN("boolean"),
    INTEGER("integer"),
    FLOAT("number"),
    NULL("null");

    private final String jsonType;

    ScalarType(String jsonType) {
        this.jsonType = jsonType;
    }

    /** The JSON Schema type name of values of this kind. */
    public String jsonType() {
        return jsonType;
    }
}
