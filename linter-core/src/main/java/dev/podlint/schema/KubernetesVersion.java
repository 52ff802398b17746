package dev.podlint.schema;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A Kubernetes minor version, e.g. 1.32. Patch versions ({@code 1.32.2}, {@code v1.32}) map to their minor. */
public record KubernetesVersion(int major, int minor) implements Comparable<KubernetesVersion> {

    private static final Pattern VERSION = Pattern.compile("v?(\\d+)\\.(\\d+)(?:\\.\\d+)?");

    /** The version written as X.Y (or vX.Y, X.Y.Z), or null when the text is not a version. */
    public static @Nullable KubernetesVersion parse(String text) {
        Matcher m = VERSION.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return new KubernetesVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public int compareTo(KubernetesVersion other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    public boolean isBefore(KubernetesVersion other) {
        return compareTo(other) < 0;
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }

    // Written out: a record's generated equals and hashCode link an invokedynamic call site on first
    // use, which a cold start paid for on its version lookups.
    @Override
    public boolean equals(Object other) {
        return other instanceof KubernetesVersion v && v.major == major && v.minor == minor;
    }

    @Override
    public int hashCode() {
        return 31 * major + minor;
    }
}
