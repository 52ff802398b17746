package dev.podlint.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/** What Maven injects into a goal for a project folder, for running goals in-process. */
final class GoalDefaults {

    private GoalDefaults() {}

    static <M extends AbstractPodlintMojo> M of(M mojo, Path project, Log log) {
        mojo.setLog(log);
        mojo.basedir = project.toFile();
        mojo.buildDirectory = project.resolve("target").toFile();
        mojo.includes = List.of(AbstractPodlintMojo.DEFAULT_INCLUDES.split(","));
        return mojo;
    }

    static void write(Path project, String relative, String content) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
