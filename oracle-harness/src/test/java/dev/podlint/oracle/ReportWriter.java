package dev.podlint.oracle;

import dev.podlint.finding.Finding;
import dev.podlint.oracle.Comparison.Compared;
import dev.podlint.oracle.Comparison.ErrorMatch;
import dev.podlint.oracle.Comparison.Verdict;
import dev.podlint.oracle.FieldPaths.Relation;
import dev.podlint.oracle.OracleObject.OracleError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Writes target/oracle-report/: summary.md (the tables the README quotes), disagreements.md and .tsv
 * (every document on which the verdicts differ, both sides' messages), field-misses.tsv (oracle
 * errors of documents both reject that no podlint finding points near) and justified.tsv.
 */
final class ReportWriter {

    static final String MUTATED = "mutated";
    static final int TOP_ORACLE_ONLY = 15;

    private final Path dir;

    ReportWriter(Path dir) {
        this.dir = dir;
    }

    /** Groups of documents, in first-seen order unless sorted. */
    static Map<String, Tally> tallies(List<Compared> compared, Function<Compared, String> key) {
        Map<String, Tally> tallies = new TreeMap<>();
        for (Compared c : compared) {
            tallies.computeIfAbsent(key.apply(c), k -> new Tally()).add(c);
        }
        return tallies;
    }

    static String mutationKey(Compared c) {
        if (c.mutation() == null) {
            return "(unknown)";
        }
        String id = c.mutation().mutationId();
        return id.contains("+") ? "(two mutations)" : id;
    }

    /** A pattern of oracle errors: stage, type and field path with indexes, keys and the pod spec's place generalised. */
    static String errorPattern(OracleError e) {
        String field = e.field().replaceAll("\\[[^\\]]*\\]", "[*]");
        for (String podSpec :
                List.of("spec.jobTemplate.spec.template.spec.", "spec.template.spec.", "template.spec.")) {
            if (field.startsWith(podSpec)) {
                field = "(pod spec)." + field.substring(podSpec.length());
                break;
            }
        }
        if (field.startsWith("spec.containers")
                || field.startsWith("spec.initContainers")
                || field.startsWith("spec.volumes")) {
            field = "(pod spec)." + field.substring("spec.".length());
        }
        return e.stage() + " " + e.type() + " " + (field.isEmpty() ? "(object)" : field);
    }

    void write(
            List<Compared> all,
            Map<String, String> inputs,
            Map<String, String> timings,
            String corpusLine,
            List<String> falseAlarmsNew,
            List<String> falseAlarmsStale)
            throws IOException {
        Files.createDirectories(dir);
        List<Compared> mutated =
                all.stream().filter(c -> c.input().equals(MUTATED)).toList();
        StringBuilder md = new StringBuilder("# podlint and the Kubernetes oracle\n\n");
        md.append(corpusLine).append("\n\n");
        md.append("A document is rejected by podlint when it has an error of a rule that claims an API rejection ")
                .append(
                        "(all error rules but those in Rejections.java); field match: share of the oracle's errors, in documents ")
                .append(
                        "both reject, that a podlint error points at, under or over, or loosely under (Kubernetes leaves list indexes out of "
                                + "decode errors and of a few validation paths); exact: at.\n\n");
        md.append("## Per input\n\n| input | ")
                .append(Tally.HEADER)
                .append(" |\n")
                .append(separator(8));
        tallies(all, Compared::input)
                .forEach((k, t) -> md.append("| ")
                        .append(inputs.getOrDefault(k, k))
                        .append(" | ")
                        .append(t.cells())
                        .append(" |\n"));
        md.append("\n## Mutated corpus, per kind\n\n| kind | ")
                .append(Tally.HEADER)
                .append(" |\n")
                .append(separator(8));
        tallies(mutated, Compared::kind)
                .forEach((k, t) -> md.append("| ")
                        .append(k)
                        .append(" | ")
                        .append(t.cells())
                        .append(" |\n"));
        Tally total = new Tally();
        mutated.forEach(total::add);
        md.append("| **all** | ").append(total.cells()).append(" |\n");

        md.append(
                        "\n## Mutated corpus, per mutation\n\nintent: what the mutation is meant to do (reject: a mistake the ")
                .append("API server rejects; accept: a harmless change; accepted-mistake: a mistake it accepts).\n\n")
                .append("| mutation | intent | ")
                .append(Tally.HEADER)
                .append(" |\n")
                .append(separator(9));
        Map<String, String> intents = new TreeMap<>();
        mutated.forEach(c -> intents.putIfAbsent(
                mutationKey(c), c.mutation() == null ? "" : c.mutation().intent().label));
        tallies(mutated, ReportWriter::mutationKey)
                .forEach((k, t) -> md.append("| ")
                        .append(k)
                        .append(" | ")
                        .append(k.startsWith("(") ? "" : intents.get(k))
                        .append(" | ")
                        .append(t.cells())
                        .append(" |\n"));

        md.append("\n## Oracle-only rejections: the ")
                .append(TOP_ORACLE_ONLY)
                .append(" most frequent kinds\n\n")
                .append("Documents the oracle rejects and podlint accepts, by the oracle's errors (all inputs).\n\n")
                .append("| # | oracle error | documents | mutations | example |\n|---|---|---|---|---|\n");
        int rank = 1;
        for (Map.Entry<String, List<Compared>> e : oracleOnlyKinds(all).entrySet()) {
            if (rank > TOP_ORACLE_ONLY) {
                break;
            }
            Compared example = e.getValue().get(0);
            OracleError error = example.object().errors().stream()
                    .filter(x -> errorPattern(x).equals(e.getKey()))
                    .findFirst()
                    .orElseThrow();
            Set<String> ids = new LinkedHashSet<>();
            e.getValue().stream().filter(c -> c.mutation() != null).forEach(c -> ids.add(mutationKey(c)));
            md.append("| ")
                    .append(rank++)
                    .append(" | `")
                    .append(e.getKey())
                    .append("` | ")
                    .append(e.getValue().size())
                    .append(" | ")
                    .append(String.join(", ", ids.stream().limit(4).toList()))
                    .append(ids.size() > 4 ? ", ..." : "")
                    .append(" | ")
                    .append(cell(error.detail()))
                    .append(" |\n");
        }

        md.append("\n## Podlint-only errors on documents the oracle accepts\n\n");
        List<Compared> podlintOnly =
                all.stream().filter(c -> c.verdict() == Verdict.PODLINT_ONLY).toList();
        if (podlintOnly.isEmpty()) {
            md.append("None.\n");
        }
        Map<String, List<Compared>> byRule = new TreeMap<>();
        podlintOnly.forEach(c -> c.rejecting().stream()
                .map(Finding::ruleId)
                .distinct()
                .forEach(r -> byRule.computeIfAbsent(r, k -> new ArrayList<>()).add(c)));
        byRule.forEach((rule, docs) -> md.append("- `")
                .append(rule)
                .append("`: ")
                .append(docs.size())
                .append(" documents, e.g. ")
                .append(docs.get(0).input())
                .append(":")
                .append(docs.get(0).file())
                .append(" — ")
                .append(cell(docs.get(0).rejecting().stream()
                        .filter(f -> f.ruleId().equals(rule))
                        .findFirst()
                        .orElseThrow()
                        .message()))
                .append("\n"));
        if (!falseAlarmsNew.isEmpty() || !falseAlarmsStale.isEmpty()) {
            md.append("\nNot in known-false-alarms.txt: ")
                    .append(falseAlarmsNew.size())
                    .append("; listed there but gone: ")
                    .append(falseAlarmsStale.size())
                    .append(".\n");
        }

        md.append(
                "\n## Justified podlint errors on documents the oracle accepts\n\n| rule | documents | why no rejection |\n|---|---|---|\n");
        Map<String, Integer> justified = new TreeMap<>();
        all.stream()
                .filter(c -> !c.object().rejected())
                .forEach(c -> c.justified().stream()
                        .map(Finding::ruleId)
                        .distinct()
                        .forEach(r -> justified.merge(r, 1, Integer::sum)));
        justified.forEach((rule, n) -> md.append("| `")
                .append(rule)
                .append("` | ")
                .append(n)
                .append(" | ")
                .append(Rejections.notARejection(rule).orElse(""))
                .append(" |\n"));

        md.append("\n## Time\n\n| step | seconds |\n|---|---|\n");
        timings.forEach(
                (k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        Files.writeString(dir.resolve("summary.md"), md, StandardCharsets.UTF_8);
        writeDisagreements(all);
        writeFieldMisses(all);
        writeJustified(all);
    }

    /**
     * Oracle-only documents by error pattern, most documents first (a document counts once per
     * pattern). A mount's "Not found" beside an error of the volumes is left out: Kubernetes leaves an
     * invalid volume out of the names it checks the mounts against, so it only echoes the volume's error.
     */
    static Map<String, List<Compared>> oracleOnlyKinds(List<Compared> all) {
        Map<String, List<Compared>> kinds = new LinkedHashMap<>();
        for (Compared c : all) {
            if (c.verdict() == Verdict.ORACLE_ONLY) {
                List<String> patterns = c.object().errors().stream()
                        .map(ReportWriter::errorPattern)
                        .distinct()
                        .toList();
                boolean volumeError = patterns.stream().anyMatch(p -> p.contains("(pod spec).volumes"));
                patterns.stream()
                        .filter(p -> !(volumeError
                                && p.startsWith("validate FieldValueNotFound")
                                && p.endsWith("volumeMounts[*].name")))
                        .forEach(p ->
                                kinds.computeIfAbsent(p, k -> new ArrayList<>()).add(c));
            }
        }
        Map<String, List<Compared>> sorted = new LinkedHashMap<>();
        kinds.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<Compared>> e) ->
                                -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private void writeDisagreements(List<Compared> all) throws IOException {
        StringBuilder md =
                new StringBuilder("# Disagreements\n\nEvery supported document on which podlint and the oracle "
                        + "disagree, by input, verdict and mutation.\n");
        StringBuilder tsv =
                new StringBuilder("input\tfile\tline\tkind\tname\tverdict\tmutation\tdescription\toracle\tpodlint\n");
        Map<String, List<Compared>> groups = new TreeMap<>();
        for (Compared c : all) {
            if (!c.verdict().agrees()) {
                groups.computeIfAbsent(
                                c.input() + " / " + c.verdict().label + " / " + mutationKey(c), k -> new ArrayList<>())
                        .add(c);
            }
        }
        for (Map.Entry<String, List<Compared>> g : groups.entrySet()) {
            md.append("\n## ")
                    .append(g.getKey())
                    .append(" (")
                    .append(g.getValue().size())
                    .append(")\n");
            for (Compared c : g.getValue()) {
                md.append("\n- `")
                        .append(c.file())
                        .append("` line ")
                        .append(c.object().line())
                        .append(", ")
                        .append(c.kind())
                        .append(" ")
                        .append(c.object().name());
                if (c.mutation() != null) {
                    md.append(": mutation ")
                            .append(c.mutation().mutationId())
                            .append(" on document ")
                            .append(c.mutation().seed())
                            .append(" (")
                            .append(c.mutation().description())
                            .append(")");
                }
                md.append('\n');
                for (OracleError e : c.object().errors()) {
                    md.append("  - oracle: ").append(e.describe()).append('\n');
                }
                for (Finding f : c.rejecting()) {
                    md.append("  - podlint: ").append(describe(f)).append('\n');
                }
                for (Finding f : c.justified()) {
                    md.append("  - podlint (justified): ").append(describe(f)).append('\n');
                }
                tsv.append(String.join(
                                "\t",
                                c.input(),
                                c.file(),
                                Integer.toString(c.object().line()),
                                c.kind(),
                                c.object().name(),
                                c.verdict().label,
                                c.mutation() == null ? "" : c.mutation().mutationId(),
                                c.mutation() == null ? "" : tsvCell(c.mutation().description()),
                                tsvCell(String.join(
                                        " | ",
                                        c.object().errors().stream()
                                                .map(OracleError::describe)
                                                .toList())),
                                tsvCell(String.join(
                                        " | ",
                                        c.rejecting().stream()
                                                .map(ReportWriter::describe)
                                                .toList()))))
                        .append('\n');
            }
        }
        Files.writeString(dir.resolve("disagreements.md"), md, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("disagreements.tsv"), tsv, StandardCharsets.UTF_8);
    }

    private void writeFieldMisses(List<Compared> all) throws IOException {
        StringBuilder tsv =
                new StringBuilder("input\tfile\tkind\tmutation\toracle error\tpointer\tnearest podlint findings\n");
        for (Compared c : all) {
            if (c.verdict() != Verdict.BOTH_REJECT) {
                continue;
            }
            for (ErrorMatch m : c.matches()) {
                if (m.relation() == Relation.NONE) {
                    tsv.append(String.join(
                                    "\t",
                                    c.input(),
                                    c.file(),
                                    c.kind(),
                                    c.mutation() == null ? "" : c.mutation().mutationId(),
                                    tsvCell(m.error().describe()),
                                    m.error().pointer(),
                                    tsvCell(String.join(
                                            " | ",
                                            c.rejecting().stream()
                                                    .map(ReportWriter::describe)
                                                    .toList()))))
                            .append('\n');
                }
            }
        }
        Files.writeString(dir.resolve("field-misses.tsv"), tsv, StandardCharsets.UTF_8);
    }

    private void writeJustified(List<Compared> all) throws IOException {
        StringBuilder tsv =
                new StringBuilder("input\tfile\tkind\tmutation\trule\tpointer\tjustified: reason\tmessage\n");
        for (Compared c : all) {
            if (c.object().rejected()) {
                continue;
            }
            for (Finding f : c.justified()) {
                tsv.append(String.join(
                                "\t",
                                c.input(),
                                c.file(),
                                c.kind(),
                                c.mutation() == null ? "" : c.mutation().mutationId(),
                                f.ruleId(),
                                f.path(),
                                "justified: " + Rejections.notARejection(f).orElse(""),
                                tsvCell(f.message())))
                        .append('\n');
            }
        }
        Files.writeString(dir.resolve("justified.tsv"), tsv, StandardCharsets.UTF_8);
    }

    static String describe(Finding f) {
        return f.ruleId() + " " + (f.path().isEmpty() ? "(object)" : f.path()) + " line "
                + f.span().line() + ": " + f.message();
    }

    private static String separator(int columns) {
        return "|" + "---|".repeat(columns) + "\n";
    }

    private static String cell(String s) {
        String one = s.replace('\n', ' ').replace("|", "\\|");
        return one.length() > 160 ? one.substring(0, 157) + "..." : one;
    }

    private static String tsvCell(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
