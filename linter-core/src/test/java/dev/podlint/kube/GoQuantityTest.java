package dev.podlint.kube;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * resource.Quantity as k8s.io/apimachinery v0.19.16 holds it. The rows were printed by a Go program
 * calling that version's UnmarshalJSON, String, the protobuf Marshal and Unmarshal, and RoundUp, and
 * reading the unexported fields that reflect.DeepEqual compares: int64 amount (value/scale), inf.Dec
 * (unscaled/scale, or nil), cached string s, Format.
 */
class GoQuantityTest {

    private static String describe(GoQuantity q) {
        String dec = q.dec() == null ? "nil" : q.dec() + "/" + q.decScale();
        return "i=" + q.value() + "/" + q.scale() + " d=" + dec + " s=\"" + q.cached() + "\" f=" + q.format();
    }

    /** text as the API server reads it from JSON; the pod's value; String(); the preset's value after storage. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '\'',
            value = {
                "1Gi            | i=1073741824/0 d=nil s=\"1Gi\" f=BinarySI | 1Gi | i=1073741824/0 d=nil s=\"1Gi\" f=BinarySI",
                "1024Mi         | i=1073741824/0 d=nil s=\"\" f=BinarySI | 1Gi | i=1073741824/0 d=nil s=\"1Gi\" f=BinarySI",
                "0.5Gi          | i=0/0 d=536870912000000000/9 s=\"\" f=BinarySI | 512Mi | i=536870912/0 d=nil s=\"\" f=BinarySI",
                "512Mi          | i=536870912/0 d=nil s=\"\" f=BinarySI | 512Mi | i=536870912/0 d=nil s=\"\" f=BinarySI",
                "1000M          | i=1000/6 d=nil s=\"\" f=DecimalSI | 1G | i=1/9 d=nil s=\"1G\" f=DecimalSI",
                "1G             | i=1/9 d=nil s=\"1G\" f=DecimalSI | 1G | i=1/9 d=nil s=\"1G\" f=DecimalSI",
                "1024Ki         | i=1048576/0 d=nil s=\"\" f=BinarySI | 1Mi | i=1048576/0 d=nil s=\"1Mi\" f=BinarySI",
                "1m             | i=1/-3 d=nil s=\"1m\" f=DecimalSI | 1m | i=1/-3 d=nil s=\"1m\" f=DecimalSI",
                "1              | i=1/0 d=nil s=\"1\" f=DecimalSI | 1 | i=1/0 d=nil s=\"1\" f=DecimalSI",
                "0              | i=0/0 d=nil s=\"0\" f=DecimalSI | 0 | i=0/0 d=nil s=\"0\" f=DecimalSI",
                "-0             | i=0/0 d=nil s=\"\" f=DecimalSI | 0 | i=0/0 d=nil s=\"0\" f=DecimalSI",
                "0.0            | i=0/-1 d=nil s=\"\" f=DecimalSI | 0 | i=0/0 d=nil s=\"0\" f=DecimalSI",
                "0.0Gi          | i=0/0 d=0/1 s=\"\" f=BinarySI | 0 | i=0/0 d=nil s=\"0\" f=DecimalSI",
                "1.5            | i=15/-1 d=nil s=\"\" f=DecimalSI | 1500m | i=1500/-3 d=nil s=\"1500m\" f=DecimalSI",
                "1500m          | i=1500/-3 d=nil s=\"1500m\" f=DecimalSI | 1500m | i=1500/-3 d=nil s=\"1500m\" f=DecimalSI",
                "0.1            | i=1/-1 d=nil s=\"\" f=DecimalSI | 100m | i=100/-3 d=nil s=\"100m\" f=DecimalSI",
                "1e3            | i=1/3 d=nil s=\"1e3\" f=DecimalExponent | 1e3 | i=1/3 d=nil s=\"1e3\" f=DecimalExponent",
                "1E3            | i=1/3 d=nil s=\"1E3\" f=DecimalExponent | 1E3 | i=1/3 d=nil s=\"1E3\" f=DecimalExponent",
                "1000E          | i=1000/18 d=nil s=\"\" f=DecimalSI | 1 | i=1/0 d=nil s=\"1\" f=DecimalSI",
                "1E             | i=1/18 d=nil s=\"1E\" f=DecimalSI | 1E | i=1/18 d=nil s=\"1E\" f=DecimalSI",
                "1e-7           | i=1/-7 d=nil s=\"\" f=DecimalExponent | 100e-9 | i=100/-9 d=nil s=\"100e-9\" f=DecimalExponent",
                "1.5n           | i=0/0 d=2/9 s=\"\" f=DecimalSI | 2n | i=2/-9 d=nil s=\"2n\" f=DecimalSI",
                "1e-2000        | i=0/0 d=1/9 s=\"\" f=DecimalExponent | 1e-9 | i=1/-9 d=nil s=\"1e-9\" f=DecimalExponent",
                "1Pi            | i=0/0 d=1125899906842624000000000/9 s=\"\" f=BinarySI | 1Pi | i=0/0 d=1125899906842624000000000/9 s=\"\" f=BinarySI",
                "9Ei            | i=0/0 d=9223372036854775807/0 s=\"\" f=BinarySI | 9223372036854775807 | i=0/0 d=9223372036854775807000000000/9 s=\"\" f=DecimalSI",
                "99999999999999999999 | i=0/0 d=99999999999999999999000000000/9 s=\"\" f=DecimalSI | 99999999999999999999 | i=0/0 d=99999999999999999999000000000/9 s=\"\" f=DecimalSI",
                "0.5Ki          | i=0/0 d=512000000000/9 s=\"\" f=BinarySI | 512 | i=512/0 d=nil s=\"512\" f=DecimalSI",
                "1.5Gi          | i=0/0 d=1610612736000000000/9 s=\"\" f=BinarySI | 1536Mi | i=1610612736/0 d=nil s=\"\" f=BinarySI",
                "7Ki            | i=7168/0 d=nil s=\"7Ki\" f=BinarySI | 7Ki | i=7168/0 d=nil s=\"7Ki\" f=BinarySI",
                "8Ki            | i=8192/0 d=nil s=\"\" f=BinarySI | 8Ki | i=8192/0 d=nil s=\"\" f=BinarySI",
                "-1Gi           | i=-1073741824/0 d=nil s=\"-1Gi\" f=BinarySI | -1Gi | i=-1073741824/0 d=nil s=\"-1Gi\" f=BinarySI",
                "-0.5Gi         | i=0/0 d=-536870912000000000/9 s=\"\" f=BinarySI | -512Mi | i=-536870912/0 d=nil s=\"\" f=BinarySI",
                "1.             | i=1/0 d=nil s=\"1.\" f=DecimalSI | 1. | i=1/0 d=nil s=\"1.\" f=DecimalSI",
                ".              | i=0/0 d=nil s=\"\" f=DecimalSI | 0 | i=0/0 d=nil s=\"0\" f=DecimalSI",
                "0100           | i=100/0 d=nil s=\"0100\" f=DecimalSI | 0100 | i=100/0 d=nil s=\"0100\" f=DecimalSI",
                "Gi             | i=0/0 d=nil s=\"\" f=BinarySI | 0 | i=0/0 d=nil s=\"0\" f=DecimalSI"
            })
    void parsedStringifiedAndStoredAsGoDoes(String text, String pod, String string, String preset) {
        GoQuantity q = GoQuantity.parse(text).orElseThrow();
        assertThat(describe(q)).isEqualTo(pod);
        assertThat(q.string()).isEqualTo(string);
        assertThat(describe(q.stored())).isEqualTo(preset);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"1e", "1kk", "1EE", "abc", "0x10", "''", "'1Gi '", "1 Gi", "--1", "1e99999999999999999999"})
    void textsParseQuantityRejects(String text) {
        assertThat(GoQuantity.parse(text)).isEmpty();
    }

    /** SetDefaults_ResourceList: RoundUp(milli) on both sides, before storage on the preset's. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1Gi    | i=1073741824/0 d=nil s=\"1Gi\" f=BinarySI | i=1073741824/0 d=nil s=\"1Gi\" f=BinarySI",
                "0.5Gi  | i=0/0 d=536870912000/3 s=\"\" f=BinarySI | i=536870912/0 d=nil s=\"\" f=BinarySI",
                "1.5n   | i=0/0 d=1/3 s=\"\" f=DecimalSI | i=1/-3 d=nil s=\"1m\" f=DecimalSI",
                "0.0001 | i=1/-3 d=nil s=\"\" f=DecimalSI | i=1/-3 d=nil s=\"1m\" f=DecimalSI",
                "1e-7   | i=1/-3 d=nil s=\"\" f=DecimalExponent | i=1/-3 d=nil s=\"1e-3\" f=DecimalExponent",
                "100m   | i=100/-3 d=nil s=\"100m\" f=DecimalSI | i=100/-3 d=nil s=\"100m\" f=DecimalSI",
                "1Pi    | i=0/0 d=1125899906842624000/3 s=\"\" f=BinarySI | i=0/0 d=1125899906842624000000000/9 s=\"\" f=BinarySI"
            })
    void roundedUpToMilliAsResourceListDefaultsDo(String text, String pod, String preset) {
        GoQuantity q = GoQuantity.parse(text).orElseThrow().roundUp(-3);
        assertThat(describe(q)).isEqualTo(pod);
        assertThat(describe(q.stored())).isEqualTo(preset);
    }

    /** The table of oracle/podpreset/README.md: pod as decoded, preset as stored, reflect.DeepEqual. */
    @ParameterizedTest(name = "pod {0}, preset {1}")
    @CsvSource({
        "1Gi, 1Gi, true",
        "1Gi, 1024Mi, true",
        "1024Mi, 1024Mi, false",
        "1024Mi, 1Gi, false",
        "1G, 1000M, true",
        "1000M, 1000M, false",
        "512Mi, 0.5Gi, true",
        "512Mi, 512Mi, true",
        "1073741824, 1Gi, false",
        "1Mi, 1024Ki, true",
        "1024Ki, 1024Ki, false",
        "0, 0, true",
        "1m, 1m, true"
    })
    void podAgainstStoredPreset(String pod, String preset, boolean equal) {
        assertThat(GoQuantity.parse(pod)
                        .orElseThrow()
                        .equals(GoQuantity.parse(preset).orElseThrow().stored()))
                .isEqualTo(equal);
    }

    @Test
    void anAbsentDivisorIsTheZeroQuantityWhichStorageTurnsIntoZero() {
        GoQuantity stored = GoQuantity.ZERO.stored();
        assertThat(describe(stored)).isEqualTo("i=0/0 d=nil s=\"0\" f=DecimalSI");
        assertThat(GoQuantity.ZERO).isNotEqualTo(stored);
        assertThat(GoQuantity.parse("0")).contains(stored);
        assertThat(GoQuantity.fromJson(null)).contains(GoQuantity.ZERO);
    }

    /** What kubectl sends for a YAML value, then UnmarshalJSON: strings trimmed, numbers as encoding/json writes them. */
    @Test
    void yamlValuesDecodeFromTheirJson() {
        assertThat(GoQuantity.fromJson(" 1Gi\u00a0")).isEqualTo(GoQuantity.parse("1Gi"));
        assertThat(GoQuantity.fromJson("1Gi\t")).as("escaped in JSON").isEmpty();
        assertThat(GoQuantity.fromJson(1024L)).isEqualTo(GoQuantity.parse("1024"));
        assertThat(GoQuantity.fromJson(new BigInteger("18446744073709551615")))
                .isEqualTo(GoQuantity.parse("18446744073709551615"));
        assertThat(GoQuantity.fromJson(1e3)).as("1e3 unquoted is a float: 1000").isEqualTo(GoQuantity.parse("1000"));
        assertThat(GoQuantity.fromJson(true)).isEmpty();
        assertThat(GoQuantity.fromJson(Double.NaN)).isEmpty();
    }

    /** Go's json.Marshal of a float64, printed by Go for these inputs. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "1.5, 1.5",
        "1e3, 1000",
        "1e21, 1e+21",
        "1e-7, 1e-7",
        "0.1, 0.1",
        "1e20, 100000000000000000000",
        "123456789.123, 123456789.123",
        "-0.0, -0",
        "1.0, 1",
        "2.5e-6, 0.0000025",
        "1e-6, 0.000001",
        "9.999999e20, 999999900000000000000",
        "1.7976931348623157e308, 1.7976931348623157e+308",
        "5e-324, 5e-324",
        "-1.5e-10, -1.5e-10",
        "1e23, 1e+23",
        "3.0e2, 300",
        "1521449101546698.75, 1521449101546698.8"
    })
    void floatsAreWrittenAsEncodingJsonWritesThem(double value, String json) {
        assertThat(GoQuantity.jsonFloat(value)).isEqualTo(json);
    }

    @Test
    void hugeExponentsAreNotComputed() {
        Optional<GoQuantity> q = GoQuantity.parse("1234567890123456789e-2000000000");
        assertThat(q).isEmpty();
    }
}
