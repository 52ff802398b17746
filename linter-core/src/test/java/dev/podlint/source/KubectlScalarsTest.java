package dev.podlint.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The plain-scalar table of k8s-semantics.md section 9: what kubectl (go-yaml v2) sees. */
class KubectlScalarsTest {

    private static final Span AT = Span.point(1, 1);

    @ParameterizedTest
    @ValueSource(strings = {"y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "true", "True", "TRUE"})
    void yamlOneOneTrueWords(String text) {
        ScalarNode node = KubectlScalars.resolvePlain(AT, text);
        assertThat(node.type()).isEqualTo(ScalarType.BOOLEAN);
        assertThat(node.value()).isEqualTo(true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"n", "N", "no", "No", "NO", "off", "Off", "OFF", "false", "False", "FALSE"})
    void yamlOneOneFalseWords(String text) {
        ScalarNode node = KubectlScalars.resolvePlain(AT, text);
        assertThat(node.type()).isEqualTo(ScalarType.BOOLEAN);
        assertThat(node.value()).isEqualTo(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"~", "null", "Null", "NULL", ""})
    void nulls(String text) {
        ScalarNode node = KubectlScalars.resolvePlain(AT, text);
        assertThat(node.type()).isEqualTo(ScalarType.NULL);
        assertThat(node.value()).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "0644, 420",
        "0x1F, 31",
        "0b101, 5",
        "1_000, 1000",
        "42, 42",
        "-7, -7",
        "+3, 3",
        "0, 0",
        "0o17, 15",
        "9223372036854775807, 9223372036854775807"
    })
    void integersAsGoParsesThemWithBaseZero(String text, long expected) {
        ScalarNode node = KubectlScalars.resolvePlain(AT, text);
        assertThat(node.type()).isEqualTo(ScalarType.INTEGER);
        assertThat(node.value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"18446744073709551615, 18446744073709551615"})
    void unsignedBeyondLongStaysExact(String text, String expected) {
        assertThat(KubectlScalars.resolvePlain(AT, text).value()).isEqualTo(new BigInteger(expected));
    }

    @ParameterizedTest
    @CsvSource({".5, 0.5", "1e3, 1000.0", "1.10, 1.1", "-2.5, -2.5", "08, 8.0", "1., 1.0"})
    void floats(String text, double expected) {
        ScalarNode node = KubectlScalars.resolvePlain(AT, text);
        assertThat(node.type()).isEqualTo(ScalarType.FLOAT);
        assertThat(node.value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {".inf", ".Inf", "+.inf", "-.inf", ".nan", ".NaN"})
    void specialFloats(String text) {
        assertThat(KubectlScalars.resolvePlain(AT, text).type()).isEqualTo(ScalarType.FLOAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-01-02", "2001-12-14t21:59:43.10-05:00", "2002-12-14 21:59:43"})
    void unquotedDatesStayTheirOriginalText(String text) {
        ScalarNode node = KubectlScalars.resolvePlain(AT, text);
        assertThat(node.type()).isEqualTo(ScalarType.STRING);
        assertThat(node.value()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2020-13-01",
                "2020-1",
                "1.2.3",
                "nginx:1.27",
                "0x",
                "abc",
                "12abc",
                "-",
                "+",
                ".",
                "yes please",
                "0xZZ",
                "1_0_x",
                "2020-01-02T10:00:00"
            })
    void everythingElseIsAString(String text) {
        ScalarNode node = KubectlScalars.resolvePlain(AT, text);
        assertThat(node.type()).isEqualTo(ScalarType.STRING);
        assertThat(node.value()).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(
            quoteCharacter = '"',
            value = {"'yes', yes", "'0644', 0644", "'2020-01-02', 2020-01-02", "'null', null", "'~', ~"})
    void quotedScalarsAreAlwaysStrings(String quoted, String text) {
        LoadedFile file = new ManifestLoader().loadText("t.yaml", "value: " + quoted + "\n");
        ScalarNode value = (ScalarNode) file.documents().get(0).object().node("value");
        assertThat(value.type()).isEqualTo(ScalarType.STRING);
        assertThat(value.value()).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(
            quoteCharacter = '"',
            value = {
                "!!str 0644, STRING",
                "!!int '42', INTEGER",
                "!!float 1, FLOAT",
                "!!bool yes, BOOLEAN",
                "!!null '', NULL"
            })
    void explicitCoreTagsWin(String tagged, ScalarType type) {
        LoadedFile file = new ManifestLoader().loadText("t.yaml", "value: " + tagged + "\n");
        assertThat(((ScalarNode) file.documents().get(0).object().node("value")).type())
                .isEqualTo(type);
    }
}
