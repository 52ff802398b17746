package dev.podlint.finding;

/**
 * What {@code kubectl apply} does with the object of a finding when that is not what its rule's
 * severity says on its own: an error finding otherwise means the API server rejects the object.
 */
public enum Outcome {

    /** kubectl apply accepts the object; the API server rejects every Pod made from it. */
    PODS_REJECTED("pods-rejected");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    /** The name in the JSON report. */
    public String label() {
        return label;
    }
}
