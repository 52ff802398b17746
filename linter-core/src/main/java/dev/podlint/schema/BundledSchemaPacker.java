package dev.podlint.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step (linter-core's pom runs it after compiling): packs every bundled schema file of the
 * classpath into {@link PackedSchemas}' form under CLASSES_DIR.
 *
 * <p>Usage: {@code BundledSchemaPacker CLASSES_DIR}.
 */
public final class BundledSchemaPacker {

    private BundledSchemaPacker() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BundledSchemaPacker CLASSES_DIR");
        }
        for (String name : BundledSchemas.get().fileNames()) {
            Path out = Path.of(args[0]).resolve(PackedSchemas.resourceName(name));
            Files.createDirectories(out.getParent());
            Files.write(out, PackedSchemas.pack(BundledSchemas.json(name)));
        }
    }
}
