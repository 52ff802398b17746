package dev.podlint.schemas.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * One client-java-api jar, opened on its own: its class files by name, and a class loader of its own
 * (with the support jars the model classes need) so that different client versions never meet.
 */
final class ClientJar implements AutoCloseable {

    static final String MODELS = "io/kubernetes/client/openapi/models/";
    static final String APIS = "io/kubernetes/client/openapi/apis/";

    private final JarFile jar;
    private final URLClassLoader loader;

    private ClientJar(JarFile jar, URLClassLoader loader) {
        this.jar = jar;
        this.loader = loader;
    }

    /**
     * Opens the client jar found in {@code versionDir}; every jar in {@code libDir} joins its class loader.
     */
    static ClientJar open(Path versionDir, Path libDir) {
        try {
            List<Path> clientJars;
            try (Stream<Path> s = Files.list(versionDir)) {
                clientJars = s.filter(p -> p.getFileName().toString().startsWith("client-java-api-"))
                        .filter(p -> p.toString().endsWith(".jar"))
                        .sorted()
                        .toList();
            }
            if (clientJars.size() != 1) {
                throw new IllegalStateException(
                        "expected one client-java-api jar in " + versionDir + ", found " + clientJars);
            }
            List<URL> urls = new ArrayList<>();
            urls.add(clientJars.get(0).toUri().toURL());
            try (Stream<Path> s = Files.list(libDir)) {
                for (Path p :
                        s.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                    urls.add(p.toUri().toURL());
                }
            }
            // Parent: the platform loader, so nothing of the generator's own classpath leaks in.
            URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            return new ClientJar(new JarFile(clientJars.get(0).toFile()), loader);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Internal names (a/b/C) of the top-level classes directly under {@code packagePath}, sorted. */
    TreeSet<String> topLevelClasses(String packagePath) {
        TreeSet<String> out = new TreeSet<>();
        for (JarEntry e : (Iterable<JarEntry>) jar.stream()::iterator) {
            String name = e.getName();
            if (name.startsWith(packagePath)
                    && name.endsWith(".class")
                    && !name.contains("$")
                    && name.indexOf('/', packagePath.length()) < 0) {
                out.add(name.substring(0, name.length() - ".class".length()));
            }
        }
        return out;
    }

    /** The class file of {@code internalName}, or null when the jar has none. */
    ClassFile classFile(String internalName) {
        JarEntry e = jar.getJarEntry(internalName + ".class");
        if (e == null) {
            return null;
        }
        try (var in = jar.getInputStream(e)) {
            return ClassFile.parse(in.readAllBytes());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Loads (without initialising) the class of the given internal name. */
    Class<?> load(String internalName) {
        try {
            return Class.forName(internalName.replace('/', '.'), false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot load " + internalName, e);
        }
    }

    @Override
    public void close() {
        try {
            loader.close();
            jar.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
