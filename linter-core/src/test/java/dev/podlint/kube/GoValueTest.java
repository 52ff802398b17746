package dev.podlint.kube;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Quantities' values as apimachinery's ParseQuantity reads them, and the value the API server stores. */
class GoValueTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "500m | 0.5",
                "1.5 | 1.5",
                "1Gi | 1073741824",
                "1G | 1000000000",
                "1e3 | 1000",
                "1E3 | 1000",
                "1e-3 | 0.001",
                "1E | 1000000000000000000",
                "0.0001 | 0.001",
                "-0.0001 | -0.001",
                "' 250Mi ' | 262144000",
                "+5 | 5",
                ". | 0",
                "- | 0",
                "1. | 1",
                ".5 | 0.5",
                "007 | 7",
                "100Ei | 9223372036854775807",
                "1n | 0.001"
            })
    void readsWhatTheApiServerReads(String text, String stored) {
        assertThat(GoQuantity.storedValue(text)).isEqualByComparingTo(new BigDecimal(stored));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", " ", "1 core", "1K", "1Mb", "1e", "1ee3", "1e3m", "1.5.5", "one", "1m5", "0x10", "1Ki2"})
    void rejectsWhatItCannotDecode(String text) {
        assertThat(GoQuantity.storedValue(text)).isNull();
    }

    @Test
    void yamlNumbersAreQuantitiesToo() {
        assertThat(GoQuantity.storedValue(6L)).isEqualByComparingTo("6");
        assertThat(GoQuantity.storedValue(BigInteger.TEN.pow(20))).isEqualByComparingTo("1e20");
        assertThat(GoQuantity.storedValue(0.5)).isEqualByComparingTo("0.5");
        assertThat(GoQuantity.storedValue(Boolean.TRUE)).isNull();
        assertThat(GoQuantity.storedValue(null)).isNull();
    }

    @Test
    void valueIsRoundedUpAwayFromZero() {
        assertThat(GoQuantity.ceil(new BigDecimal("1.001"))).isEqualTo(BigInteger.TWO);
        assertThat(GoQuantity.ceil(new BigDecimal("-1.001"))).isEqualTo(BigInteger.valueOf(-2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"20 Gi", "1 Gi", "20GB", "2O0Mi", "1,5", "5%", "1Gi\t", "1\\", "infinity", ".e-10"})
    void aQuantityTheApiServerCannotDecodeIsReported(String text) {
        assertThat(GoQuantity.decodes(text)).isFalse();
        assertThat(GoQuantity.value(text)).isNull();
    }

    @Test
    void whatDecodesHasAValueOrIsTooLargeToCompute() {
        assertThat(GoQuantity.decodes(" 1Gi ")).isTrue();
        assertThat(GoQuantity.value("Gi")).as("no digits: zero").isEqualByComparingTo("0");
        assertThat(GoQuantity.decodes(null)).as("JSON null: the zero quantity").isTrue();
        assertThat(GoQuantity.decodes(Boolean.TRUE)).isFalse();
        assertThat(GoQuantity.decodes(1e3)).isTrue();
        assertThat(GoQuantity.value("1e4294967296"))
                .as("the exponent is truncated to int32, as Go does")
                .isEqualByComparingTo("1");
        assertThat(GoQuantity.decodes("1e20000")).isTrue();
        assertThat(GoQuantity.value("1e20000")).isEqualByComparingTo(BigDecimal.TEN.pow(20000));
        assertThat(GoQuantity.value("1e-20000")).as("rounded up to a nano unit").isEqualByComparingTo("1e-9");
        assertThat(GoQuantity.value("-100Ei"))
                .as("binary SI is capped at MaxInt64")
                .isEqualByComparingTo(BigDecimal.valueOf(-Long.MAX_VALUE));
    }

    @Test
    void valueIsParseQuantitysAndStoredValueTheDefaultedOne() {
        assertThat(GoQuantity.value("1n")).isEqualByComparingTo("0.000000001");
        assertThat(GoQuantity.storedValue("1n")).isEqualByComparingTo("0.001");
        assertThat(GoQuantity.value("0.0000000001")).isEqualByComparingTo("0.000000001");
    }
}
