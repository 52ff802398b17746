package dev.podlint.schema;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.format.Format;
import dev.podlint.kube.IpAddress;
import dev.podlint.source.BoundedRegex;
import dev.podlint.source.GoDuration;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The string {@code format}s the API server checks in a custom resource, as k8s.io/kube-openapi
 * {@code pkg/validation/strfmt} (v0.0.0-20260317180543) validates them; apiextensions-apiserver
 * ({@code pkg/apiserver/validation/formats.go}) drops every other format of a CRD schema, and so do these
 * (a format of a non-string type too: strfmt applies to strings only). Format names are compared
 * without dashes ({@code date-time} is {@code datetime}), as go-openapi normalizes them.
 *
 * <p>{@link StructuralSchemas} writes such a format as {@code "format": "k8s:<name>"} (a name no JSON
 * Schema dialect defines), and the validator knows these names. Supported by the API server but not
 * checked here (accepted): bsonobjectid, uri, email, cidr, mac, isbn, isbn10, isbn13, creditcard,
 * k8s-short-name and k8s-long-name (1.34 on).
 */
final class KubernetesFormats {

    static final String PREFIX = "k8s:";

    private static final BoundedRegex HOSTNAME = BoundedRegex.compile(
            "^([a-zA-Z0-9\\p{S}\\p{L}]((-?[a-zA-Z0-9\\p{S}\\p{L}]{0,62})?)|([a-zA-Z0-9\\p{S}\\p{L}](([a-zA-Z0-9-\\p{S}"
                    + "\\p{L}]{0,61}[a-zA-Z0-9\\p{S}\\p{L}])?)(\\.)){1,}([a-zA-Z\\p{L}]){2,63})$");
    private static final BoundedRegex UUID =
            BoundedRegex.compile("(?i)^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$");
    private static final BoundedRegex UUID3 =
            BoundedRegex.compile("(?i)^[0-9a-f]{8}-?[0-9a-f]{4}-?3[0-9a-f]{3}-?[0-9a-f]{4}-?[0-9a-f]{12}$");
    private static final BoundedRegex UUID4 =
            BoundedRegex.compile("(?i)^[0-9a-f]{8}-?[0-9a-f]{4}-?4[0-9a-f]{3}-?[89ab][0-9a-f]{3}-?[0-9a-f]{12}$");
    private static final BoundedRegex UUID5 =
            BoundedRegex.compile("(?i)^[0-9a-f]{8}-?[0-9a-f]{4}-?5[0-9a-f]{3}-?[89ab][0-9a-f]{3}-?[0-9a-f]{12}$");
    private static final BoundedRegex HEXCOLOR = BoundedRegex.compile("^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$");
    private static final String OCTET = "\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*";
    private static final BoundedRegex RGBCOLOR =
            BoundedRegex.compile("^rgb\\(" + OCTET + "," + OCTET + "," + OCTET + "\\)$");
    private static final BoundedRegex BASE64 = BoundedRegex.compile(
            "^(?:[A-Za-z0-9+\\/]{4})*(?:[A-Za-z0-9+\\/]{2}==|[A-Za-z0-9+\\/]{3}=|[A-Za-z0-9+\\/]{4})$");
    private static final BoundedRegex SSN = BoundedRegex.compile("^\\d{3}[- ]?\\d{2}[- ]?\\d{4}$");
    private static final BoundedRegex TIME =
            BoundedRegex.compile("^([0-9]{2}):([0-9]{2}):([0-9]{2})(.[0-9]+)?(z|([+-][0-9]{2}:[0-9]{2}))$");
    /** strfmt's fallback duration syntax ("22 ns", "3 days"): Go's \\d and \\s are ASCII. */
    private static final Pattern DURATION_PART = Pattern.compile("([0-9]+)[\\t\\n\\f\\r ]*([A-Za-zµ]+)");

    private static final List<List<String>> TIME_UNITS = List.of(
            List.of("ns", "nano"),
            List.of("us", "µs", "micro"),
            List.of("ms", "milli"),
            List.of("s", "sec"),
            List.of("m", "min"),
            List.of("h", "hr", "hour"),
            List.of("d", "day"),
            List.of("w", "wk", "week"));

    private static final DateTimeFormatter FULL_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private static final Map<String, Predicate<String>> CHECKS = Map.ofEntries(
            Map.entry("hostname", KubernetesFormats::isHostname),
            Map.entry("ipv4", s -> IpAddress.parse(s) != null && s.contains(".")),
            Map.entry("ipv6", s -> isStrictIp(s) && s.contains(":")),
            Map.entry("uuid", UUID::find),
            Map.entry("uuid3", UUID3::find),
            Map.entry("uuid4", UUID4::find),
            Map.entry("uuid5", UUID5::find),
            Map.entry("ssn", s -> s.length() == 11 && SSN.find(s)),
            Map.entry("hexcolor", HEXCOLOR::find),
            Map.entry("rgbcolor", RGBCOLOR::find),
            Map.entry("byte", BASE64::find),
            Map.entry("password", s -> true),
            Map.entry("date", KubernetesFormats::isDate),
            Map.entry("datetime", KubernetesFormats::isDateTime),
            Map.entry("duration", KubernetesFormats::isDuration));

    private KubernetesFormats() {}

    /**
     * The validator's name for a CRD schema's {@code format} on a value of {@code type} (null: no type), or
     * null when the API server does not check it here.
     */
    static @Nullable String validatorName(String format, @Nullable String type) {
        if (type != null && !type.equals("string")) {
            return null;
        }
        String normalized = format.replace("-", "");
        return CHECKS.containsKey(normalized) ? PREFIX + normalized : null;
    }

    /** The formats to register with the validator's dialect. */
    static List<Format> all() {
        return CHECKS.entrySet().stream()
                .map(e -> (Format) new Named(PREFIX + e.getKey(), e.getValue()))
                .toList();
    }

    private record Named(String name, Predicate<String> check) implements Format {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean matches(ExecutionContext context, String value) {
            return check.test(value);
        }
    }

    /** strfmt IsHostname. */
    private static boolean isHostname(String s) {
        if (!HOSTNAME.find(s) || s.getBytes(StandardCharsets.UTF_8).length > 255) {
            return false;
        }
        for (String label : s.split("\\.", -1)) {
            if (label.getBytes(StandardCharsets.UTF_8).length > 63) {
                return false;
            }
        }
        return true;
    }

    /** Go's net.ParseIP (since Go 1.17: no leading zeros in IPv4 octets, no IPv6 group of 5+ digits). */
    private static boolean isStrictIp(String s) {
        IpAddress ip = IpAddress.parse(s);
        return ip != null && !ip.sloppy();
    }

    /** strfmt IsDate: Go's time.Parse with "2006-01-02". */
    private static boolean isDate(String s) {
        if (s.length() != 10) {
            return false;
        }
        try {
            LocalDate.parse(s, FULL_DATE);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** strfmt IsDateTime: a date before the first 't' (any case), and the time pattern after it. */
    private static boolean isDateTime(String s) {
        if (s.length() < 4) {
            return false;
        }
        String[] parts = s.toLowerCase(Locale.ROOT).split("t", -1);
        if (parts.length < 2 || !isDate(parts[0])) {
            return false;
        }
        String time = parts[1];
        if (!TIME.find(time)) {
            return false;
        }
        return time.substring(0, 2).compareTo("23") <= 0
                && time.substring(3, 5).compareTo("59") <= 0
                && time.substring(6, 8).compareTo("59") <= 0;
    }

    /** strfmt ParseDuration: Go's time.ParseDuration, else any "number unit" part with a known unit. */
    private static boolean isDuration(String s) {
        if (GoDuration.problem(s) == null) {
            return true;
        }
        Matcher parts = DURATION_PART.matcher(s);
        boolean known = false;
        while (parts.find()) {
            if (parts.group(1).length() > 18 && !fitsInt64(parts.group(1))) {
                return false; // strconv.Atoi fails
            }
            String unit = parts.group(2).toLowerCase(Locale.ROOT).strip();
            for (List<String> variants : TIME_UNITS) {
                for (int i = 0; i < variants.size(); i++) {
                    String variant = variants.get(i);
                    if ((i == variants.size() - 1 && unit.startsWith(variant)) || variant.equalsIgnoreCase(unit)) {
                        known = true;
                    }
                }
            }
        }
        return known;
    }

    private static boolean fitsInt64(String digits) {
        try {
            Long.parseLong(digits);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
