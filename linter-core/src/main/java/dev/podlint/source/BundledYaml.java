package dev.podlint.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The YAML files of a resource folder bundled with podlint (the built-in rules, the enum table),
 * as trees. The build packs each folder into {@value #PACKED} ({@link PackedYaml}, written by
 * {@link BundledYamlPacker} after the resources are copied), which is read without a YAML parser;
 * without it (a classpath an IDE assembled) the folder's {@code *.yaml} files are parsed.
 */
public final class BundledYaml {

    /** The packed form's file name inside each folder. */
    public static final String PACKED = "bundle.packed";

    private BundledYaml() {}

    /** The folder's files sorted by name, e.g. {@code folder("dev/podlint/rules/")}. */
    public static List<PackedYaml.File> folder(String folder) {
        ClassLoader loader = BundledYaml.class.getClassLoader();
        try (InputStream packed = loader.getResourceAsStream(folder + PACKED)) {
            if (packed != null) {
                return PackedYaml.unpack(packed.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder + PACKED, e);
        }
        return parse(yamlFiles(loader.getResource(folder), folder));
    }

    /** Each file parsed as podlint parses manifests; a file that does not load is an error. */
    static List<PackedYaml.File> parse(Map<String, byte[]> files) {
        ManifestLoader loader = new ManifestLoader();
        List<PackedYaml.File> parsed = new ArrayList<>(files.size());
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            LoadedFile loaded = loader.loadText(file.getKey(), text);
            if (!loaded.problems().isEmpty() || loaded.documents().size() != 1) {
                throw new IllegalStateException(
                        "bundled file " + file.getKey() + " is not one YAML document: " + loaded.problems());
            }
            parsed.add(new PackedYaml.File(
                    file.getKey(), text, loaded.documents().get(0).root()));
        }
        return parsed;
    }

    /** The {@code *.yaml} files directly in a folder of the classpath (a directory or a jar), by name. */
    static Map<String, byte[]> yamlFiles(@Nullable URL folder, String name) {
        Map<String, byte[]> files = new TreeMap<>();
        if (folder == null) {
            return files;
        }
        try {
            if (folder.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) folder.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        JarEntry entry = entries.nextElement();
                        String entryName = entry.getName();
                        String file = entryName.startsWith(name) ? entryName.substring(name.length()) : "";
                        if (file.endsWith(".yaml") && !file.contains("/") && !entry.isDirectory()) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                files.put(file, in.readAllBytes());
                            }
                        }
                    }
                }
            } else {
                files.putAll(yamlFiles(Path.of(folder.toURI())));
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read the bundled files in " + name + ": " + e.getMessage(), e);
        }
        return files;
    }

    static Map<String, byte[]> yamlFiles(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path file : list.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
