package dev.podlint.fix;

/**
 * How fixes are made where there is a choice.
 *
 * @param secretData what becomes of a Secret {@code data} value written as plain text
 */
public record FixOptions(SecretDataFix secretData) {

    public static final FixOptions DEFAULT = new FixOptions(SecretDataFix.STRING_DATA);

    /** Where a plain-text Secret {@code data} value goes. */
    public enum SecretDataFix {
        /** moved, as it is, to {@code stringData} (created when missing): the API server encodes it */
        STRING_DATA,
        /** base64-encoded (UTF-8) in place */
        BASE64
    }
}
