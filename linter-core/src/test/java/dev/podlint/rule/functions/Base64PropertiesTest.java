package dev.podlint.rule.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** base64:valid against encodings produced by the JDK, and what Go's StdEncoding tolerates or not. */
class Base64PropertiesTest {

    private final Base64Functions base64 = new Base64Functions();

    @Property
    void everyStandardEncodingIsValidAndDecodesToItsLength(@ForAll byte[] data) {
        String encoded = Base64.getEncoder().encodeToString(data);
        assertThat(base64.valid(encoded)).isTrue();
        assertThat(base64.decodedLength(encoded)).isEqualTo(data.length);
    }

    @Property
    void lineBreaksAnywhereAreIgnored(@ForAll byte[] data, @ForAll @IntRange(min = 0, max = 1000) int at) {
        String encoded = Base64.getEncoder().encodeToString(data);
        int i = Math.min(at, encoded.length());
        assertThat(base64.valid(encoded.substring(0, i) + "\r\n" + encoded.substring(i)))
                .isTrue();
    }

    @Property
    void aSpaceAnywhereIsRejected(@ForAll byte[] data, @ForAll @IntRange(min = 0, max = 1000) int at) {
        String encoded = Base64.getEncoder().encodeToString(data);
        int i = Math.min(at, encoded.length());
        String spaced = encoded.substring(0, i) + " " + encoded.substring(i);
        assertThat(base64.valid(spaced)).isFalse();
        assertThat(base64.problem(spaced)).contains("space");
    }

    @Property
    void strippedPaddingIsRejected(@ForAll byte[] data) {
        String encoded = Base64.getEncoder().encodeToString(data);
        String unpadded = Base64.getEncoder().withoutPadding().encodeToString(data);
        assertThat(base64.valid(unpadded)).isEqualTo(unpadded.equals(encoded));
    }
}
