package dev.podlint.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Plain scalars with many digits: typed as before, without parsing digits that cannot fit 64 bits. */
class LongScalarsTest {

    private static final Span AT = Span.point(1, 1);

    @ParameterizedTest
    @CsvSource({
        "18446744073709551615, 18446744073709551615",
        "000000000000000000000000018446744073709551615, 0",
        "0x00000000000000000000000000000000FFFFFFFFFFFFFFFF, 18446744073709551615",
        "01777777777777777777777, 18446744073709551615",
        "0b0000000000000000000000000000000000000000000000000000000000000000000000000000001, 1"
    })
    void leadingZerosDoNotCountTowardsTheLimit(String text, String expected) {
        Number value = KubectlScalars.goParseInteger(text);
        if (expected.equals("0")) {
            assertThat(value).isNull(); // a leading 0 makes it octal, and 8 and 9 are no octal digits
        } else {
            assertThat(new BigInteger(value.toString())).isEqualTo(new BigInteger(expected));
        }
    }

    @ParameterizedTest
    @CsvSource({"18446744073709551616", "0x10000000000000000", "02000000000000000000000", "-9223372036854775809"})
    void oneBeyondUint64IsNoInteger(String text) {
        assertThat(KubectlScalars.goParseInteger(text)).isNull();
    }

    @Test
    void aMillionDigitsAreAnInfiniteFloatAtOnce() {
        ScalarNode node = KubectlScalars.resolvePlain(AT, "1" + "0".repeat(1 << 20));
        assertThat(node.type()).isEqualTo(ScalarType.FLOAT);
        assertThat(node.value()).isEqualTo(Double.POSITIVE_INFINITY);
    }
}
