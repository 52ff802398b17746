package dev.podlint.schemas.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates podlint's bundled Kubernetes schemas from client-java-api jars.
 *
 * <p>Usage: {@code SchemaGenerator <client-jars dir> <output dir>}, where the client-jars folder holds one
 * subfolder per client version (the jar) and {@code lib/} (what the model classes need), as
 * {@code maven-dependency-plugin:copy} lays them out in {@code schemas/target/client-jars}. Run it with
 * {@code mvn -pl schemas -Pregenerate-schemas process-classes} (see schemas/README.md).
 */
public final class SchemaGenerator {

    private SchemaGenerator() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SchemaGenerator <client-jars dir> <output dir>");
            System.exit(2);
        }
        for (Path p : generate(Path.of(args[0]), Path.of(args[1]))) {
            System.out.printf("%s (%,d bytes)%n", p, Files.size(p));
        }
    }

    /**
     * The minors bundled, one per line, oldest first: linter-core reads it instead of probing the
     * classpath for each possible {@code v1.N.json} (a hundred resource lookups at every start).
     */
    static final String VERSIONS_FILE = "versions.txt";

    static String versionsIndex() {
        StringBuilder index = new StringBuilder();
        for (KubernetesVersions.Target target : KubernetesVersions.TARGETS) {
            if (target.onlyKinds() == null) {
                index.append(target.kubernetesVersion()).append('\n');
            }
        }
        return index.toString();
    }

    /** Writes every file of {@link KubernetesVersions#TARGETS} to {@code outDir}; returns their paths. */
    public static List<Path> generate(Path clientJars, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        List<Path> written = new ArrayList<>();
        for (KubernetesVersions.Target target : KubernetesVersions.TARGETS) {
            Path versionDir = clientJars.resolve(target.clientJavaVersion());
            if (!Files.isDirectory(versionDir)) {
                throw new IllegalStateException(
                        "missing " + versionDir + ": run the maven-dependency-plugin copy first");
            }
            byte[] bytes;
            try (ClientJar jar = ClientJar.open(versionDir, clientJars.resolve("lib"))) {
                bytes = SchemaWriter.write(SchemaBuilder.build(jar, target));
            }
            Path out = outDir.resolve(target.fileName());
            Files.write(out, bytes);
            written.add(out);
        }
        Path index = outDir.resolve(VERSIONS_FILE);
        Files.writeString(index, versionsIndex());
        written.add(index);
        return written;
    }
}
