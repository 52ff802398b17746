package dev.podlint.report.sarif;

import dev.podlint.report.sarif.Sarif.ArtifactLocation;
import dev.podlint.source.RenderedSources;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Turns the display paths of findings into SARIF artifact locations: paths below the working
 * directory become relative URIs under {@code %SRCROOT%} (what GitHub code scanning resolves against
 * the checkout), others absolute {@code file:} URIs. Separators are '/', everything else that a
 * URI path may not hold is percent-encoded.
 */
final class SarifUris {

    static final String SRCROOT = "%SRCROOT%";
    private static final String KEPT = "-._~!$&'()*+;=@";

    private SarifUris() {}

    /** The URI of the working directory, ending with '/' as a base URI must. */
    static String baseUri(Path workingDirectory) {
        String uri = workingDirectory.toAbsolutePath().normalize().toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    /** A rendered document's location is its template's ({@link RenderedSources}), where code scanning shows it. */
    static ArtifactLocation location(String displayPath) {
        String path = RenderedSources.templatePath(displayPath).replace('\\', '/');
        if (isAbsolute(path)) {
            return new ArtifactLocation(
                    Path.of(RenderedSources.templatePath(displayPath)).toUri().toString(), null);
        }
        return new ArtifactLocation(encodePath(path), SRCROOT);
    }

    private static boolean isAbsolute(String path) {
        return path.startsWith("/") || path.matches("^[A-Za-z]:/.*");
    }

    /** Percent-encodes each segment's UTF-8 bytes except unreserved characters and safe sub-delimiters. */
    static String encodePath(String path) {
        StringBuilder sb = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (alnum || c == '/' || (c < 0x80 && KEPT.indexOf(c) >= 0)) {
                sb.append((char) c);
            } else {
                sb.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }
}
