package dev.podlint.rule.functions;

import org.jspecify.annotations.Nullable;

/** {@code quantity:} functions: parse, canonicalise and compare resource quantities. */
public final class QuantityFunctions {

    public boolean valid(Object text) {
        return Quantity.parse(text) != null;
    }

    /** The canonical string ({@code 1000m} gives {@code 1}), or null when it does not parse. */
    public @Nullable String canonical(Object text) {
        Quantity q = Quantity.parse(text);
        return q == null ? null : q.canonical();
    }

    /** -1, 0 or 1 as {@code a} is less than, equal to or greater than {@code b}; null when one does not parse. */
    public @Nullable Integer compare(Object a, Object b) {
        Quantity qa = Quantity.parse(a);
        Quantity qb = Quantity.parse(b);
        return qa == null || qb == null ? null : Integer.signum(qa.value().compareTo(qb.value()));
    }

    /** True when the quantity is zero (an unset divisor counts as zero). */
    public boolean zero(Object text) {
        Quantity q = Quantity.parse(text);
        return text == null || (q != null && q.value().signum() == 0);
    }
}
