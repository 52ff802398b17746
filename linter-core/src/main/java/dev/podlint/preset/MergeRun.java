package dev.podlint.preset;

import dev.podlint.config.LintOptions;
import dev.podlint.source.DeepStack;
import dev.podlint.source.Document;
import dev.podlint.source.InputCollector;
import dev.podlint.source.InputFile;
import dev.podlint.source.LoadProblem;
import dev.podlint.source.LoadedFile;
import dev.podlint.source.ManifestLoader;
import dev.podlint.source.SecretValues;
import dev.podlint.source.Span;
import dev.podlint.source.YamlNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * {@code podlint merge}: loads manifests and {@code --preset} files, and applies the PodPresets to
 * every Pod (and, on request, workload pod template) of the manifests, in input order.
 */
public final class MergeRun {

    /**
     * What a merge run found.
     *
     * @param outcomes one per Pod (or workload, with templates) of the inputs, in input order
     * @param errors   files that could not be read or parsed (nothing should be printed then)
     * @param notes    "file:line:col: message" lines: conflicts, dropped envFrom, rejected pods
     * @param excluded files named explicitly that the config file's globs left out (with forceExclude)
     */
    public record Result(List<MergeOutcome> outcomes, List<String> errors, List<String> notes, List<String> excluded) {

        /** The objects to print (every pod, merged or as written) as a YAML stream that kubectl reads back to the same values, with their files' comments. */
        public String yaml() {
            return YamlWriter.documents(
                    outcomes.stream().map(MergeOutcome::merged).toList(), MergedPod::merged, PodComments::new);
        }

        /** A conflict stopped a merge, or a pod would be rejected. */
        public boolean stopped() {
            return outcomes.stream().anyMatch(o -> !o.conflicts().isEmpty() || o.rejected());
        }
    }

    private final LintOptions options;
    private final ManifestLoader loader;

    public MergeRun(LintOptions options) {
        this.options = options;
        this.loader = new ManifestLoader(options.limits());
    }

    public Result run(List<String> paths, InputStream stdin) {
        return DeepStack.call(() -> merge(paths, stdin));
    }

    private Result merge(List<String> paths, InputStream stdin) {
        List<String> errors = new ArrayList<>();
        // the files to merge are chosen as lint chooses them; --preset files are read whatever the globs say
        InputCollector.Inputs inputs = options.inputCollector().collect(paths);
        report(inputs.skipped(), "", errors);
        if (inputs.noneFound()) {
            errors.add("no manifests (*.yaml, *.yml, *.json) found in " + String.join(", ", paths));
        }
        InputCollector.Inputs presetInputs = new InputCollector(options.workingDirectory())
                .collect(options.presets().paths());
        report(presetInputs.skipped(), "--preset: ", errors);

        List<Document> documents = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (InputFile file : inputs.files()) {
            seen.add(realPath(file));
            documents.addAll(load(file, stdin, errors));
        }
        List<Document> presetDocuments = new ArrayList<>(documents);
        for (InputFile file : presetInputs.files()) {
            if (!file.isStdin() && seen.add(realPath(file))) {
                presetDocuments.addAll(load(file, stdin, errors));
            }
        }
        PresetInventory inventory = PresetInventory.of(
                presetDocuments,
                options.presets().defaultNamespace(),
                options.presets().templates(),
                options.presets().featureGates());
        List<MergeOutcome> outcomes = inventory.mergeAll(documents);
        List<String> notes = new ArrayList<>();
        outcomes.forEach(outcome -> describe(outcome, notes));
        return new Result(List.copyOf(outcomes), List.copyOf(errors), List.copyOf(notes), inputs.excluded());
    }

    private static void describe(MergeOutcome outcome, List<String> notes) {
        for (Conflict c : outcome.conflicts()) {
            notes.add(at(c.incoming().document(), c.incoming().node().span()) + "error: "
                    + PresetMessages.conflict(c, outcome.selection().presets()));
        }
        for (Conflict d : outcome.envFromDrops()) {
            notes.add(at(d.incoming().document(), d.incoming().node().span()) + "warning: "
                    + PresetMessages.envFromDropped(d));
        }
        if (outcome.rejected()) {
            for (PodPreset preset : outcome.selection().presets()) {
                notes.add(at(preset.document(), failedSelectorNode(preset).span()) + "error: "
                        + PresetMessages.selectorInvalid(preset) + "; "
                        + outcome.target().describe()
                        + " is printed as written");
            }
        }
    }

    private static String at(Document document, Span span) {
        return document.source().displayPath() + ":" + span.line() + ":" + span.column() + ": ";
    }

    private List<Document> load(InputFile file, InputStream stdin, List<String> errors) {
        byte[] bytes;
        try {
            bytes = file.read(stdin, options.limits().maxFileBytes());
        } catch (IOException | RuntimeException e) {
            errors.add(file.displayPath() + ": cannot read: " + e.getMessage());
            return List.of();
        }
        LoadedFile loaded = loader.load(file.displayPath(), bytes);
        for (LoadProblem problem : loaded.problems()) {
            errors.add(at(loaded.source().displayPath(), problem.span())
                    + SecretValues.withoutValues(problem, loaded.documents()).message());
        }
        return loaded.documents();
    }

    private static String at(String file, Span span) {
        return file + ":" + span.line() + ":" + span.column() + ": ";
    }

    private static void report(List<InputCollector.Skipped> skipped, String prefix, List<String> errors) {
        for (InputCollector.Skipped s : skipped) {
            if (s.error()) {
                errors.add(prefix + s.path() + ": " + s.reason());
            }
        }
    }

    /** Where the selector of a preset that rejects the pod fails (the selection holds only such presets then). */
    private static YamlNode failedSelectorNode(PodPreset preset) {
        InvalidSelectorException error = Objects.requireNonNull(preset.selectorError(), "a failed selector");
        return Objects.requireNonNull(error.node(), "a failed selector names its node");
    }

    private static Path realPath(InputFile file) {
        Path path = file.path();
        if (path == null) { // standard input
            return Path.of(InputFile.STDIN_NAME);
        }
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
