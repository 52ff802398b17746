package dev.podlint;

import dev.podlint.baseline.Baseline;
import dev.podlint.baseline.BaselineReader;
import dev.podlint.check.CheckSet;
import dev.podlint.check.CollectingSink;
import dev.podlint.check.DocumentCheck;
import dev.podlint.check.InventoryCheck;
import dev.podlint.config.InSourceSuppressions;
import dev.podlint.config.LintOptions;
import dev.podlint.config.UsageException;
import dev.podlint.finding.Finding;
import dev.podlint.finding.FindingOrder;
import dev.podlint.finding.Notification;
import dev.podlint.finding.Severity;
import dev.podlint.preset.PresetReader;
import dev.podlint.report.ExcerptRecorder;
import dev.podlint.report.Report;
import dev.podlint.report.SourceExcerpts;
import dev.podlint.report.Summary;
import dev.podlint.rule.RuleCatalog;
import dev.podlint.rule.RuleDefinition;
import dev.podlint.source.Document;
import dev.podlint.source.InputCollector;
import dev.podlint.source.LoadProblem;
import dev.podlint.source.LoadedFile;
import dev.podlint.source.ManifestLoader;
import dev.podlint.source.NamedContent;
import dev.podlint.source.SecretValues;
import dev.podlint.source.Span;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.zip.CRC32;

/**
 * The facade: lints paths into a {@link Report}. Files are loaded and checked in parallel, each read
 * and parsed once; cross-document checks run after, on the objects they asked to keep.
 */
public final class Linter {

    public static final String YAML_SYNTAX = "yaml-syntax";
    public static final String DUPLICATE_KEY = "duplicate-key";

    private final LintOptions options;
    private final RuleCatalog catalog;
    private final CheckSet checks;
    private final ManifestLoader loader;
    private final Baseline baseline;

    public Linter(LintOptions options, RuleCatalog catalog, CheckSet checks) {
        this.options = options;
        this.catalog = catalog;
        this.checks = checks;
        this.loader = new ManifestLoader(options.limits());
        for (String id : options.disabledRules()) {
            requireKnown(id, "--disable");
        }
        for (String id : options.enabledRules()) {
            requireKnown(id, "--enable");
        }
        for (String id : options.severityOverrides().keySet()) {
            requireKnown(id, "severity override");
        }
        this.baseline = options.baseline() == null ? Baseline.NONE
                : BaselineReader.read(options.workingDirectory().resolve(options.baseline()),
                        options.baseline().toString().replace('\\', '/'));
    }

    /** A linter with the built-in rules and the default checks. */
    public static Linter create(LintOptions options) {
        RuleCatalog catalog = RuleCatalog.load(options.ruleDirectories());
        return new Linter(options, catalog, CheckSet.defaults(options, catalog));
    }

    public RuleCatalog catalog() {
        return catalog;
    }

    public Report lint(List<String> paths, InputStream stdin) {
        InputCollector.Inputs inputs = options.inputCollector().collect(paths);
        List<Notification> notifications = new ArrayList<>();
        inputs.skipped().forEach(s -> notifications.add(new Notification(s.error(), s.path(), s.reason())));
        if (inputs.noneFound()) {
            notifications.add(new Notification(true, null, "no manifests (*.yaml, *.yml, *.json) found in "
                    + String.join(", ", paths)));
        }

        long maxBytes = options.limits().maxFileBytes();
        return lintInputs(inputs.files().stream()
                .map(f -> new Input(f.displayPath(), () -> f.read(stdin, maxBytes), false, !f.isStdin())).toList(),
                notifications);
    }

    /**
     * Lints contents already in memory (the staged blobs of a git commit, say), each reported under its
     * display path exactly as a file of that name would be.
     */
    public Report lintContents(List<NamedContent> contents) {
        return lintInputs(contents.stream().map(c -> new Input(c.displayPath(), c::bytes, false, true)).toList(),
                new ArrayList<>());
    }

    private Report lintInputs(List<Input> files, List<Notification> notifications) {
        SourceExcerpts excerpts = new SourceExcerpts();
        List<Input> all = new ArrayList<>(files);
        all.addAll(presetOnlyInputs(files, notifications));
        FileOutcome[] outcomes = new FileOutcome[all.size()];
        runParallel(all.size(), i -> outcomes[i] = lintFile(all.get(i), excerpts));

        List<Finding> findings = new ArrayList<>();
        int documents = 0;
        int readableFiles = 0;
        boolean triggered = false;
        for (FileOutcome outcome : outcomes) {
            triggered |= outcome.triggered;
        }
        for (FileOutcome outcome : outcomes) {
            findings.addAll(outcome.findings);
            notifications.addAll(outcome.notifications);
            if (!outcome.presetOnly) {
                documents += outcome.documents;
                readableFiles += outcome.readable ? 1 : 0;
            }
        }
        // Without a triggering document (no PodPreset) no inventory check can report anything.
        if (triggered) {
            findings.addAll(runInventoryChecks(all, outcomes, excerpts, notifications));
        }

        List<Finding> reported = applyPolicy(findings);
        return new Report(List.copyOf(reported), List.copyOf(notifications), summarize(readableFiles, documents, reported),
                enabledRules(), excerpts);
    }

    /**
     * PodPresets (issue 5): the files of {@code --preset} paths that are not linted anyway. Only their
     * PodPresets are used, by the inventory checks; no document check runs on them. A preset file that
     * is also among the inputs (a staged version, say) is taken from the inputs.
     */
    private List<Input> presetOnlyInputs(List<Input> linted, List<Notification> notifications) {
        if (options.presetPaths().isEmpty()) {
            return List.of();
        }
        InputCollector.Inputs presets = new InputCollector(options.workingDirectory()).collect(options.presetPaths());
        presets.skipped().forEach(s -> notifications.add(new Notification(s.error(), s.path(), "--preset: " + s.reason())));
        Set<String> seen = new HashSet<>();
        linted.forEach(input -> seen.add(input.displayPath()));
        long maxBytes = options.limits().maxFileBytes();
        return presets.files().stream().filter(f -> !f.isStdin() && seen.add(f.displayPath()))
                .map(f -> new Input(f.displayPath(), () -> f.read(InputStream.nullInputStream(), maxBytes), true, true))
                .toList();
    }

    private FileOutcome lintFile(Input input, SourceExcerpts excerpts) {
        boolean presetOnly = input.presetOnly();
        FileOutcome outcome = new FileOutcome();
        outcome.presetOnly = presetOnly;
        byte[] bytes;
        try {
            bytes = input.content().read();
        } catch (IOException | RuntimeException e) {
            outcome.notifications.add(new Notification(true, input.displayPath(), "cannot read: " + describe(e)));
            return outcome;
        }
        outcome.readable = true;
        LoadedFile loaded = loader.load(input.displayPath(), bytes);
        outcome.documents = loaded.yamlDocuments();
        CollectingSink sink = new CollectingSink(catalog);
        int unparsedFromLine = 0;
        for (LoadProblem problem : loaded.problems()) {
            sink.add(loadFinding(loaded, problem));
            if (problem.type() == LoadProblem.Type.SYNTAX && unparsedFromLine == 0) {
                unparsedFromLine = lastParsedLine(loaded) + 1;
            }
        }
        List<Document> loadedDocuments = loaded.documents();
        for (int position = 0; position < loadedDocuments.size(); position++) {
            Document document = loadedDocuments.get(position);
            if (presetOnly) {
                if (PresetReader.isPreset(document)) {
                    keepIfWanted(position, document, outcome);
                    outcome.triggered = true;
                }
                continue;
            }
            for (DocumentCheck check : checks.documentChecks()) {
                try {
                    check.check(document, sink);
                } catch (RuntimeException e) {
                    outcome.notifications.add(new Notification(true, input.displayPath(),
                            "internal error in " + check.getClass().getSimpleName() + " on document "
                                    + document.index() + ": " + describe(e)));
                }
            }
            keepIfWanted(position, document, outcome);
        }
        if (!outcome.triggered) {
            // Nothing here makes an inventory check report: the trees are dropped, and the file is
            // loaded again at the end only if another file holds what does.
            outcome.wanted.forEach(w -> w.tree = null);
        }
        if (outcome.wanted.stream().anyMatch(w -> w.tree == null)) {
            if (input.rereadable()) {
                outcome.checksum = checksum(bytes);
            } else {
                outcome.bytes = bytes; // stdin cannot be read again
            }
        }
        outcome.findings.addAll(InSourceSuppressions.apply(loaded.documents(), sink.findings()));
        ExcerptRecorder.record(excerpts, loaded.source(), outcome.findings, SecretValues.spans(loaded.documents()),
                unparsedFromLine);
        return outcome;
    }

    /**
     * Records a document some inventory check wants: its tree when a check needs it whole (it
     * triggers the check, or the check keeps no index entry for it), else only the checks' entries.
     */
    private void keepIfWanted(int position, Document document, FileOutcome outcome) {
        List<InventoryCheck> inventoryChecks = checks.inventoryChecks();
        Object[] entries = null;
        boolean needsTree = false;
        for (int c = 0; c < inventoryChecks.size(); c++) {
            InventoryCheck check = inventoryChecks.get(c);
            if (!check.wants(document)) {
                continue;
            }
            entries = entries == null ? new Object[inventoryChecks.size()] : entries;
            boolean triggers = check.triggers(document);
            outcome.triggered |= triggers;
            Object entry = triggers ? null : check.indexEntry(document);
            entries[c] = entry == null ? WantedDocument.TREE : entry;
            needsTree |= entry == null;
        }
        if (entries != null) {
            outcome.wanted.add(new WantedDocument(position, needsTree ? document : null, entries));
        }
    }

    /**
     * Runs the inventory checks over the documents they want, in input order: the trees kept while
     * loading, and the documents loaded again from their files because a check {@link InventoryCheck#needs}
     * them. A check with a {@link InventoryCheck.Pass} gets them a file at a time, and each file's trees
     * are dropped once given; the others get them all at the end.
     */
    private List<Finding> runInventoryChecks(List<Input> inputs, FileOutcome[] outcomes, SourceExcerpts excerpts,
            List<Notification> notifications) {
        List<InventoryCheck> inventoryChecks = checks.inventoryChecks();
        CollectingSink sink = new CollectingSink(catalog);
        List<Document> kept = new ArrayList<>();
        List<Predicate<Object>> needs = new ArrayList<>();
        InventoryCheck.Pass[] passes = new InventoryCheck.Pass[inventoryChecks.size()];
        boolean[] failed = new boolean[inventoryChecks.size()];
        boolean keepAll = false;
        for (int c = 0; c < inventoryChecks.size(); c++) {
            InventoryCheck check = inventoryChecks.get(c);
            List<Document> triggering = new ArrayList<>();
            for (FileOutcome outcome : outcomes) {
                for (WantedDocument w : outcome.wanted) {
                    if (w.tree != null && check.wants(w.tree) && check.triggers(w.tree)) {
                        triggering.add(w.tree);
                    }
                }
            }
            kept.addAll(triggering);
            needs.add(check.needs(triggering));
            int index = c;
            failed[c] = !guarded(check, notifications, () -> passes[index] = check.pass(triggering, sink));
            keepAll |= passes[c] == null && !failed[c];
        }
        for (FileOutcome outcome : outcomes) {
            for (WantedDocument w : outcome.wanted) {
                w.needed = w.tree != null || w.neededBy(needs);
                outcome.loadAgain |= w.needed && w.tree == null;
            }
        }
        // podlint.dev/ignore: each finding by the annotation of the object holding its node, in whichever file
        InSourceSuppressions.Scopes scopes = new InSourceSuppressions.Scopes();
        List<Document> retained = new ArrayList<>();
        int batch = 2 * Runtime.getRuntime().availableProcessors();
        for (int from = 0; from < outcomes.length; from += batch) {
            int first = from;
            int end = Math.min(outcomes.length, from + batch);
            List<Integer> again = IntStream.range(first, end).filter(i -> outcomes[i].loadAgain).boxed().toList();
            runParallel(again.size(), k -> loadAgain(inputs.get(again.get(k)), outcomes[again.get(k)]));
            for (int i = first; i < end; i++) {
                FileOutcome outcome = outcomes[i];
                if (outcome.reloadProblem != null) {
                    notifications.add(outcome.reloadProblem);
                }
                List<Document> part = new ArrayList<>();
                for (WantedDocument w : outcome.wanted) {
                    if (w.needed && w.tree != null) {
                        part.add(w.tree);
                    }
                    w.tree = null;
                }
                if (part.isEmpty()) {
                    continue;
                }
                int reportedBefore = sink.size();
                for (int c = 0; c < passes.length; c++) {
                    InventoryCheck check = inventoryChecks.get(c);
                    InventoryCheck.Pass pass = passes[c];
                    List<Document> given = part.stream().filter(d -> check.wants(d) && !check.triggers(d)).toList();
                    if (pass != null && !failed[c] && !given.isEmpty()) {
                        failed[c] = !guarded(check, notifications, () -> pass.add(given));
                    }
                }
                scopes.add(part);
                if (keepAll) {
                    retained.addAll(part);
                }
                record(excerpts, part, sink.findingsFrom(reportedBefore));
            }
        }
        for (int c = 0; c < passes.length; c++) {
            InventoryCheck check = inventoryChecks.get(c);
            InventoryCheck.Pass pass = passes[c];
            if (failed[c]) {
                continue;
            }
            if (pass != null) {
                guarded(check, notifications, pass::end);
            } else {
                List<Document> wanted = retained.stream().filter(check::wants).toList();
                guarded(check, notifications, () -> check.check(wanted, sink));
            }
        }
        List<Finding> found = scopes.apply(sink.findings());
        kept.addAll(retained);
        record(excerpts, kept, found);
        return found;
    }

    /** Records the source lines of {@code findings} in the files of {@code documents}. */
    private static void record(SourceExcerpts excerpts, List<Document> documents, List<Finding> findings) {
        documents.stream().map(Document::source).distinct().forEach(source -> ExcerptRecorder.record(excerpts, source,
                findings, SecretValues.spans(documents.stream().filter(d -> d.source() == source).toList()), 0));
    }

    /** Runs a step of an inventory check: false, with the error reported, when it throws. */
    private static boolean guarded(InventoryCheck check, List<Notification> notifications, Runnable step) {
        try {
            step.run();
            return true;
        } catch (RuntimeException e) {
            notifications.add(new Notification(true, null,
                    "internal error in " + check.getClass().getSimpleName() + ": " + describe(e)));
            return false;
        }
    }

    /** Loads a file again (the loader is deterministic) for the trees of its needed documents. */
    private void loadAgain(Input input, FileOutcome outcome) {
        byte[] bytes = outcome.bytes;
        if (bytes == null) {
            try {
                bytes = input.content().read();
            } catch (IOException | RuntimeException e) {
                outcome.reloadProblem = new Notification(true, input.displayPath(),
                        "cannot read again for the PodPreset checks: " + describe(e));
                return;
            }
            if (checksum(bytes) != outcome.checksum) {
                outcome.reloadProblem = new Notification(true, input.displayPath(),
                        "changed while podlint ran; lint it again for its PodPreset findings");
                return;
            }
        }
        List<Document> documents = loader.load(input.displayPath(), bytes).documents();
        for (WantedDocument w : outcome.wanted) {
            if (w.needed && w.tree == null) {
                w.tree = documents.get(w.position);
            }
        }
    }

    private static long checksum(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return ((long) bytes.length << 32) ^ crc.getValue();
    }

    private Finding loadFinding(LoadedFile loaded, LoadProblem problem) {
        String ruleId = problem.type() == LoadProblem.Type.DUPLICATE_KEY ? DUPLICATE_KEY : YAML_SYNTAX;
        Document document = loaded.documents().stream().filter(d -> d.index() == problem.documentIndex())
                .findFirst().orElse(null);
        Severity severity = catalog.contains(ruleId) ? catalog.get(ruleId).severity() : Severity.ERROR;
        return new Finding(ruleId, severity, problem.message(), loaded.source().displayPath(),
                problem.documentIndex(), document == null ? null : document.kind(),
                document == null ? null : document.name(), document == null ? null : document.namespace(), problem.pointer(),
                problem.span(), List.of(), null);
    }

    private static int lastParsedLine(LoadedFile loaded) {
        return loaded.documents().stream().map(d -> d.root().span()).mapToInt(Span::endLine).max().orElse(0);
    }

    /**
     * Drops findings of disabled rules, applies severity overrides, sorts, then marks the findings
     * of the baseline (after sorting: repeated findings are matched in report order).
     */
    private List<Finding> applyPolicy(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            if (options.disabledRules().contains(finding.ruleId())) {
                continue;
            }
            Severity override = options.severityOverrides().get(finding.ruleId());
            out.add(override == null ? finding : finding.withSeverity(override));
        }
        out.sort(FindingOrder.COMPARATOR);
        return baseline.apply(out);
    }

    private List<RuleDefinition> enabledRules() {
        return catalog.all().stream().filter(r -> !options.disabledRules().contains(r.id()))
                .filter(r -> r.enabledByDefault() || options.enabledRules().contains(r.id()))
                .sorted(Comparator.comparing(RuleDefinition::id)).toList();
    }

    private static Summary summarize(int files, int documents, List<Finding> findings) {
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        int suppressed = 0;
        for (Finding f : findings) {
            if (f.suppressed()) {
                suppressed++;
                continue;
            }
            switch (f.severity()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                case INFO -> infos++;
            }
        }
        return new Summary(files, documents, errors, warnings, infos, suppressed);
    }

    private void requireKnown(String id, String where) {
        if (!catalog.contains(id)) {
            throw new UsageException("unknown rule '" + id + "' in " + where + " (podlint rules lists them)");
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        String type = e.getClass().getSimpleName();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        return message == null ? type : type + ": " + message;
    }

    private static void runParallel(int count, java.util.function.IntConsumer task) {
        if (count <= 1) {
            IntStream.range(0, count).forEach(task);
            return;
        }
        ForkJoinPool pool = new ForkJoinPool(Math.min(count, Runtime.getRuntime().availableProcessors()));
        try {
            pool.submit(() -> IntStream.range(0, count).parallel().forEach(task)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * A file to lint: its display path and how to read it (from disk, stdin or memory), read in
     * parallel. {@code presetOnly} files only contribute their PodPresets; a {@code rereadable} one
     * can be read again (not stdin).
     */
    private record Input(String displayPath, Content content, boolean presetOnly, boolean rereadable) {
    }

    @FunctionalInterface
    private interface Content {
        byte[] read() throws IOException;
    }

    /** A document some inventory check wants: its tree, or only the checks' index entries. */
    private static final class WantedDocument {
        /** The entry of a check that needs the tree. */
        static final Object TREE = new Object();

        /** Where the document is among its file's loaded documents. */
        final int position;
        /** Per inventory check: its index entry, TREE, or null when the check does not want the document. */
        final Object[] entries;
        Document tree;
        boolean needed;

        WantedDocument(int position, Document tree, Object[] entries) {
            this.position = position;
            this.tree = tree;
            this.entries = entries;
        }

        boolean neededBy(List<Predicate<Object>> needs) {
            for (int c = 0; c < entries.length; c++) {
                if (entries[c] == TREE || (entries[c] != null && needs.get(c).test(entries[c]))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** What one file contributed. */
    private static final class FileOutcome {
        final List<Finding> findings = new ArrayList<>();
        final List<Notification> notifications = new ArrayList<>();
        /** The documents some inventory check wants, in file order. */
        final List<WantedDocument> wanted = new ArrayList<>();
        /** Whether a wanted document makes an inventory check report (see InventoryCheck.triggers). */
        boolean triggered;
        /** The bytes of a file that cannot be read again, kept when some wanted tree was not. */
        byte[] bytes;
        /** Length and CRC of the bytes, to tell that a file read again is the one linted. */
        long checksum;
        Notification reloadProblem;
        /** Whether some needed document of this file has no tree: the file is loaded again. */
        boolean loadAgain;
        int documents;
        boolean readable;
        boolean presetOnly;
    }
}
