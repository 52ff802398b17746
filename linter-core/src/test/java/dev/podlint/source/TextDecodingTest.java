package dev.podlint.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** A file's bytes as text: ASCII as it is, other UTF-8 strictly, NUL bytes and broken sequences refused. */
class TextDecodingTest {

    @Property(tries = 300)
    void asciiTextIsDecodedAsUtf8Would(@ForAll @CharRange(from = 1, to = 127) @StringLength(max = 200) String text) {
        TextDecoding.Decoded decoded = TextDecoding.decode(text.getBytes(StandardCharsets.UTF_8));
        assertThat(decoded.problem()).isNull();
        assertThat(decoded.text()).isEqualTo(text);
    }

    @Property(tries = 300)
    void anyTextWithoutNulIsDecodedAsUtf8Would(@ForAll @StringLength(max = 200) String text) {
        String withoutNul = text.replace('\0', ' ');
        byte[] bytes = withoutNul.getBytes(StandardCharsets.UTF_8);
        String expected = new String(bytes, StandardCharsets.UTF_8); // lone surrogates become '?'
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
        assertThat(decoded.text()).isEqualTo(expected.startsWith("\uFEFF") ? expected.substring(1) : expected);
    }

    /** The fast YAML path skips its own check of a text decoding calls ordinary: it must never say so of more. */
    @Property(tries = 500)
    void ordinaryTextIsWhatTheFastPathReads(
            @ForAll @CharRange(from = 1, to = 0xFF) @StringLength(max = 80) String text) {
        TextDecoding.Decoded decoded = TextDecoding.decode(text.getBytes(StandardCharsets.UTF_8));
        boolean ascii = text.chars().allMatch(c -> c < 0x80);
        assertThat(decoded.ordinary()).isEqualTo(ascii && FastYamlChars.onlyOrdinary(text));
    }

    @Test
    void onlyPrintableAsciiAndLineFeedsAreOrdinary() {
        assertThat(TextDecoding.decode("a: b\n- c # d\n".getBytes(StandardCharsets.UTF_8))
                        .ordinary())
                .isTrue();
        for (String text : new String[] {"a:\tb", "a: b\r\n", "a: \u007F", "a: \u0001", "a: é"}) {
            assertThat(TextDecoding.decode(text.getBytes(StandardCharsets.UTF_8))
                            .ordinary())
                    .as(text)
                    .isFalse();
        }
    }

    @Test
    void aByteOrderMarkIsSkippedAndBrokenUtf8Refused() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ':', ' ', (byte) 0xC3, (byte) 0xA9};
        assertThat(TextDecoding.decode(bom).text()).isEqualTo("a: é");
        byte[] broken = {'a', ':', ' ', (byte) 0xC3, '\n'};
        TextDecoding.Decoded decoded = TextDecoding.decode(broken);
        assertThat(decoded.text()).isNull();
        assertThat(decoded.problem()).isEqualTo("not valid UTF-8 text: byte 0xC3 at offset 3 cannot be decoded");
    }

    @Test
    void aNulByteMakesABinaryFile() {
        TextDecoding.Decoded decoded = TextDecoding.decode(new byte[] {'a', ':', 0, 'b'});
        assertThat(decoded.text()).isNull();
        assertThat(decoded.problem()).startsWith("binary file (NUL byte at offset 2)");
    }
}
