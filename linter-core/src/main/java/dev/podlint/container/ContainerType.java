package dev.podlint.container;

/** The three container lists of a pod spec, in the order the API server validates them. */
enum ContainerType {
    REGULAR("containers"),
    INIT("initContainers"),
    EPHEMERAL("ephemeralContainers");

    private final String field;

    ContainerType(String field) {
        this.field = field;
    }

    String field() {
        return field;
    }
}
