package dev.podlint.preset;

/** The list fields a PodPreset merges, with their v1 defaulting (see {@link V1Defaults}). */
public enum EntryKind {
    ENV("env", "env var"),
    ENV_FROM("envFrom", "envFrom source"),
    VOLUME_MOUNT("volumeMounts", "volumeMount"),
    VOLUME("volumes", "volume");

    private final String field;
    private final String noun;

    EntryKind(String field, String noun) {
        this.field = field;
        this.noun = noun;
    }

    /** The field name in the container (or pod spec) and in the preset spec. */
    public String field() {
        return field;
    }

    /** What one entry is called in messages. */
    public String noun() {
        return noun;
    }
}
