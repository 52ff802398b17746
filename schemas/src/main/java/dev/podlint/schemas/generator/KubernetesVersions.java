package dev.podlint.schemas.generator;

import java.util.List;
import java.util.Set;

/**
 * The schema files podlint bundles, and the client-java-api version each is generated from.
 *
 * <p>Client ↔ Kubernetes versions follow client-java's own table, the wiki page
 * "2. Versioning and Compatibility" of kubernetes-client/java (✓ = exactly that Kubernetes version's API):
 * 19.0.x ✓ 1.27, 20.0.x ✓ 1.28 (no client is generated for 1.29), 21.0.x ✓ 1.30, 22.0.x ✓ 1.31, 23.0.x ✓ 1.32, 24.0.x ✓ 1.33, 25.0.x ✓ 1.34 (wiki as updated January 2026;
 * the maintainer's note in kubernetes-client/java issue #4496), 26.0.x ✓ 1.35 (release note in issue #4511).
 * 27.0.0 is not in the table yet; it is the next major regeneration (generated June 2026, after Kubernetes
 * 1.36) and is taken as 1.36. The newest patch release on Maven Central of each major is used. The same
 * versions are listed in schemas/pom.xml, which copies the jars.
 *
 * <p>PodPreset ({@code settings.k8s.io/v1alpha1}) was removed in Kubernetes 1.20; 11.0.x (Kubernetes 1.19) is
 * the last client that has it, and it gets a file of its own holding that kind only.
 */
final class KubernetesVersions {

    /**
     * One schema file.
     *
     * @param kubernetesVersion the Kubernetes minor, e.g. "1.32"
     * @param clientJavaVersion the io.kubernetes:client-java-api version it is generated from
     * @param fileName the file's name in the schema folder
     * @param onlyKinds when not null, the only kinds (keys such as {@code v1/Pod}) the file holds
     */
    record Target(String kubernetesVersion, String clientJavaVersion, String fileName, Set<String> onlyKinds) {}

    static final String PODPRESET_KIND = "settings.k8s.io/v1alpha1/PodPreset";

    static final List<Target> TARGETS = List.of(
            minor("1.27", "19.0.3"),
            minor("1.28", "20.0.1"),
            minor("1.30", "21.0.2"),
            minor("1.31", "22.0.1"),
            minor("1.32", "23.0.0"),
            minor("1.33", "24.0.0"),
            minor("1.34", "25.0.0"),
            minor("1.35", "26.0.1"),
            minor("1.36", "27.0.0"),
            new Target("1.19", "11.0.4", "podpreset-settings.k8s.io-v1alpha1.json", Set.of(PODPRESET_KIND)));

    private KubernetesVersions() {}

    private static Target minor(String kubernetes, String client) {
        return new Target(kubernetes, client, "v" + kubernetes + ".json", null);
    }
}
