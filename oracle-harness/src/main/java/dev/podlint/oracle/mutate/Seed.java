package dev.podlint.oracle.mutate;

/** A valid manifest that mutations start from: a name (its resource file's) and its tree. */
public record Seed(String name, YMap root) {

    public String kind() {
        return root.text("kind");
    }
}
