package dev.podlint.rule.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The volume: and pod: validators on the edge cases of their Go originals. */
class PodAndVolumeFunctionsTest {

    private final VolumeFunctions volume = new VolumeFunctions();
    private final PodFunctions pod = new PodFunctions();

    @Test
    void modesAreZeroTo0777AndADecimalLookalikeGetsItsOctalLiteral() {
        assertThat(volume.modeProblem(0L)).isNull();
        assertThat(volume.modeProblem(511L)).isNull();
        assertThat(volume.modeProblem("644")).isNull(); // a string is the schema's
        assertThat(volume.modeProblem(644L)).contains("did you mean 0644?");
        assertThat(volume.modeProblem(512L)).contains("did you mean 0512?");
        assertThat(volume.modeProblem(800L)).contains("such as 0644").doesNotContain("did you mean");
        assertThat(volume.modeProblem(1000L)).doesNotContain("did you mean");
        assertThat(volume.modeProblem(-1L)).contains("between 0 and 0777");
        assertThat(volume.modeProblem(BigInteger.TEN.pow(30))).contains("between 0 and 0777");
    }

    @Test
    void itemPathsFollowValidateLocalNonReservedPath() {
        assertThat(volume.itemProblem(List.of(Map.of("key", "a", "path", "a/b..c")), true))
                .isNull();
        assertThat(volume.itemProblem(List.of(Map.of("key", "a", "path", "../foo")), true))
                .containsEntry("at", "items/0/path");
        assertThat(volume.itemProblem(List.of(Map.of("key", "a", "path", "a\\..\\b")), true)
                        .get("problem"))
                .contains("must not contain '..'");
        assertThat(volume.itemProblem(List.of(Map.of("key", "a", "path", "..data")), true)
                        .get("problem"))
                .contains("must not start with '..'");
        assertThat(volume.itemProblem(List.of(Map.of("key", "", "path", "a")), true))
                .containsEntry("at", "items/0/key");
        assertThat(volume.itemProblem(List.of(Map.of("path", "a")), true)).isNull(); // missing key: the schema's
        assertThat(volume.itemProblem(List.of(Map.of("key", "a", "path", "a", "mode", 755L)), true))
                .containsEntry("at", "items/0/mode");
    }

    @Test
    void sourcesComeInTheApiServersOrder() {
        Map<String, Object> v = new java.util.LinkedHashMap<>();
        v.put("name", "x");
        v.put("hostPath", Map.of("path", "/x"));
        v.put("emptyDir", Map.of());
        v.put("configMap", null);
        assertThat(volume.sources(v)).containsExactly("emptyDir", "hostPath");
    }

    @Test
    void legacyIpAddresses() {
        assertThat(pod.ip("10.0.0.1")).isTrue();
        assertThat(pod.ip("010.000.000.001")).isTrue(); // legacy fields allow leading zeros
        assertThat(pod.ip("10.0.0.256")).isFalse();
        assertThat(pod.ip("10.0.0")).isFalse();
        assertThat(pod.ip("::1")).isTrue();
        assertThat(pod.ip("fd00::a")).isTrue();
        assertThat(pod.ip("2001:db8:0:0:0:0:0:1")).isTrue();
        assertThat(pod.ip("::ffff:10.0.0.1")).isTrue();
        assertThat(pod.ip("2001:db8::1::2")).isFalse();
        assertThat(pod.ip("2001:db8:0:0:0:0:0:0:1")).isFalse();
        assertThat(pod.ip("example.com")).isFalse();
        assertThat(pod.ip("")).isFalse();
    }

    @Test
    void sysctlNamesAndNamespaces() {
        assertThat(pod.sysctlName("net.ipv4.ip_local_port_range")).isTrue();
        assertThat(pod.sysctlName("net/ipv4/conf/eth0.100/rp_filter")).isTrue();
        assertThat(pod.sysctlName("Net.Core")).isFalse();
        assertThat(pod.sysctlName("net..core")).isFalse();
        assertThat(pod.sysctlNamespace("net.core.somaxconn")).isEqualTo("Net");
        assertThat(pod.sysctlNamespace("net/ipv4/ip_forward")).isEqualTo("Net");
        assertThat(pod.sysctlNamespace("kernel.shm_rmid_forced")).isEqualTo("IPC");
        assertThat(pod.sysctlNamespace("fs.mqueue.msg_max")).isEqualTo("IPC");
        assertThat(pod.sysctlNamespace("kernel.shmmax")).isEqualTo("IPC");
        assertThat(pod.sysctlNamespace("kernel.pid_max")).isEmpty();
    }

    @Test
    void searchDomainsAreRelaxedSubdomains() {
        assertThat(pod.searchDomain("svc.cluster.local.")).isTrue();
        assertThat(pod.searchDomain("my_corp.example.com")).isTrue();
        assertThat(pod.searchDomain(".")).isTrue();
        assertThat(pod.searchDomain("Example.com")).isFalse();
        assertThat(pod.joinedLength(List.of("a", "bc"))).isEqualTo(4);
    }

    @Test
    void theRecurringSpreadPairIsTheEarlierOne() {
        List<Map<String, String>> constraints = List.of(
                Map.of("topologyKey", "zone", "whenUnsatisfiable", "DoNotSchedule"),
                Map.of("topologyKey", "host", "whenUnsatisfiable", "DoNotSchedule"),
                Map.of("topologyKey", "zone", "whenUnsatisfiable", "DoNotSchedule"));
        assertThat(pod.firstRecurring(constraints, List.of("topologyKey", "whenUnsatisfiable")))
                .isZero();
        assertThat(pod.firstRepeat(constraints, List.of("topologyKey", "whenUnsatisfiable")))
                .isEqualTo(2);
    }
}
