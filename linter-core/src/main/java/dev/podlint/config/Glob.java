package dev.podlint.config;

import dev.podlint.source.BoundedRegex;

/**
 * A glob of the config file's {@code include}/{@code exclude}, with the syntax of Java's
 * {@code glob:} path matchers ({@code *} within a folder, {@code **} across folders, {@code ?},
 * {@code [a-z]}, {@code [!a-z]}, {@code {a,b}}, {@code \} to escape), matched in time linear in
 * the path however many {@code *} it has (the JDK's matcher backtracks: exponential on a long name).
 */
final class Glob {

    private final BoundedRegex regex;

    private Glob(BoundedRegex regex) {
        this.regex = regex;
    }

    /** @throws UsageException when the glob is malformed */
    static Glob of(String glob) {
        try {
            return new Glob(BoundedRegex.compile(toRegex(glob)));
        } catch (IllegalArgumentException e) {
            throw new UsageException("invalid glob '" + glob + "' in include/exclude: " + e.getMessage());
        }
    }

    boolean matches(String path) {
        return regex.matches(path);
    }

    static String toRegex(String glob) {
        StringBuilder out = new StringBuilder();
        boolean inGroup = false;
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i++);
            switch (c) {
                case '\\' -> {
                    if (i == glob.length()) {
                        throw new IllegalArgumentException("no character to escape at its end");
                    }
                    literal(out, glob.charAt(i++));
                }
                case '*' -> {
                    if (i < glob.length() && glob.charAt(i) == '*') {
                        out.append(".*");
                        i++;
                    } else {
                        out.append("[^/]*");
                    }
                }
                case '?' -> out.append("[^/]");
                case '[' -> i = charClass(glob, i, out);
                case '{' -> {
                    if (inGroup) {
                        throw new IllegalArgumentException("groups { } cannot nest");
                    }
                    inGroup = true;
                    out.append("(?:");
                }
                case '}' -> {
                    if (inGroup) {
                        inGroup = false;
                        out.append(')');
                    } else {
                        literal(out, c);
                    }
                }
                case ',' -> {
                    if (inGroup) {
                        out.append('|');
                    } else {
                        literal(out, c);
                    }
                }
                default -> literal(out, c);
            }
        }
        if (inGroup) {
            throw new IllegalArgumentException("'{' is not closed");
        }
        return out.toString();
    }

    /** Appends the class that starts after {@code [} at {@code from}; returns the index after its {@code ]}. */
    private static int charClass(String glob, int from, StringBuilder out) {
        int i = from;
        out.append('[');
        if (i < glob.length() && (glob.charAt(i) == '!' || glob.charAt(i) == '^')) {
            out.append("^/"); // a negated class never matches the separator either
            i++;
        }
        boolean first = true;
        while (i < glob.length()) {
            char c = glob.charAt(i++);
            if (c == ']' && !first) {
                out.append(']');
                return i;
            }
            first = false;
            if (c == '/') {
                throw new IllegalArgumentException("'/' inside [ ]");
            }
            if (c == '-') {
                out.append('-');
            } else {
                classLiteral(out, c);
            }
        }
        throw new IllegalArgumentException("'[' is not closed");
    }

    private static void literal(StringBuilder out, char c) {
        if ("\\.[]{}()*+?^$|".indexOf(c) >= 0) {
            out.append('\\');
        }
        out.append(c);
    }

    private static void classLiteral(StringBuilder out, char c) {
        if ("\\[]^".indexOf(c) >= 0) {
            out.append('\\');
        }
        out.append(c);
    }
}
