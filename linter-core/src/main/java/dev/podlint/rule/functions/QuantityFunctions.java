package dev.podlint.rule.functions;

import dev.podlint.kube.GoQuantity;
import dev.podlint.source.LongTextMemo;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** {@code quantity:} functions: parse, canonicalise and compare resource quantities as the API server decodes them. */
public final class QuantityFunctions {

    private final LongTextMemo<Boolean> decodes = new LongTextMemo<>();
    private final LongTextMemo<Optional<BigDecimal>> values = new LongTextMemo<>();

    /** Whether {@code text} is a quantity the API server decodes (a YAML number counts; null does not). */
    public boolean valid(Object text) {
        return text instanceof String s
                ? decodes.get(s, GoQuantity::decodes)
                : text != null && GoQuantity.decodes(text);
    }

    /** The canonical string ({@code 1000m} gives {@code 1}), or null when it does not parse. */
    public @Nullable String canonical(@Nullable Object text) {
        return text == null
                ? null
                : GoQuantity.fromJson(text).map(GoQuantity::string).orElse(null);
    }

    /** -1, 0 or 1 as {@code a} is less than, equal to or greater than {@code b}; null when one does not parse. */
    public @Nullable Integer compare(@Nullable Object a, @Nullable Object b) {
        BigDecimal qa = value(a);
        BigDecimal qb = value(b);
        return qa == null || qb == null ? null : Integer.signum(qa.compareTo(qb));
    }

    /** True when the quantity is zero (an unset divisor counts as zero). */
    public boolean zero(Object text) {
        BigDecimal q = value(text);
        return text == null || (q != null && q.signum() == 0);
    }

    private @Nullable BigDecimal value(@Nullable Object text) {
        if (text instanceof String s) {
            return values.get(s, t -> Optional.ofNullable(GoQuantity.value(t))).orElse(null);
        }
        return GoQuantity.value(text);
    }
}
