package dev.podlint.kube;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A {@code resource.Quantity} (k8s.io/apimachinery {@code pkg/api/resource/quantity.go}; parsing and
 * formatting are the same in v0.19.16 and v0.36.3), holding what {@code reflect.DeepEqual} compares: the
 * int64 amount, or the {@code inf.Dec} when parsing took the slow path, the cached string and the
 * format. Two values are {@code equals} exactly when DeepEqual finds the Go values equal, so
 * {@code 1Gi} and {@code 1024Mi} differ (only the first keeps its text), and so do an absent divisor
 * ({@link #ZERO}) and {@code 0}.
 *
 * <p>A pod's quantity reaches the admission plugin as {@link #fromJson} decodes it; a preset's after
 * the storage round trip, {@link #stored}: written in canonical form ({@link #string}), parsed again.
 *
 * @param value  the int64 amount's value (0 when {@code dec} is set)
 * @param scale  the int64 amount's base-10 exponent
 * @param dec    the {@code inf.Dec}'s unscaled value, or null when Go's pointer is nil
 * @param decScale the {@code inf.Dec}'s scale (digits after the point)
 * @param cached the cached string {@code s}, "" when not cached
 * @param format BinarySI, DecimalSI, DecimalExponent, or "" for the zero Quantity
 */
public record GoQuantity(long value, int scale, @Nullable BigInteger dec, int decScale, String cached, String format) {

    public static final String BINARY_SI = "BinarySI";
    public static final String DECIMAL_SI = "DecimalSI";
    public static final String DECIMAL_EXPONENT = "DecimalExponent";

    /** {@code resource.Quantity{}}: an absent non-pointer quantity, or JSON null. */
    public static final GoQuantity ZERO = new GoQuantity(0, 0, null, 0, "", "");

    /** Powers of ten Go would take ages over; such a text is not compared as a quantity. */
    private static final int MAX_DIGITS = 10_000;

    private static final int NANO = -9;
    private static final BigInteger MAX_INT64 = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger B1024 = BigInteger.valueOf(1024);
    private static final String[] DECIMAL_SUFFIXES = {"n", "u", "m", "", "k", "M", "G", "T", "P", "E"};
    private static final String[] BINARY_SUFFIXES = {"Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};

    /**
     * {@code Quantity.UnmarshalJSON} of the JSON kubectl sends for a YAML value: a string's text
     * (trimmed as Go's {@code strings.TrimSpace}), a number's JSON spelling; null is {@link #ZERO}.
     * Empty when the API server would reject the value.
     */
    public static Optional<GoQuantity> fromJson(@Nullable Object yamlValue) {
        if (yamlValue == null) {
            return Optional.of(ZERO);
        }
        String text = unmarshalText(yamlValue);
        return text == null ? Optional.empty() : parse(text);
    }

    /**
     * Whether {@code Quantity.UnmarshalJSON} takes the JSON kubectl sends for a YAML value (null
     * included): false is a decode error, and the API server rejects the whole object.
     */
    public static boolean decodes(@Nullable Object yamlValue) {
        if (yamlValue == null
                || yamlValue instanceof Long
                || yamlValue instanceof Integer
                || yamlValue instanceof BigInteger) {
            return true; // digits always parse
        }
        if (yamlValue instanceof Double d) {
            return Double.isFinite(d); // encoding/json's spelling always parses
        }
        String text = unmarshalText(yamlValue);
        if (text == null) {
            return false;
        }
        try {
            return parseOrTooLarge(text).isPresent();
        } catch (TooLarge e) {
            return true; // Go computes it; only this port gives up
        }
    }

    /**
     * The value {@code ParseQuantity} gives a YAML value (rounded up to nano units, a binary-SI value
     * capped at {@code math.MaxInt64}), exactly; null when it does not decode (or for null).
     */
    public static @Nullable BigDecimal value(@Nullable Object yamlValue) {
        String text = yamlValue == null ? null : unmarshalText(yamlValue);
        if (text == null) {
            return null;
        }
        try {
            return parseOrTooLarge(text).map(GoQuantity::decimal).orElse(null);
        } catch (TooLarge e) {
            return exactValue(text);
        }
    }

    /** {@link #value} rounded up again to milli units, as the defaulting of resource lists stores it. */
    public static @Nullable BigDecimal storedValue(@Nullable Object yamlValue) {
        BigDecimal v = value(yamlValue);
        return v == null ? null : roundUp(v, 3);
    }

    /** {@code value} rounded away from zero to {@code digits} decimal places, trailing zeros dropped. */
    public static BigDecimal roundUp(BigDecimal value, int digits) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (value.scale() <= digits) {
            return value.stripTrailingZeros();
        }
        if (value.precision() - value.scale() < -digits) {
            return BigDecimal.ONE.movePointLeft(digits).multiply(BigDecimal.valueOf(value.signum())); // below one unit
        }
        return value.setScale(digits, RoundingMode.UP).stripTrailingZeros();
    }

    /** {@code ceil(q)} as Go's {@code Quantity.Value()} returns it (rounded away from zero). */
    public static BigInteger ceil(BigDecimal value) {
        return value.setScale(0, RoundingMode.UP).toBigIntegerExact();
    }

    /** The exact value of this quantity. */
    public BigDecimal decimal() {
        return dec != null ? new BigDecimal(dec, decScale) : new BigDecimal(BigInteger.valueOf(value), -scale);
    }

    /**
     * The text {@code UnmarshalJSON} hands to {@code ParseQuantity} for the JSON of a YAML value: a
     * string's (null when encoding/json escapes a character of it: the backslash then fails to
     * parse), trimmed as {@code strings.TrimSpace}; a number's JSON spelling; null for anything else.
     */
    private static @Nullable String unmarshalText(Object yamlValue) {
        if (yamlValue instanceof String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 0x20
                        || c == '"'
                        || c == '\\'
                        || c == '<'
                        || c == '>'
                        || c == '&'
                        || c == '\u2028'
                        || c == '\u2029') {
                    return null;
                }
            }
            return goTrimSpace(s);
        }
        if (yamlValue instanceof Long || yamlValue instanceof Integer || yamlValue instanceof BigInteger) {
            return yamlValue.toString();
        }
        if (yamlValue instanceof Double d) {
            return jsonFloat(d);
        }
        return null; // booleans, mappings, sequences
    }

    /**
     * The exact value of a quantity too large for {@link #parse} to hold as Go does, from its
     * parts; null where it does not parse or the exponent is beyond BigDecimal's.
     */
    private static @Nullable BigDecimal exactValue(String str) {
        Parts parts = Parts.scan(str);
        Suffix suffix = parts == null ? null : Suffix.interpret(parts.suffix());
        if (parts == null || suffix == null) {
            return null;
        }
        try {
            BigDecimal amount = plainDecimal(parts.num(), parts.denom());
            if (suffix.base() == 10) {
                amount = amount.scaleByPowerOfTen(suffix.exponent());
            } else {
                amount = amount.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(suffix.exponent())));
                if (amount.compareTo(new BigDecimal(MAX_INT64)) > 0) {
                    amount = new BigDecimal(MAX_INT64);
                }
            }
            amount = roundUp(amount, -NANO);
            return parts.positive() ? amount : amount.negate();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /**
     * The value of {@code num.denom}. Zeros that only set the scale are counted rather than parsed:
     * BigInteger's parsing takes time quadratic in the length, and "1" followed by a million zeros
     * is a short number.
     */
    private static BigDecimal plainDecimal(String num, String denom) {
        String digits = num + denom;
        int end = digits.length();
        while (end > 0 && digits.charAt(end - 1) == '0') {
            end--;
        }
        int start = 0;
        while (start < end && digits.charAt(start) == '0') {
            start++;
        }
        if (start == end) {
            return BigDecimal.ZERO;
        }
        return new BigDecimal(new BigInteger(digits.substring(start, end)), denom.length() - (digits.length() - end));
    }

    /** {@code resource.ParseQuantity}; empty where it returns an error. */
    public static Optional<GoQuantity> parse(String str) {
        try {
            return parseOrTooLarge(str);
        } catch (TooLarge e) {
            return Optional.empty(); // a number Go would take ages over is not compared as a quantity
        }
    }

    private static Optional<GoQuantity> parseOrTooLarge(String str) {
        if (str.isEmpty()) {
            return Optional.empty();
        }
        if (str.equals("0")) {
            return Optional.of(new GoQuantity(0, 0, null, 0, "0", DECIMAL_SI));
        }
        Parts parts = Parts.scan(str);
        Suffix suffix = parts == null ? null : Suffix.interpret(parts.suffix());
        if (parts == null || suffix == null) {
            return Optional.empty();
        }
        String num = parts.num();
        String denom = parts.denom();
        int precision;
        int scale = 0;
        long mantissa = 1;
        if (suffix.format().equals(BINARY_SI)) {
            if (suffix.exponent() >= 0 && denom.isEmpty()) {
                mantissa = 1L << suffix.exponent();
                precision = 15 - num.length() - (int) ((float) suffix.exponent() * 3 / 10) - 1;
            } else {
                precision = -1;
            }
        } else {
            scale = suffix.exponent();
            precision = 18 - (num.length() + denom.length());
        }
        if (precision >= 0) {
            scale -= denom.length();
            if (scale >= NANO) {
                String shifted = num + denom;
                long value = Long.parseLong(shifted); // at most 18 digits here
                try {
                    long result = Math.multiplyExact(value, mantissa);
                    if (!parts.positive()) {
                        result = -result;
                    }
                    // the string is kept only when it is already canonical
                    boolean canonical = suffix.format().equals(BINARY_SI)
                            ? suffix.exponent() % 10 == 0 && (value & 0x07) != 0
                            : scale % 3 == 0 && !shifted.endsWith("000") && shifted.charAt(0) != '0';
                    return Optional.of(new GoQuantity(result, scale, null, 0, canonical ? str : "", suffix.format()));
                } catch (ArithmeticException overflow) {
                    // the inf.Dec path below
                }
            }
        }
        return parseDec(parts, suffix);
    }

    private static Optional<GoQuantity> parseDec(Parts parts, Suffix suffix) {
        Dec amount = Dec.setString(parts.value());
        if (amount == null) {
            return Optional.empty();
        }
        if (suffix.base() == 10) {
            amount = new Dec(amount.unscaled(), amount.scale() - suffix.exponent());
        } else {
            amount = new Dec(amount.unscaled().shiftLeft(suffix.exponent()), amount.scale());
        }
        int sign = amount.unscaled().signum();
        if (sign < 0) {
            amount = amount.negate();
        }
        if (sign != 0) {
            amount = amount.roundUp(-NANO); // rounds up to whole nanos
        }
        String format = suffix.format();
        if (format.equals(BINARY_SI) && amount.compareTo(MAX_INT64) > 0) {
            amount = new Dec(MAX_INT64, 0);
        }
        if (format.equals(BINARY_SI) && amount.compareTo(BigInteger.ONE) < 0 && sign != 0) {
            format = DECIMAL_SI;
        }
        if (sign < 0) {
            amount = amount.negate();
        }
        return Optional.of(new GoQuantity(0, 0, amount.unscaled(), amount.scale(), "", format));
    }

    /** The protobuf round trip through etcd and the watch: {@code ParseQuantity(q.String())}. */
    public GoQuantity stored() {
        return parse(string()).orElse(this); // a canonical string always parses
    }

    /** {@code Quantity.String()}: the cached string, else the canonical form. */
    public String string() {
        if (!cached.isEmpty()) {
            return cached;
        }
        if (isZero()) {
            return "0";
        }
        String format = this.format;
        Amount rounded = null;
        switch (format) {
            case DECIMAL_SI, DECIMAL_EXPONENT -> {}
            case BINARY_SI -> {
                if (compareTo(-1024) > 0 && compareTo(1024) < 0) {
                    format = DECIMAL_SI;
                } else {
                    rounded = amount().asScale(0);
                    if (!rounded.exact()) {
                        format = DECIMAL_SI;
                    }
                }
            }
            default -> format = DECIMAL_EXPONENT;
        }
        if (format.equals(BINARY_SI)) {
            Canonical c = Objects.requireNonNull(rounded, "BinarySI is kept only for an exactly rounded amount")
                    .base1024();
            int exponent = c.exponent() * 10;
            return c.digits()
                    + (exponent >= 10 && exponent <= 60 && exponent % 10 == 0
                            ? BINARY_SUFFIXES[exponent / 10 - 1]
                            : "");
        }
        Canonical c = amount().base10();
        String suffix;
        if (format.equals(DECIMAL_SI)) {
            int e = c.exponent();
            suffix = e >= -9 && e <= 18 && e % 3 == 0 ? DECIMAL_SUFFIXES[e / 3 + 3] : "";
        } else {
            suffix = c.exponent() == 0 ? "" : "e" + c.exponent();
        }
        return c.digits() + suffix;
    }

    /**
     * {@code Quantity.RoundUp(scale)}, as {@code SetDefaults_ResourceList} applies it with milli
     * scale: drops the cached string when it changes the amount's scale.
     */
    public GoQuantity roundUp(int scale) {
        if (dec != null) {
            Dec rounded = new Dec(dec, decScale).roundUp(-scale);
            return new GoQuantity(0, 0, rounded.unscaled(), rounded.scale(), "", format);
        }
        if (this.scale >= scale) {
            return this;
        }
        return new GoQuantity(negativeScale(value, scale - this.scale).value(), scale, null, 0, "", format);
    }

    private boolean isZero() {
        return dec != null ? dec.signum() == 0 : value == 0;
    }

    private int compareTo(long y) {
        BigDecimal self =
                dec != null ? new BigDecimal(dec, decScale) : new BigDecimal(BigInteger.valueOf(value), -scale);
        return self.compareTo(BigDecimal.valueOf(y));
    }

    private Amount amount() {
        return dec != null
                ? new Amount(new long[] {0, 0}, new Dec(dec, decScale), true)
                : new Amount(new long[] {value, scale}, null, true);
    }

    // ------------------------------------------------------------------ scanning

    /** {@code parseQuantityString}: sign, number (leading zeros stripped), fraction, suffix. */
    private record Parts(boolean positive, String value, String num, String denom, String suffix) {

        static @Nullable Parts scan(String str) {
            boolean positive = true;
            int pos = 0;
            int end = str.length();
            if (pos < end && (str.charAt(0) == '-' || str.charAt(0) == '+')) {
                positive = str.charAt(0) == '+';
                pos++;
            }
            for (int i = pos; ; i++) {
                if (i >= end) {
                    return new Parts(positive, "0", "0", "", "");
                }
                if (str.charAt(i) != '0') {
                    break;
                }
                pos++;
            }
            int i = pos;
            while (i < end && isDigit(str.charAt(i))) {
                i++;
            }
            if (i >= end) {
                return new Parts(positive, str, str.substring(pos), "", "");
            }
            String num = str.substring(pos, i);
            pos = i;
            if (num.isEmpty()) {
                num = "0";
            }
            String denom = "";
            if (str.charAt(pos) == '.') {
                pos++;
                i = pos;
                while (i < end && isDigit(str.charAt(i))) {
                    i++;
                }
                if (i >= end) {
                    return new Parts(positive, str, num, str.substring(pos), "");
                }
                denom = str.substring(pos, i);
                pos = i;
            }
            String value = str.substring(0, pos);
            int suffixStart = pos;
            i = pos;
            while (i < end && "eEinumkKMGTP".indexOf(str.charAt(i)) >= 0) {
                i++;
            }
            if (i >= end) {
                return new Parts(positive, value, num, denom, str.substring(suffixStart));
            }
            pos = i;
            if (str.charAt(pos) == '-' || str.charAt(pos) == '+') {
                pos++;
            }
            for (i = pos; i < end; i++) {
                if (!isDigit(str.charAt(i))) {
                    return null;
                }
            }
            return new Parts(positive, value, num, denom, str.substring(suffixStart));
        }
    }

    /** {@code quantitySuffixer.interpret}. */
    private @Nullable record Suffix(int base, int exponent, String format) {

        static @Nullable Suffix interpret(String s) {
            for (int k = 0; k < DECIMAL_SUFFIXES.length; k++) {
                if (DECIMAL_SUFFIXES[k].equals(s)) {
                    return new Suffix(10, (k - 3) * 3, DECIMAL_SI);
                }
            }
            for (int k = 0; k < BINARY_SUFFIXES.length; k++) {
                if (BINARY_SUFFIXES[k].equals(s)) {
                    return new Suffix(2, (k + 1) * 10, BINARY_SI);
                }
            }
            if (s.length() > 1 && (s.charAt(0) == 'E' || s.charAt(0) == 'e')) {
                try {
                    return new Suffix(10, (int) Long.parseLong(s.substring(1)), DECIMAL_EXPONENT); // int32(parsed)
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            return null;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    // ------------------------------------------------------------------ amounts

    /** A power of ten too large to compute. */
    private static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    private static BigInteger pow10(long digits) {
        if (digits > MAX_DIGITS) {
            throw new TooLarge();
        }
        return BigInteger.TEN.pow((int) digits);
    }

    /** An {@code inf.Dec}: unscaled × 10^-scale. */
    private @Nullable record Dec(BigInteger unscaled, int scale) {

        /**
         * {@code inf.Dec.SetString}: sign, digits, at most one point; null without a digit. The
         * trailing zeros of a non-zero value go into the scale (the value is the same, and parsing
         * rounds every non-zero value to nano scale right after), so that a long run of zeros is
         * not parsed digit by digit.
         */
        static @Nullable Dec setString(String s) {
            StringBuilder digits = new StringBuilder();
            int point = -1;
            boolean digit = false;
            boolean nonZero = false;
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if ((ch == '+' || ch == '-') && digits.length() == 0 && point < 0) {
                    digits.append(ch);
                } else if (ch == '.' && point < 0) {
                    point = digits.length();
                } else if (isDigit(ch)) {
                    digit = true;
                    nonZero |= ch != '0';
                    digits.append(ch);
                } else {
                    return null; // SetString must consume everything
                }
            }
            if (!digit) {
                return null;
            }
            int scale = point >= 0 ? digits.length() - point : 0;
            int end = digits.length();
            while (nonZero && digits.charAt(end - 1) == '0') {
                end--;
            }
            return new Dec(new BigInteger(digits.substring(0, end)), scale - (digits.length() - end));
        }

        Dec negate() {
            return new Dec(unscaled.negate(), scale);
        }

        /** {@code Round(x, scale, inf.RoundUp)}: to exactly {@code target} digits, away from zero. */
        Dec roundUp(int target) {
            if (target >= scale) {
                return new Dec(unscaled.multiply(pow10((long) target - scale)), target);
            }
            BigInteger[] qr = unscaled.divideAndRemainder(pow10((long) scale - target));
            BigInteger q = qr[0];
            if (qr[1].signum() != 0) {
                q = q.add(BigInteger.valueOf(unscaled.signum()));
            }
            return new Dec(q, target);
        }

        BigDecimal decimal() {
            return new BigDecimal(unscaled, scale);
        }

        int compareTo(BigInteger integer) {
            return decimal().compareTo(new BigDecimal(integer));
        }
    }

    /** A mantissa and the exponent of its suffix. */
    private record Canonical(String digits, int exponent) {}

    /** {@code int64Amount} ({@code i} = {value, scale}, zero when {@code d} is set, as in Go) or {@code infDecAmount}, and whether a rounding was exact. */
    @SuppressWarnings("ArrayRecordComponent") // private; never compared or hashed
    private record Amount(long[] i, @Nullable Dec d, boolean exact) {

        /** {@code AsScale(scale)}: at least that scale, rounded up. */
        Amount asScale(int target) {
            if (d != null) {
                Dec rounded = d.roundUp(-target);
                return new Amount(new long[] {0, 0}, rounded, rounded.decimal().compareTo(d.decimal()) == 0);
            }
            if (i[1] >= target) {
                return this;
            }
            Scaled s = negativeScale(i[0], target - i[1]);
            return new Amount(new long[] {s.value(), target}, null, s.exact());
        }

        /** {@code AsCanonicalBytes}: digits, and an exponent that is a multiple of 3. */
        Canonical base10() {
            if (d != null) {
                return decBase10(d.unscaled(), -d.scale());
            }
            long amount = i[0];
            int exponent = (int) i[1];
            while (amount != 0 && amount % 10 == 0) {
                amount /= 10;
                exponent++;
            }
            try {
                switch (exponent % 3) {
                    case 1, -2 -> {
                        amount = Math.multiplyExact(amount, 10);
                        exponent -= 1;
                    }
                    case 2, -1 -> {
                        amount = Math.multiplyExact(amount, 100);
                        exponent -= 2;
                    }
                    default -> {}
                }
            } catch (ArithmeticException overflow) {
                return decBase10(BigInteger.valueOf(i[0]), (int) i[1]);
            }
            return new Canonical(Long.toString(amount), exponent);
        }

        private static Canonical decBase10(BigInteger mantissa, int exponent) {
            BigInteger amount = mantissa;
            while (amount.signum() != 0) {
                BigInteger[] qr = amount.divideAndRemainder(BigInteger.TEN);
                if (qr[1].signum() != 0) {
                    break;
                }
                amount = qr[0];
                exponent++;
            }
            while (exponent % 3 != 0) {
                amount = amount.multiply(BigInteger.TEN);
                exponent--;
            }
            return new Canonical(amount.toString(), exponent);
        }

        /** {@code AsCanonicalBase1024Bytes}: the whole value's digits and its power of 1024. */
        Canonical base1024() {
            BigInteger whole;
            if (d != null) {
                whole = d.roundUp(0).unscaled();
            } else if (i[1] < 0) {
                whole = BigInteger.valueOf(negativeScale(i[0], -i[1]).value());
            } else {
                whole = positiveScale(i[0], i[1]);
            }
            int exponent = 0;
            while (whole.abs().compareTo(B1024) >= 0 && whole.mod(B1024).signum() == 0) {
                whole = whole.divide(B1024);
                exponent++;
            }
            return new Canonical(whole.toString(), exponent);
        }
    }

    private record Scaled(long value, boolean exact) {}

    /** {@code negativeScaleInt64}: base / 10^scale, rounded away from zero. */
    private static Scaled negativeScale(long base, long scale) {
        long value = base;
        boolean fraction = false;
        for (long i = 0; i < scale; i++) {
            if (!fraction && value % 10 != 0) {
                fraction = true;
            }
            value /= 10;
            if (value == 0) {
                return fraction ? new Scaled(base > 0 ? 1 : -1, false) : new Scaled(0, true);
            }
        }
        if (fraction) {
            value += base > 0 ? 1 : -1;
        }
        return new Scaled(value, !fraction);
    }

    /** base × 10^scale; Go falls back to inf.Dec where int64 overflows, with the same value. */
    private static BigInteger positiveScale(long base, long scale) {
        return base == 0 ? BigInteger.ZERO : BigInteger.valueOf(base).multiply(pow10(scale));
    }

    // ------------------------------------------------------------------ JSON text

    /** The fewest digits that read back as {@code d}, the closest such (strconv's shortest formatting). */
    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int digits = 1; ; digits++) {
            BigDecimal best = null;
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal candidate = exact.round(new MathContext(digits, mode));
                if (candidate.doubleValue() != d) {
                    continue;
                }
                int closer = best == null
                        ? -1
                        : candidate
                                .subtract(exact)
                                .abs()
                                .compareTo(best.subtract(exact).abs());
                if (closer < 0 || (closer == 0 && !candidate.unscaledValue().testBit(0))) {
                    best = candidate; // a tie goes to the even last digit
                }
            }
            if (best != null) {
                return best.stripTrailingZeros();
            }
        }
    }

    /** {@code strings.TrimSpace}: the Unicode spaces encoding/json leaves unescaped. */
    private static String goTrimSpace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && goSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && goSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean goSpace(char c) {
        return c == ' '
                || c == '\u0085'
                || c == '\u00a0'
                || c == '\u1680'
                || (c >= '\u2000' && c <= '\u200a')
                || c == '\u202f'
                || c == '\u205f'
                || c == '\u3000';
    }

    /**
     * A float64 as encoding/json writes it: shortest digits, plain between 1e-6 and 1e21, else
     * exponent form ({@code 1e+21}, {@code 1e-7}); null for NaN and infinities (no JSON).
     */
    public static @Nullable String jsonFloat(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return null;
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0" : "0";
        }
        BigDecimal shortest = shortest(d);
        double abs = Math.abs(d);
        if (abs >= 1e-6 && abs < 1e21) {
            return shortest.toPlainString();
        }
        String digits = shortest.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - shortest.scale();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (d < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
    }
}
