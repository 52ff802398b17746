package dev.podlint.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Quantities as apimachinery's ParseQuantity reads them, and the value the API server stores. */
class GoQuantityTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
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
        "1n | 0.001"})
    void readsWhatTheApiServerReads(String text, String stored) {
        assertThat(GoQuantity.value(text)).isEqualByComparingTo(new BigDecimal(stored));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "1 core", "1K", "1Mb", "1e", "1ee3", "1e3m", "1.5.5", "one", "1m5", "0x10", "1Ki2"})
    void rejectsWhatItCannotDecode(String text) {
        assertThat(GoQuantity.value(text)).isNull();
    }

    @Test
    void yamlNumbersAreQuantitiesToo() {
        assertThat(GoQuantity.value(6L)).isEqualByComparingTo("6");
        assertThat(GoQuantity.value(BigInteger.TEN.pow(20))).isEqualByComparingTo("1e20");
        assertThat(GoQuantity.value(0.5)).isEqualByComparingTo("0.5");
        assertThat(GoQuantity.value(Boolean.TRUE)).isNull();
        assertThat(GoQuantity.value(null)).isNull();
    }

    @Test
    void valueIsRoundedUpAwayFromZero() {
        assertThat(GoQuantity.ceil(new BigDecimal("1.001"))).isEqualTo(BigInteger.TWO);
        assertThat(GoQuantity.ceil(new BigDecimal("-1.001"))).isEqualTo(BigInteger.valueOf(-2));
    }
}
