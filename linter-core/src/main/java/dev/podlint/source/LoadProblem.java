package dev.podlint.source;

/**
 * Something wrong with a file's text or YAML structure, found while loading it.
 *
 * @param pointer JSON Pointer of the node concerned within its YAML document, or "" when unknown
 */
public record LoadProblem(Type type, int documentIndex, String pointer, String message, Span span) {

    public enum Type {
        /** Not valid YAML, not text, or over a limit. */
        SYNTAX("yaml-syntax"),
        /** A mapping repeats a key; points at the later occurrence, the one kubectl keeps. */
        DUPLICATE_KEY("duplicate-key"),
        /** A plain key that kubectl sends as another text ({@code yes:} as "true"). */
        KEY_RETYPED("yaml-key-retyped");

        private final String ruleId;

        Type(String ruleId) {
            this.ruleId = ruleId;
        }

        /** The rule a problem of this type is reported under. */
        public String ruleId() {
            return ruleId;
        }
    }
}
