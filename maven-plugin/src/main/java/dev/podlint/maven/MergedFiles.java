package dev.podlint.maven;

import dev.podlint.config.AtomicFile;
import dev.podlint.config.ReadFiles;
import dev.podlint.preset.MergeOutcome;
import dev.podlint.preset.YamlWriter;
import dev.podlint.source.MappingNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Writes the pods of merge outcomes grouped by the file they came from: one multi-document YAML
 * file per input file that holds pods, at the input's path relative to the project (a file outside
 * the project: its absolute path without the root), pods in input order.
 */
final class MergedFiles {

    private final Path projectFolder;
    private final Path workingDirectory;
    private final Path outputDirectory;

    private final ReadFiles read;

    /** @param workingDirectory the folder the engine's file names are relative to */
    MergedFiles(Path projectFolder, Path workingDirectory, Path outputDirectory, ReadFiles read) {
        this.projectFolder = projectFolder.toAbsolutePath().normalize();
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.outputDirectory = outputDirectory;
        this.read = read;
    }

    /** Writes the files and returns their paths, in input order. */
    List<Path> write(List<MergeOutcome> outcomes) throws MojoExecutionException {
        Map<String, List<MappingNode>> podsByFile = new LinkedHashMap<>();
        for (MergeOutcome outcome : outcomes) {
            podsByFile
                    .computeIfAbsent(outcome.target().document().source().displayPath(), k -> new ArrayList<>())
                    .add(outcome.merged().merged());
        }
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, List<MappingNode>> e : podsByFile.entrySet()) {
            Path input = workingDirectory.resolve(e.getKey()).normalize();
            Path target = target(input);
            try {
                Path overwritten = Files.exists(target) && Files.isSameFile(target, input) ? input : read.find(target);
                if (overwritten != null) {
                    throw new MojoExecutionException("podlint: the merged Pods of " + e.getKey() + " would overwrite "
                            + overwritten + ", a file this build reads; choose another outputDirectory");
                }
                String yaml = YamlWriter.documents(e.getValue());
                AtomicFile.write(target, out -> out.write(yaml));
            } catch (IOException ex) {
                throw new MojoExecutionException("podlint: cannot write " + target + ": " + ex.getMessage(), ex);
            }
            written.add(target);
        }
        return written;
    }

    /** Where the pods of an input file go. */
    Path target(Path input) {
        Path relative = input.startsWith(projectFolder)
                ? projectFolder.relativize(input)
                : input.getRoot().relativize(input);
        return outputDirectory.resolve(relative.toString());
    }
}
