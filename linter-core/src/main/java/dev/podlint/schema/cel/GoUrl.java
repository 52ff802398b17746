package dev.podlint.schema.cel;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A URL as Go's {@code url.ParseRequestURI} reads it, for the Kubernetes CEL URL library: an absolute
 * URI ({@code scheme://host/path?query}) or an absolute path; no opaque URIs, no control characters,
 * a host of the characters Go allows and a numeric port.
 */
record GoUrl(String scheme, String host, String escapedPath, String rawQuery) {

    private static final String HOST_EXTRA = "-_.~!$&'()*+,;=:[]<>\"%";

    static Optional<GoUrl> parse(String raw) {
        if (raw.isEmpty() || raw.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.empty();
        }
        String rest = raw;
        String scheme = "";
        int colon = schemeEnd(raw);
        if (colon < 0) {
            return Optional.empty();
        }
        if (colon > 0) {
            scheme = raw.substring(0, colon);
            rest = raw.substring(colon + 1);
        }
        String rawQuery = "";
        int question = rest.indexOf('?');
        if (question >= 0) {
            rawQuery = rest.substring(question + 1);
            rest = rest.substring(0, question);
        }
        if (!rest.startsWith("/")) {
            return Optional.empty(); // opaque ("mailto:x") or relative: not a request URI
        }
        String host = "";
        if (!scheme.isEmpty() && rest.startsWith("//")) {
            int slash = rest.indexOf('/', 2);
            String authority = slash < 0 ? rest.substring(2) : rest.substring(2, slash);
            rest = slash < 0 ? "" : rest.substring(slash);
            int at = authority.lastIndexOf('@');
            host = at < 0 ? authority : authority.substring(at + 1);
            if (!validHost(host)) {
                return Optional.empty();
            }
        }
        return Optional.of(new GoUrl(scheme, host, rest, rawQuery));
    }

    /** The index of the ':' ending the scheme, 0 for none (a path), -1 when the URL is invalid. */
    private static int schemeEnd(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                continue;
            }
            if (((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.') && i > 0) {
                continue;
            }
            if (c == ':') {
                return i == 0 ? -1 : i;
            }
            // not a scheme character: Go reads the whole as a path, which must be absolute
            return raw.startsWith("/") ? 0 : -1;
        }
        return -1; // letters only: "missing protocol scheme"
    }

    private static boolean validHost(String host) {
        String name = host;
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            if (close < 0) {
                return false;
            }
            String after = host.substring(close + 1);
            if (!after.isEmpty() && !(after.startsWith(":") && digits(after.substring(1)))) {
                return false;
            }
            name = host.substring(1, close);
        } else {
            int colon = host.lastIndexOf(':');
            if (colon >= 0) {
                if (!digits(host.substring(colon + 1))) {
                    return false;
                }
                name = host.substring(0, colon);
            }
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x80 && !Character.isLetterOrDigit(c) && HOST_EXTRA.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean digits(String text) {
        return text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    String hostname() {
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            return host.substring(1, close);
        }
        int colon = host.lastIndexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }

    String port() {
        int close = host.lastIndexOf(']');
        int colon = host.lastIndexOf(':');
        return colon > close ? host.substring(colon + 1) : "";
    }

    Map<String, List<String>> query() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (rawQuery.isEmpty()) {
            return out;
        }
        for (String pair : rawQuery.split("&", -1)) {
            if (pair.isEmpty() || pair.contains(";")) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException e) {
                // Go skips a pair it cannot unescape
            }
        }
        return out;
    }
}
