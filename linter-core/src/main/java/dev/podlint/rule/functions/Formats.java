package dev.podlint.rule.functions;

import dev.podlint.source.LongTextMemo;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The string formats of apimachinery's {@code util/validation} and {@code api/validate/content}
 * (DNS-1123 labels and subdomains, DNS-1035 labels, qualified names, label values, path segments),
 * as character scans rather than regular expressions: they run on every name, label and
 * annotation of every document. Each {@code ...Problem} method returns null for a valid value, or
 * what is wrong with it, worded as the API server words it.
 */
public final class Formats {

    static final String DNS1123_LABEL_MSG = "a lowercase RFC 1123 label must consist of lower case alphanumeric"
            + " characters or '-', and must start and end with an alphanumeric character";
    static final String DNS1123_SUBDOMAIN_MSG = "a lowercase RFC 1123 subdomain must consist of lower case"
            + " alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
    static final String DNS1035_LABEL_MSG = "a DNS-1035 label must consist of lower case alphanumeric characters"
            + " or '-', start with an alphabetic character, and end with an alphanumeric character";
    static final String LABEL_KEY_NAME_MSG = "must consist of alphanumeric characters, '-', '_' or '.', and must"
            + " start and end with an alphanumeric character";
    static final String LABEL_VALUE_MSG = "a valid label must be an empty string or consist of alphanumeric"
            + " characters, '-', '_' or '.', and must start and end with an alphanumeric character";

    /** Results for long strings, per instance: an aliased megabyte value is checked once, not per use. */
    private static final LongTextMemo<String> PROBLEMS = new LongTextMemo<>();

    private static final LongTextMemo<Integer> BYTES = new LongTextMemo<>();

    private Formats() {}

    private static final byte LOWER_ALNUM = 1;
    private static final byte ALNUM = 2;
    /** The characters inside a label name: alphanumerics, '-', '_' and '.'. */
    private static final byte LABEL = 4;

    private static final byte[] CLASSES = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            boolean lower = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            boolean alnum = lower || (c >= 'A' && c <= 'Z');
            CLASSES[c] = (byte) ((lower ? LOWER_ALNUM : 0)
                    | (alnum ? ALNUM : 0)
                    | (alnum || c == '-' || c == '_' || c == '.' ? LABEL : 0));
        }
    }

    private static boolean is(char c, byte klass) {
        return c < 128 && (CLASSES[c] & klass) != 0;
    }

    private static boolean lowerAlnum(char c) {
        return is(c, LOWER_ALNUM);
    }

    private static boolean alnum(char c) {
        return is(c, ALNUM);
    }

    /** {@code [a-z0-9]([-a-z0-9]*[a-z0-9])?} over {@code s[from, to)}. */
    private static boolean dnsLabelChars(String s, int from, int to) {
        if (to <= from || !lowerAlnum(s.charAt(from)) || !lowerAlnum(s.charAt(to - 1))) {
            return false;
        }
        for (int i = from + 1; i < to - 1; i++) {
            char c = s.charAt(i);
            if (c != '-' && !lowerAlnum(c)) {
                return false;
            }
        }
        return true;
    }

    /** The regular expression of a DNS-1123 subdomain (labels of any length, joined by dots). */
    public static boolean subdomainChars(String s) {
        return subdomainChars(s, 0, s.length());
    }

    private static boolean subdomainChars(String s, int from, int to) {
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || s.charAt(i) == '.') {
                if (!dnsLabelChars(s, start, i)) {
                    return false;
                }
                start = i + 1;
            }
        }
        return true;
    }

    /** {@code ([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]}: a label key's name part, a non-empty label value. */
    public static boolean labelNameChars(String s) {
        return labelNameChars(s, 0, s.length());
    }

    private static boolean labelNameChars(String s, int from, int to) {
        if (to <= from || !alnum(s.charAt(from)) || !alnum(s.charAt(to - 1))) {
            return false;
        }
        for (int i = from + 1; i < to - 1; i++) {
            if (!is(s.charAt(i), LABEL)) {
                return false;
            }
        }
        return true;
    }

    /** Length in bytes, as Go's {@code len} counts a string. */
    public static int byteLength(String s) {
        return BYTES.get(s, Formats::utf8Length);
    }

    private static int utf8Length(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return s.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return s.length();
    }

    private static String join(@Nullable String a, String b) {
        return a == null ? b : b == null ? a : a + "; " + b;
    }

    /** util/validation's MaxLenError ("characters"; api/validate/content's says "bytes"). */
    private static @Nullable String maxLen(String s, int max) {
        return s.length() > max || byteLength(s) > max ? "must be no more than " + max + " characters" : null;
    }

    private static @Nullable String maxBytes(String s, int max) {
        return s.length() > max || byteLength(s) > max ? "must be no more than " + max + " bytes" : null;
    }

    /** IsDNS1123Label's verdict without a message. */
    public static boolean isDns1123Label(String s) {
        return s.length() <= 63 && dnsLabelChars(s, 0, s.length());
    }

    /** apimachinery {@code IsDNS1123Label}. */
    public static String dns1123LabelProblem(String s) {
        return PROBLEMS.get(s, "dns1123LabelProblem", Formats::dns1123LabelProblemOf);
    }

    private static @Nullable String dns1123LabelProblemOf(String s) {
        String problem = maxLen(s, 63);
        if (!dnsLabelChars(s, 0, s.length())) {
            problem = join(problem, subdomainChars(s) ? "must not contain dots" : DNS1123_LABEL_MSG);
        }
        return problem;
    }

    /** IsDNS1123Subdomain's verdict without a message. */
    public static boolean isDns1123Subdomain(String s) {
        return s.length() <= 253 && subdomainChars(s);
    }

    /** apimachinery {@code IsDNS1123Subdomain}. */
    public static String dns1123SubdomainProblem(String s) {
        return PROBLEMS.get(s, "dns1123SubdomainProblem", Formats::dns1123SubdomainProblemOf);
    }

    private static @Nullable String dns1123SubdomainProblemOf(String s) {
        return subdomainProblem(s, maxLen(s, 253));
    }

    private static @Nullable String subdomainProblem(String s, @Nullable String lengthProblem) {
        String problem = lengthProblem;
        if (!subdomainChars(s)) {
            problem = join(problem, DNS1123_SUBDOMAIN_MSG);
        }
        return problem;
    }

    /** apimachinery {@code IsDNS1035Label}. */
    public static String dns1035LabelProblem(String s) {
        return PROBLEMS.get(s, "dns1035LabelProblem", Formats::dns1035LabelProblemOf);
    }

    private static @Nullable String dns1035LabelProblemOf(String s) {
        String problem = maxLen(s, 63);
        boolean ok = dnsLabelChars(s, 0, s.length()) && s.charAt(0) >= 'a' && s.charAt(0) <= 'z';
        if (!ok) {
            problem = join(problem, DNS1035_LABEL_MSG);
        }
        return problem;
    }

    /** apimachinery {@code IsQualifiedName} (a label key): {@code [prefix/]name}. */
    public static @Nullable String qualifiedNameProblem(String s) {
        return isQualifiedName(s) ? null : PROBLEMS.get(s, "qualifiedNameProblem", Formats::qualifiedNameProblemOf);
    }

    /** IsQualifiedName's verdict, without a substring: most keys are valid and checked on every document. */
    public static boolean isQualifiedName(String s) {
        int slash = s.indexOf('/');
        int nameStart = slash + 1;
        if (slash >= 0) {
            if (slash == 0 || slash > 253 || s.indexOf('/', nameStart) >= 0 || !subdomainChars(s, 0, slash)) {
                return false;
            }
        }
        int length = s.length() - nameStart;
        return length > 0 && length <= 63 && labelNameChars(s, nameStart, s.length());
    }

    private static @Nullable String qualifiedNameProblemOf(String s) {
        int slash = s.indexOf('/');
        String name = s;
        String problem = null;
        if (slash >= 0) {
            if (s.indexOf('/', slash + 1) >= 0) {
                return "a valid label key " + LABEL_KEY_NAME_MSG + " (e.g. 'MyName', or 'my.name', or '123-abc') with"
                        + " an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')";
            }
            String prefix = s.substring(0, slash);
            name = s.substring(slash + 1);
            if (prefix.isEmpty()) {
                problem = "prefix part must be non-empty";
            } else {
                String prefixProblem = subdomainProblem(prefix, maxBytes(prefix, 253));
                if (prefixProblem != null) {
                    problem = "prefix part " + prefixProblem;
                }
            }
        }
        if (name.isEmpty()) {
            problem = join(problem, "name part must be non-empty");
        } else if (byteLength(name) > 63) {
            problem = join(problem, "name part " + maxBytes(name, 63));
        }
        if (!labelNameChars(name)) {
            problem = join(problem, "name part " + LABEL_KEY_NAME_MSG);
        }
        return problem;
    }

    /** apimachinery {@code IsValidLabelValue}: empty, or at most 63 characters of the label-name form. */
    public static @Nullable String labelValueProblem(String s) {
        return isLabelValue(s) ? null : PROBLEMS.get(s, "labelValueProblem", Formats::labelValueProblemOf);
    }

    /** IsValidLabelValue's verdict without a message. */
    public static boolean isLabelValue(String s) {
        return s.isEmpty() || (s.length() <= 63 && labelNameChars(s, 0, s.length()));
    }

    /** apimachinery {@code IsConfigMapKey}: the keys of Secret and ConfigMap data ({@code [-._a-zA-Z0-9]+}, not '.', no leading '..'). */
    public static boolean isConfigKey(String s) {
        int n = s.length();
        if (n == 0 || n > 253 || s.equals(".") || s.startsWith("..")) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!is(s.charAt(i), LABEL)) {
                return false;
            }
        }
        return true;
    }

    private static @Nullable String labelValueProblemOf(String s) {
        String problem = maxBytes(s, 63);
        if (!s.isEmpty() && !labelNameChars(s)) {
            problem = join(problem, LABEL_VALUE_MSG);
        }
        return problem;
    }

    /** apimachinery {@code IsPathSegmentName} (or {@code IsPathSegmentPrefix}): the names every kind must pass. */
    public static @Nullable String pathSegmentProblem(String s, boolean prefix) {
        if (!prefix && (s.equals(".") || s.equals(".."))) {
            return "may not be '" + s + "'";
        }
        String problem = null;
        if (s.indexOf('/') >= 0) {
            problem = "may not contain '/'";
        }
        if (s.indexOf('%') >= 0) {
            problem = join(problem, "may not contain '%'");
        }
        return problem;
    }

    /** util/validation {@code IsDomainPrefixedPath}: a DNS-1123 subdomain, '/', then HTTP path characters. */
    public static String domainPrefixedPathProblem(String s) {
        int slash = s.indexOf('/');
        if (s.isEmpty() || slash <= 0 || slash == s.length() - 1) {
            return "must be a domain-prefixed path (such as \"acme.io/foo\")";
        }
        String problem = dns1123SubdomainProblem(s.substring(0, slash));
        for (int i = slash + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(alnum(c) || "/-._~%!$&'()*+,;=:".indexOf(c) >= 0)) {
                return join(problem, "Invalid path (regex used for validation is '[A-Za-z0-9/\\-._~%!$&'()*+,;=:]+')");
            }
        }
        return problem;
    }

    /** apimachinery {@code IsValidPortName} (IANA_SVC_NAME). */
    public static String portNameProblem(String s) {
        return PROBLEMS.get(s, "portNameProblem", Formats::portNameProblemOf);
    }

    /** IsValidPortName's verdict without a message. */
    public static boolean isPortName(String s) {
        return portNameProblem(s) == null;
    }

    private static @Nullable String portNameProblemOf(String s) {
        String problem = maxLen(s, 15);
        boolean letter = false;
        boolean chars = !s.isEmpty();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            letter |= c >= 'a' && c <= 'z';
            chars &= lowerAlnum(c) || c == '-';
        }
        if (!chars) {
            problem = join(problem, "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
        }
        if (!letter) {
            problem = join(problem, "must contain at least one letter (a-z)");
        }
        if (s.contains("--")) {
            problem = join(problem, "must not contain consecutive hyphens");
        }
        if (s.startsWith("-") || s.endsWith("-")) {
            problem = join(problem, "must not begin or end with a hyphen");
        }
        return problem;
    }

    /**
     * apimachinery's {@code maskTrailingDash}: a generateName prefix may end in '-'; it replaces the
     * last two characters (not one) with "a" before the name check.
     */
    public static String maskTrailingDash(String s) {
        return s.length() > 1 && s.endsWith("-") ? s.substring(0, s.length() - 2) + "a" : s;
    }

    /**
     * A name of the form {@code [a-z0-9-.]} close to {@code s}, for messages: lower case, other
     * characters turned into '-', no leading or trailing '-' or '.'; null when nothing is left.
     */
    public static @Nullable String suggestion(String s, boolean dots, int maxLength) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && sb.length() < maxLength; i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if (lowerAlnum(c) || (dots && c == '.' && sb.length() > 0 && sb.charAt(sb.length() - 1) != '.')) {
                sb.append(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-' && sb.charAt(sb.length() - 1) != '.') {
                sb.append('-');
            }
        }
        while (sb.length() > 0 && !lowerAlnum(sb.charAt(sb.length() - 1))) {
            sb.setLength(sb.length() - 1);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** A label value close to {@code s}: invalid characters turned into '-', trimmed to 63 characters. */
    public static String labelValueSuggestion(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && sb.length() < 63; i++) {
            char c = s.charAt(i);
            if (alnum(c) || ((c == '.' || c == '_' || c == '-') && sb.length() > 0)) {
                sb.append(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
        }
        while (sb.length() > 0 && !alnum(sb.charAt(sb.length() - 1))) {
            sb.setLength(sb.length() - 1);
        }
        return sb.toString();
    }
}
