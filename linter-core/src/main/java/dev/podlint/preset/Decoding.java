package dev.podlint.preset;

/** How an entry reaches the admission plugin, which decides what {@code reflect.DeepEqual} sees of it. */
enum Decoding {
    /** A pod's own entry: decoded from the create request's JSON. */
    REQUEST,
    /**
     * A preset's entry: read back from storage (protobuf, through etcd and the API server's watch), so
     * its quantities were written in canonical form and parsed again, and its empty lists and maps
     * are gone.
     */
    STORAGE;

    static Decoding of(Located entry) {
        return entry.fromPod() ? REQUEST : STORAGE;
    }
}
