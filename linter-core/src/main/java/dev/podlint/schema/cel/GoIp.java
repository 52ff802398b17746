package dev.podlint.schema.cel;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * An IP address as the Kubernetes CEL IP library reads it (Go's {@code netip.ParseAddr}): dotted
 * IPv4 without leading zeros, or IPv6; no zone, no IPv4-mapped IPv6 address.
 */
record GoIp(InetAddress address) {

    static Optional<GoIp> parse(String text) {
        if (text.isEmpty() || text.indexOf('%') >= 0 || text.indexOf('[') >= 0) {
            return Optional.empty();
        }
        if (text.indexOf(':') < 0) {
            return ipv4(text) ? literal(text) : Optional.empty();
        }
        int lastColon = text.lastIndexOf(':');
        String tail = text.substring(lastColon + 1);
        if (tail.indexOf('.') >= 0 && !ipv4(tail)) {
            return Optional.empty();
        }
        if (!text.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
            return Optional.empty();
        }
        Optional<GoIp> parsed = literal(text);
        // Java reads ::ffff:a.b.c.d as an IPv4 address: Go's Is4In6, which the library rejects
        return parsed.filter(ip -> ip.address() instanceof Inet6Address);
    }

    /** Four decimal octets 0-255 without leading zeros. */
    private static boolean ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty()
                    || part.length() > 3
                    || !part.chars().allMatch(c -> c >= '0' && c <= '9')
                    || (part.length() > 1 && part.charAt(0) == '0')
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    /** {@code text} is a literal checked above, so no name is looked up. */
    private static Optional<GoIp> literal(String text) {
        try {
            return Optional.of(new GoIp(InetAddress.getByName(text)));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    int family() {
        return address instanceof Inet4Address ? 4 : 6;
    }

    boolean isLinkLocalMulticast() {
        byte[] b = address.getAddress();
        return b.length == 4
                ? (b[0] & 0xff) == 224 && b[1] == 0 && b[2] == 0
                : (b[0] & 0xff) == 0xff && (b[1] & 0x0f) == 0x02;
    }

    boolean isGlobalUnicast() {
        byte[] b = address.getAddress();
        if (b.length == 4
                && (b[0] & 0xff) == 255
                && (b[1] & 0xff) == 255
                && (b[2] & 0xff) == 255
                && (b[3] & 0xff) == 255) {
            return false;
        }
        return !address.isAnyLocalAddress()
                && !address.isLoopbackAddress()
                && !address.isMulticastAddress()
                && !address.isLinkLocalAddress();
    }

    /** An address and a prefix length (Go's {@code netip.ParsePrefix}). */
    static boolean isCidr(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return false;
        }
        Optional<GoIp> ip = parse(text.substring(0, slash));
        String bits = text.substring(slash + 1);
        if (ip.isEmpty()
                || bits.isEmpty()
                || bits.length() > 3
                || !bits.chars().allMatch(c -> c >= '0' && c <= '9')
                || (bits.length() > 1 && bits.charAt(0) == '0')) {
            return false;
        }
        return Integer.parseInt(bits) <= (ip.get().family() == 4 ? 32 : 128);
    }
}
