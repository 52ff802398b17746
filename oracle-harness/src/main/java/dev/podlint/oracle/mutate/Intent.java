package dev.podlint.oracle.mutate;

/** What a mutation is expected to do to the API server's verdict (the oracle has the last word). */
public enum Intent {
    /** A mistake the API server rejects. */
    REJECT("reject"),
    /** A harmless change: the document stays valid (measures false alarms). */
    ACCEPT("accept"),
    /** A real mistake that the API server still accepts (it fails later, or means something else). */
    ACCEPTED_MISTAKE("accepted-mistake");

    public final String label;

    Intent(String label) {
        this.label = label;
    }
}
