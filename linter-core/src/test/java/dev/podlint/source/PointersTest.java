package dev.podlint.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** JSON Pointers as RFC 6901 writes them: '~' and '/' escaped in a segment, and read back. */
class PointersTest {

    @Property(tries = 1000)
    void segmentsReadBackWhatAppendWrote(
            @ForAll @Size(max = 6)
                    List<
                                    @StringLength(max = 8) @CharRange(from = 'a', to = 'c')
                                    @CharRange(from = '~', to = '~') @CharRange(from = '/', to = '1') String>
                            segments) {
        String pointer = "";
        for (String segment : segments) {
            pointer = Pointers.append(pointer, segment);
        }
        assertThat(Pointers.segments(pointer)).isEqualTo(segments);
    }

    @Test
    void escapesAsRfc6901() {
        assertThat(Pointers.append("/metadata/annotations", "example.com/a~b"))
                .isEqualTo("/metadata/annotations/example.com~1a~0b");
        assertThat(Pointers.append("/spec/containers", 12)).isEqualTo("/spec/containers/12");
        assertThat(Pointers.segments("/a~01/~10/")).containsExactly("a~1", "/0", "");
        assertThat(Pointers.segments("")).isEmpty();
    }
}
