package dev.podlint.kube;

import org.jspecify.annotations.Nullable;

/**
 * IP addresses and CIDRs as the API server parses the legacy Service fields: {@code
 * netutils.ParseIPSloppy}/{@code ParseCIDRSloppy} (Go 1.16's parser, which allows leading zeros in
 * IPv4 octets), and with {@code StrictIPCIDRValidation} (on from Kubernetes 1.36) also what
 * {@code netip.ParseAddr}/{@code ParsePrefix} reject.
 *
 * @param bytes  4 bytes for the IPv4 syntax, 16 for the IPv6 syntax
 * @param sloppy true when only the sloppy parser accepts it (leading zeros, long IPv6 groups)
 */
@SuppressWarnings("ArrayRecordComponent") // a parse result read by index; never compared or hashed
public record IpAddress(byte[] bytes, boolean sloppy) {

    /** The address, or null when {@code ParseIPSloppy} returns nil. */
    public static @Nullable IpAddress parse(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '.') {
                return v4(s);
            }
            if (s.charAt(i) == ':') {
                return v6(s);
            }
        }
        return null;
    }

    private static @Nullable IpAddress v4(String s) {
        byte[] out = new byte[4];
        boolean sloppy = false;
        int pos = 0;
        for (int part = 0; part < 4; part++) {
            if (part > 0) {
                if (pos >= s.length() || s.charAt(pos) != '.') {
                    return null;
                }
                pos++;
            }
            int start = pos;
            int n = 0;
            while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
                n = n * 10 + (s.charAt(pos) - '0');
                if (n >= 0xFFFFFF) {
                    return null;
                }
                pos++;
            }
            if (pos == start || n > 0xFF) {
                return null;
            }
            sloppy |= pos - start > 1 && s.charAt(start) == '0';
            out[part] = (byte) n;
        }
        return pos == s.length() ? new IpAddress(out, sloppy) : null;
    }

    private static @Nullable IpAddress v6(String s) {
        byte[] ip = new byte[16];
        boolean sloppy = false;
        int ellipsis = -1;
        if (s.startsWith("::")) {
            ellipsis = 0;
            s = s.substring(2);
            if (s.isEmpty()) {
                return new IpAddress(ip, false);
            }
        }
        int i = 0;
        while (i < 16) {
            int c = 0;
            int n = 0;
            while (c < s.length() && Character.digit(s.charAt(c), 16) >= 0 && s.charAt(c) < 0x80) {
                n = n * 16 + Character.digit(s.charAt(c), 16);
                if (n >= 0xFFFFFF) {
                    return null;
                }
                c++;
            }
            if (c == 0 || n > 0xFFFF) {
                return null;
            }
            if (c < s.length() && s.charAt(c) == '.') {
                if ((ellipsis < 0 && i != 12) || i + 4 > 16) {
                    return null;
                }
                IpAddress v4 = v4(s);
                if (v4 == null) {
                    return null;
                }
                System.arraycopy(v4.bytes, 0, ip, i, 4);
                sloppy |= v4.sloppy;
                i += 4;
                s = "";
                break;
            }
            sloppy |= c > 4;
            ip[i] = (byte) (n >> 8);
            ip[i + 1] = (byte) n;
            i += 2;
            s = s.substring(c);
            if (s.isEmpty()) {
                break;
            }
            if (s.charAt(0) != ':' || s.length() == 1) {
                return null;
            }
            s = s.substring(1);
            if (s.charAt(0) == ':') {
                if (ellipsis >= 0) {
                    return null;
                }
                ellipsis = i;
                s = s.substring(1);
                if (s.isEmpty()) {
                    break;
                }
            }
        }
        if (!s.isEmpty()) {
            return null;
        }
        if (i < 16) {
            if (ellipsis < 0) {
                return null;
            }
            int n = 16 - i;
            for (int j = i - 1; j >= ellipsis; j--) {
                ip[j + n] = ip[j];
            }
            for (int j = ellipsis + n - 1; j >= ellipsis; j--) {
                ip[j] = 0;
            }
        } else if (ellipsis >= 0) {
            return null;
        }
        return new IpAddress(ip, sloppy);
    }

    boolean isV6Syntax() {
        return bytes.length == 16;
    }

    /** An IPv4 address written in IPv6 syntax (::ffff:a.b.c.d). */
    boolean is4In6() {
        if (bytes.length != 16) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }

    /** Go's {@code IP.To4}: the 4 bytes of an IPv4 address (also of an IPv4-mapped one), or null. */
    byte @Nullable [] to4() {
        if (bytes.length == 4) {
            return bytes;
        }
        return is4In6() ? new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]} : null;
    }

    /** netutils.IsIPv6: not representable as IPv4. */
    public boolean isIPv6() {
        return to4() == null;
    }

    /** What the strict parser (netip) rejects that the sloppy one accepts, or null. */
    @Nullable
    public String strictProblem() {
        if (sloppy) {
            return "must not have leading 0s";
        }
        return is4In6() ? "must not be an IPv4-mapped IPv6 address" : null;
    }

    /** ValidateEndpointIP: what an external IP may not be, or null. */
    @Nullable
    public String endpointProblem() {
        byte[] v4 = to4();
        boolean zero = true;
        for (byte b : v4 != null ? v4 : bytes) {
            zero &= b == 0;
        }
        if (zero) {
            return "may not be unspecified";
        }
        if (v4 != null) {
            int a = v4[0] & 0xff;
            int b = v4[1] & 0xff;
            if (a == 127) {
                return "may not be in the loopback range (127.0.0.0/8, ::1/128)";
            }
            if (a == 169 && b == 254) {
                return "may not be in the link-local range (169.254.0.0/16, fe80::/10)";
            }
            if (a == 224 && b == 0 && v4[2] == 0) {
                return "may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)";
            }
            return null;
        }
        boolean loopback = bytes[15] == 1;
        for (int i = 0; i < 15; i++) {
            loopback &= bytes[i] == 0;
        }
        if (loopback) {
            return "may not be in the loopback range (127.0.0.0/8, ::1/128)";
        }
        if ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xc0) == 0x80) {
            return "may not be in the link-local range (169.254.0.0/16, fe80::/10)";
        }
        if ((bytes[0] & 0xff) == 0xff && (bytes[1] & 0x0f) == 0x02) {
            return "may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)";
        }
        return null;
    }

    /** IsValidIPForLegacyField for a new object: what is wrong with {@code s}, or null. */
    public static @Nullable String legacyProblem(String s, boolean strict) {
        IpAddress ip = parse(s);
        if (ip == null) {
            return "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)";
        }
        return strict ? ip.strictProblem() : null;
    }

    /** IsValidCIDRForLegacyField for a new object: what is wrong with {@code s}, or null. */
    public static @Nullable String cidrProblem(String s, boolean strict) {
        int slash = s.indexOf('/');
        String invalid = "must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)";
        if (slash < 0) {
            return invalid;
        }
        String addr = s.substring(0, slash);
        String mask = s.substring(slash + 1);
        IpAddress ip = v4(addr);
        int bits = 32;
        if (ip == null) {
            ip = v6(addr);
            bits = 128;
        }
        int n = 0;
        for (int i = 0; i < mask.length(); i++) {
            char c = mask.charAt(i);
            if (c < '0' || c > '9') {
                return invalid;
            }
            n = n * 10 + (c - '0');
            if (n >= 0xFFFFFF) {
                return invalid;
            }
        }
        if (ip == null || mask.isEmpty() || n > bits) {
            return invalid;
        }
        if (!strict) {
            return null;
        }
        if (ip.sloppy || (mask.length() > 1 && mask.charAt(0) == '0')) {
            return "must not have leading 0s in IP or prefix length";
        }
        if (ip.is4In6()) {
            return "must not have an IPv4-mapped IPv6 address";
        }
        for (int bit = n; bit < bits; bit++) {
            if ((ip.bytes[bit / 8] & (0x80 >> (bit % 8))) != 0) {
                return "must not have bits set beyond the prefix length";
            }
        }
        return null;
    }
}
