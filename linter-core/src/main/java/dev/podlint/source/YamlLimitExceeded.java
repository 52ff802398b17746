package dev.podlint.source;

/** Thrown by the tree builder when a document crosses one of the {@link YamlLimits}. */
final class YamlLimitExceeded extends RuntimeException {

    private final Span span;

    YamlLimitExceeded(String message, Span span) {
        super(message, null, false, false);
        this.span = span;
    }

    Span span() {
        return span;
    }
}
