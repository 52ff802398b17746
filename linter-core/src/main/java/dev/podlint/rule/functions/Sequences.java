package dev.podlint.rule.functions;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** JEXL list literals ({@code ['a', 'b']}) arrive as arrays, document lists as lists: both as a list. */
final class Sequences {

    private Sequences() {}

    static List<?> of(@Nullable Object value) {
        if (value instanceof List<?> list) {
            return list;
        }
        if (value instanceof Object[] array) {
            return Arrays.asList(array);
        }
        return List.of();
    }
}
