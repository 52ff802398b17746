package dev.podlint.oracle;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** The agreement the mutated corpus must keep (oracle-harness/agreement-ratchet.properties). */
record Ratchet(double agreementPercent) {

    static final String KEY = "mutated.agreement.percent";

    static Ratchet read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        String value = p.getProperty(KEY);
        if (value == null) {
            throw new IllegalStateException(file + " has no " + KEY);
        }
        return new Ratchet(Double.parseDouble(value.strip()));
    }

    /** The measured agreement, rounded down to 0.1%, as the file should record it. */
    static String roundedDown(double agreement) {
        return String.format(java.util.Locale.ROOT, "%.1f", Math.floor(agreement * 1000 + 1e-9) / 10);
    }
}
