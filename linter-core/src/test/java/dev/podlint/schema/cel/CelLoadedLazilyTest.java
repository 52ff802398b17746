package dev.podlint.schema.cel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.fixtures.TestPaths;
import java.io.File;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A run loads CEL's classes only when a custom resource of a CRD with rules is checked: a run
 * without --crd, or whose CRDs have no x-kubernetes-validations, pays nothing for them. Each run is
 * made in a class loader of its own, which then tells whether it loaded CEL's entry class.
 */
class CelLoadedLazilyTest {

    private static final String CEL_CLASS = "dev.cel.bundle.CelFactory";

    @Test
    void aRunWithoutCrdsLoadsNoCelClass() throws Exception {
        assertThat(celLoadedAfter(null, "buckets.yaml")).isFalse();
    }

    @Test
    void aRunWhoseCrdHasNoRulesLoadsNoCelClass() throws Exception {
        assertThat(celLoadedAfter("../schema/crds/gadgets.yaml", "../schema/custom-resources-crd.yaml"))
                .isFalse();
    }

    @Test
    void aRunWithACrdWithRulesLoadsThem() throws Exception {
        assertThat(celLoadedAfter("crds/buckets.yaml", "buckets.yaml")).isTrue();
    }

    private static boolean celLoadedAfter(String crd, String fixture) throws Exception {
        try (Isolated loader = new Isolated()) {
            Class<?> options = loader.loadClass("dev.podlint.config.LintOptions");
            Object builder = options.getMethod("builder").invoke(null);
            Class<?> builderClass = builder.getClass();
            builderClass.getMethod("workingDirectory", Path.class).invoke(builder, CrdRuleFixtureTest.fixtures());
            if (crd != null) {
                builderClass.getMethod("crd", String.class).invoke(builder, crd);
            }
            Object built = builderClass.getMethod("build").invoke(builder);
            Class<?> linterClass = loader.loadClass("dev.podlint.Linter");
            Object linter = linterClass.getMethod("create", options).invoke(null, built);
            Method lint = linterClass.getMethod("lint", List.class, InputStream.class);
            Object report = lint.invoke(linter, List.of(fixture), InputStream.nullInputStream());
            assertThat(report).isNotNull();
            return loader.loaded(CEL_CLASS);
        }
    }

    /** The test class path, loaded afresh: podlint's classes and CEL's are its own. */
    private static final class Isolated extends URLClassLoader {
        Isolated() throws MalformedURLException {
            super(classPath(), ClassLoader.getPlatformClassLoader());
        }

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }

        private static URL[] classPath() throws MalformedURLException {
            List<URL> urls = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                urls.add(Path.of(entry).toUri().toURL());
            }
            assertThat(TestPaths.testdata()).exists();
            return urls.toArray(URL[]::new);
        }
    }
}
