package dev.podlint.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step (linter-core's pom runs it after the resources are copied): packs the YAML files of
 * each bundled folder into {@link BundledYaml#PACKED}.
 *
 * <p>Usage: {@code BundledYamlPacker CLASSES_DIR FOLDER...}, folders relative to CLASSES_DIR.
 */
public final class BundledYamlPacker {

    private BundledYamlPacker() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: BundledYamlPacker CLASSES_DIR FOLDER...");
        }
        Path classes = Path.of(args[0]);
        for (int i = 1; i < args.length; i++) {
            Path folder = classes.resolve(args[i]);
            byte[] packed = PackedYaml.pack(BundledYaml.parse(BundledYaml.yamlFiles(folder)));
            Files.write(folder.resolve(BundledYaml.PACKED), packed);
        }
    }
}
