package dev.podlint.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The findings a fixture expects under extra options, marked like {@code # expect:} but with another
 * word ({@code # with-crds: schema}): "line rule" strings, in file order.
 */
final class MarkedExpectations {

    private MarkedExpectations() {
    }

    static List<String> read(Path fixture, String marker) throws IOException {
        Pattern pattern = Pattern.compile("#\\s*" + Pattern.quote(marker) + ":\\s*([a-z-]+)");
        List<String> lines = Files.readAllLines(fixture);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = pattern.matcher(lines.get(i));
            if (m.find()) {
                expected.add((i + 1) + " " + m.group(1));
            }
        }
        return expected;
    }
}
