package dev.podlint;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** podlint's own version, as the build stamped it. */
public final class PodlintVersion {

    private static final String VERSION = load();

    private PodlintVersion() {}

    /** e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String full() {
        return VERSION;
    }

    /** The version without a pre-release suffix, e.g. {@code 0.1.0}. */
    public static String semantic() {
        int dash = VERSION.indexOf('-');
        return dash < 0 ? VERSION : VERSION.substring(0, dash);
    }

    private static String load() {
        try (InputStream in = PodlintVersion.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "0.0.0-unknown");
        } catch (IOException e) {
            return "0.0.0-unknown";
        }
    }
}
