package dev.podlint.oracle.mutate;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Random choices, all from the generator's one seeded {@link Random}. */
public final class Pick {

    private Pick() {}

    @SafeVarargs
    public static <T> T one(Random random, T... options) {
        return options[random.nextInt(options.length)];
    }

    public static <T> T one(Random random, List<T> options) {
        return options.isEmpty() ? null : options.get(random.nextInt(options.size()));
    }

    /** The value in a case it must not have: lower case, first letter lowered, or upper case. */
    public static String wrongCase(Random random, String value) {
        for (int attempt = 0; attempt < 4; attempt++) {
            String variant = switch (random.nextInt(3)) {
                case 0 -> value.toLowerCase(Locale.ROOT);
                case 1 -> Character.toLowerCase(value.charAt(0)) + value.substring(1);
                default -> value.toUpperCase(Locale.ROOT);
            };
            if (!variant.equals(value)) {
                return variant;
            }
        }
        return value.toLowerCase(Locale.ROOT).equals(value)
                ? value.toUpperCase(Locale.ROOT)
                : value.toLowerCase(Locale.ROOT);
    }

    /** {@code n} characters of a lower-case DNS label ("abcde-...") starting with {@code prefix}. */
    public static String label(String prefix, int n) {
        StringBuilder sb = new StringBuilder(prefix);
        String letters = "abcdefghijklmnopqrstuvwxyz";
        int i = 0;
        while (sb.length() < n) {
            sb.append(sb.length() % 9 == 8 && sb.length() + 1 < n ? '-' : letters.charAt(i++ % letters.length()));
        }
        return sb.substring(0, n);
    }
}
