package dev.podlint.maven;

import java.util.regex.Pattern;

/**
 * An include/exclude pattern as Maven users write them (Ant style), matched against a path relative
 * to the scanned folder with '/' separators: {@code **} spans folders (zero or more), {@code *} and
 * {@code ?} stay within one name. A pattern ending in '/' matches everything below that folder.
 */
final class AntGlob {

    private final String text;
    private final Pattern regex;

    private AntGlob(String text, Pattern regex) {
        this.text = text;
        this.regex = regex;
    }

    static AntGlob of(String pattern) {
        String p = pattern.trim().replace('\\', '/');
        if (p.endsWith("/")) {
            p = p + "**";
        }
        return new AntGlob(pattern.trim(), Pattern.compile(toRegex(p)));
    }

    boolean matches(String relativePath) {
        return regex.matcher(relativePath).matches();
    }

    @Override
    public String toString() {
        return text;
    }

    private static String toRegex(String glob) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i);
            if (glob.startsWith("**/", i)) {
                out.append("(?:.*/)?");
                i += 3;
            } else if (glob.startsWith("**", i)) {
                out.append(".*");
                i += 2;
            } else if (c == '*') {
                out.append("[^/]*");
                i++;
            } else if (c == '?') {
                out.append("[^/]");
                i++;
            } else {
                out.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return out.toString();
    }
}
