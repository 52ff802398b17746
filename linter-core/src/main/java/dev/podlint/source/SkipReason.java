package dev.podlint.source;

/** Why a folder walk left a YAML or JSON file out (see {@link Discovery}). */
public enum SkipReason {
    PODLINT_FILE("podlint file", "podlint files"),
    HELM_CHART("Helm chart file", "Helm chart files"),
    KUSTOMIZATION("kustomization", "kustomizations"),
    KUSTOMIZE_PATCH("kustomize patch", "kustomize patches"),
    NOT_KUBERNETES("not Kubernetes", "not Kubernetes");

    private final String one;
    private final String many;

    SkipReason(String one, String many) {
        this.one = one;
        this.many = many;
    }

    /** "1 Helm chart file", "3 Helm chart files". */
    public String count(long n) {
        return n + " " + (n == 1 ? one : many);
    }

    /** As reported per file: "Helm chart file". */
    public String label() {
        return one;
    }
}
