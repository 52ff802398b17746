package dev.podlint.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The PersistentVolume, EndpointSlice, Endpoints and CSIDriver checks that differ between Kubernetes versions: each
 * manifest is accepted by the first version listed and rejected by the second, as the Go source of
 * those versions decides.
 */
class MoreKindVersionsTest {

    private static final String LOCAL_PV = """
            apiVersion: v1
            kind: PersistentVolume
            metadata:
              name: local-ssd
            spec:
              capacity: {storage: 10Gi}
              accessModes: [ReadWriteOnce]
              local: {path: /mnt/disks/ssd0}
              nodeAffinity:
                required:
                  nodeSelectorTerms:
                    - matchExpressions:
                        - {key: kubernetes.io/hostname, operator: In, values: ["node 1"]}
            """;

    private static final String SLICE = """
            apiVersion: discovery.k8s.io/v1
            kind: EndpointSlice
            metadata:
              name: db
            addressType: TYPE
            endpoints:
              - addresses: ["ADDRESS"]
                HINTS
            """;

    private static final String ENDPOINTS = """
            apiVersion: v1
            kind: Endpoints
            metadata:
              name: db
            subsets:
              - addresses: [{ip: "::ffff:10.1.2.3"}]
            """;

    private static final String CSI_DRIVER = """
            apiVersion: storage.k8s.io/v1
            kind: CSIDriver
            metadata:
              name: ebs.csi.aws.com
            spec:
              nodeAllocatableUpdatePeriodSeconds: 5
            """;

    @ParameterizedTest(name = "{0}: {1} accepts, {2} rejects")
    @CsvSource({
        "node affinity label value (AllowInvalidLabelValueInRequiredNodeAffinity), 1.31, 1.32, storage-invalid",
        "IPv6 address not in canonical form (IsValidIP), 1.32, 1.33, endpoint-slice-invalid",
        "IPv4 address with a leading zero (StrictIPCIDRValidation), 1.35, 1.36, endpoint-slice-invalid",
        "forNodes hint not a node name (PreferSameTrafficDistribution), 1.33, 1.34, endpoint-slice-invalid",
        "Endpoints IPv4-mapped IPv6 address (StrictIPCIDRValidation), 1.35, 1.36, endpoints-invalid",
        "CSIDriver nodeAllocatableUpdatePeriodSeconds below 10 (MutableCSINodeAllocatableCount), 1.34, 1.35, csi-driver-invalid",
    })
    void versionsDiffer(String what, String accepting, String rejecting, String rule) {
        String manifest = manifest(what);
        assertThat(ApiValidationVersionsTest.ids(ApiValidationVersionsTest.lint(manifest, accepting)))
                .as("%s with %s", what, accepting)
                .doesNotContain(rule);
        assertThat(ApiValidationVersionsTest.ids(ApiValidationVersionsTest.lint(manifest, rejecting)))
                .as("%s with %s", what, rejecting)
                .contains(rule);
    }

    private static String manifest(String what) {
        if (what.startsWith("Endpoints")) {
            return ENDPOINTS;
        }
        if (what.startsWith("CSIDriver")) {
            return CSI_DRIVER;
        }
        if (what.startsWith("node affinity")) {
            return LOCAL_PV;
        }
        if (what.startsWith("IPv6")) {
            return slice("IPv6", "2001:DB8::1", "");
        }
        if (what.startsWith("IPv4")) {
            return slice("IPv4", "10.1.2.03", "");
        }
        return slice("IPv4", "10.1.2.3", "hints: {forNodes: [{name: Node_1}]}");
    }

    private static String slice(String type, String address, String hints) {
        return SLICE.replace("TYPE", type).replace("ADDRESS", address).replace("HINTS", hints);
    }
}
