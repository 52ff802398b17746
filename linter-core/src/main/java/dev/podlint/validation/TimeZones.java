package dev.podlint.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Go's {@code time.LoadLocation} over the tzdata kube-apiserver embeds ({@code go-time-zones.txt}). */
final class TimeZones {

    private static final Set<String> NAMES = read();

    private TimeZones() {}

    /** The error {@code time.LoadLocation(name)} returns, or null when it finds the zone. */
    static @Nullable String loadProblem(String name) {
        if (name.isEmpty() || name.equals("UTC") || name.equals("Local")) {
            return null;
        }
        if (name.contains("..") || name.startsWith("/") || name.startsWith("\\")) {
            return "time: invalid location name";
        }
        return NAMES.contains(name) ? null : "unknown time zone " + name;
    }

    private static Set<String> read() {
        Set<String> names = new HashSet<>();
        try (InputStream in = TimeZones.class.getResourceAsStream("go-time-zones.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(names);
    }
}
