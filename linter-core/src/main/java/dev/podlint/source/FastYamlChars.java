package dev.podlint.source;

/**
 * The characters the fast YAML path reads: line feeds, printable ASCII and the printable
 * characters of the Basic Multilingual Plane that SnakeYAML treats as ordinary text. Tabs, carriage
 * returns, control characters, NEL, the line and paragraph separators, a byte order mark and
 * surrogates (astral characters, which SnakeYAML counts as one column) are left to SnakeYAML.
 */
final class FastYamlChars {

    private FastYamlChars() {}

    static boolean onlyOrdinary(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c <= 0x7E || c == '\n') {
                continue;
            }
            if (c < 0xA0 || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c > 0xFFFD) {
                return false;
            }
            if (c >= 0xD800 && c <= 0xDFFF) {
                return false;
            }
        }
        return true;
    }
}
