package dev.podlint.validation;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A webhook's {@code clientConfig.url} as apiserver util/webhook {@code ValidateWebhookURL} checks it
 * (with {@code forceHttps}): Go's {@code net/url.Parse} must accept it, and the URL must be
 * {@code https}, name a host, and carry no user information, query or fragment. The parse follows
 * Go 1.26's net/url (strict colons in an http(s) host).
 */
final class WebhookUrl {

    static final String FORM = "; desired format: https://host[/path]";

    private WebhookUrl() {}

    /** What the API server reports about {@code url}, in its order; empty when it is accepted. */
    static List<String> problems(String url) {
        List<String> problems = new ArrayList<>();
        int hash = url.indexOf('#');
        String beforeFragment = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash + 1);
        Parsed parsed;
        try {
            parsed = parse(beforeFragment);
            if (!fragment.isEmpty()) {
                String escapeProblem = escapeProblem(fragment, false);
                if (escapeProblem != null) {
                    throw new IllegalArgumentException(escapeProblem);
                }
            }
        } catch (IllegalArgumentException e) {
            problems.add("is not a valid URL: " + e.getMessage() + FORM);
            return problems;
        }
        if (!parsed.scheme.equals("https")) {
            problems.add("must use https"
                    + (parsed.scheme.isEmpty() ? " (it names no scheme)" : ", not " + parsed.scheme) + FORM);
        }
        if (parsed.host.isEmpty()) {
            problems.add("must name a host" + FORM);
        }
        if (parsed.user) {
            problems.add("may not carry user information (user@)");
        }
        if (!fragment.isEmpty()) {
            problems.add("may not carry a fragment (#" + fragment + ")");
        }
        if (!parsed.query.isEmpty()) {
            problems.add("may not carry query parameters (?" + parsed.query + ")");
        }
        return problems;
    }

    private record Parsed(String scheme, String host, boolean user, String query) {}

    /** net/url parse(rawURL, viaRequest=false), for the fields ValidateWebhookURL reads. */
    private static Parsed parse(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < ' ' || c == 0x7f) {
                throw new IllegalArgumentException("net/url: invalid control character in URL");
            }
        }
        if (raw.equals("*")) {
            return new Parsed("", "", false, "");
        }
        String scheme = "";
        String rest = raw;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                continue;
            }
            if ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.') {
                if (i == 0) {
                    break;
                }
                continue;
            }
            if (c == ':') {
                if (i == 0) {
                    throw new IllegalArgumentException("missing protocol scheme");
                }
                scheme = raw.substring(0, i).toLowerCase(Locale.ROOT);
                rest = raw.substring(i + 1);
            }
            break;
        }
        String query = "";
        if (rest.endsWith("?") && rest.indexOf('?') == rest.length() - 1) {
            rest = rest.substring(0, rest.length() - 1);
        } else {
            int q = rest.indexOf('?');
            if (q >= 0) {
                query = rest.substring(q + 1);
                rest = rest.substring(0, q);
            }
        }
        if (!rest.startsWith("/")) {
            if (!scheme.isEmpty()) {
                return new Parsed(scheme, "", false, query);
            }
            int slash = rest.indexOf('/');
            if ((slash < 0 ? rest : rest.substring(0, slash)).contains(":")) {
                throw new IllegalArgumentException("first path segment in URL cannot contain colon");
            }
        }
        String host = "";
        boolean user = false;
        if ((!scheme.isEmpty() || !rest.startsWith("///")) && rest.startsWith("//")) {
            String authority = rest.substring(2);
            int slash = authority.indexOf('/');
            rest = slash < 0 ? "" : authority.substring(slash);
            authority = slash < 0 ? authority : authority.substring(0, slash);
            int at = authority.lastIndexOf('@');
            host = host(scheme, at < 0 ? authority : authority.substring(at + 1));
            if (at >= 0) {
                userinfo(authority.substring(0, at));
                user = true;
            }
        }
        String pathProblem = escapeProblem(rest, false);
        if (pathProblem != null) {
            throw new IllegalArgumentException(pathProblem);
        }
        return new Parsed(scheme, host, user, query);
    }

    /** net/url parseHost: the host as written (escapes aside), or the parse error. */
    private static String host(String scheme, String host) {
        int open = host.lastIndexOf('[');
        if (open > 0) {
            throw new IllegalArgumentException("invalid IP-literal");
        }
        if (open == 0) {
            int close = host.lastIndexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("missing ']' in host");
            }
            String colonPort = host.substring(close + 1);
            if (!validOptionalPort(colonPort)) {
                throw new IllegalArgumentException("invalid port \"" + colonPort + "\" after host");
            }
            String literal = host.substring(1, close);
            int zone = literal.indexOf("%25");
            String address = zone < 0 ? literal : literal.substring(0, zone);
            String problem = escapeProblem(address, true);
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
            if (!isIpv6(address)) {
                throw new IllegalArgumentException("invalid host: " + address + " is not an IPv6 address");
            }
            return host;
        }
        int colon = host.indexOf(':');
        if (colon >= 0) {
            int last = host.lastIndexOf(':');
            if (last != colon && !scheme.equals("http") && !scheme.equals("https")) {
                colon = last;
            }
            String colonPort = host.substring(colon);
            if (!validOptionalPort(colonPort)) {
                throw new IllegalArgumentException("invalid port \"" + colonPort + "\" after host");
            }
        }
        String problem = escapeProblem(host, true);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return host;
    }

    private static boolean isIpv6(String address) {
        if (!address.contains(":")) {
            return false;
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (hex(c) < 0 && c != ':' && c != '.') {
                return false;
            }
        }
        try {
            InetAddress.getByName("[" + address + "]");
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static boolean validOptionalPort(String port) {
        if (port.isEmpty()) {
            return true;
        }
        if (port.charAt(0) != ':') {
            return false;
        }
        for (int i = 1; i < port.length(); i++) {
            if (port.charAt(i) < '0' || port.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** net/url validUserinfo and the unescape of its parts. */
    private static void userinfo(String userinfo) {
        for (int i = 0; i < userinfo.length(); i++) {
            char c = userinfo.charAt(i);
            if (!alnum(c) && "-._:~!$&'()*+,;=%@".indexOf(c) < 0) {
                throw new IllegalArgumentException("net/url: invalid userinfo");
            }
        }
        String problem = escapeProblem(userinfo, false);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /**
     * net/url unescape's errors: a {@code %} not followed by two hex digits; in a host also an
     * escaped ASCII byte other than {@code %25} and an ASCII character a host may not hold.
     */
    private static @Nullable String escapeProblem(String s, boolean host) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length() || hex(s.charAt(i + 1)) < 0 || hex(s.charAt(i + 2)) < 0) {
                    return "invalid URL escape \"" + s.substring(i, Math.min(s.length(), i + 3)) + "\"";
                }
                if (host && hex(s.charAt(i + 1)) < 8 && !s.startsWith("%25", i)) {
                    return "invalid URL escape \"" + s.substring(i, i + 3) + "\"";
                }
                i += 2;
            } else if (host && c < 0x80 && !hostChar(c)) {
                return "invalid character \"" + c + "\" in host name";
            }
        }
        return null;
    }

    private static boolean hostChar(char c) {
        return alnum(c) || "-_.~!$&'()*+,;=:[]<>\"".indexOf(c) >= 0;
    }

    private static boolean alnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** An ASCII hex digit's value, else -1 (Go's ishex reads ASCII only). */
    private static int hex(char c) {
        return c < 0x80 ? Character.digit(c, 16) : -1;
    }
}
