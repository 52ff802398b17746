package dev.podlint.schema;

import dev.podlint.finding.Finding;
import dev.podlint.finding.Severity;
import dev.podlint.source.Document;
import dev.podlint.source.LoadedFile;
import dev.podlint.source.ManifestLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Compares podlint's per-object verdicts with kubeconform's (peer-kubeconform-*.json: file, kind,
 * name, version, status valid|invalid|error|skipped|empty, msg). podlint's verdict of an object:
 * error (YAML syntax, duplicate key, no apiVersion/kind), invalid (a schema finding), skipped
 * (unknown-kind or removed-api: no schema), else valid.
 */
final class KubeconformComparison {

    /** One object: where, what, and the verdict. */
    record Verdict(String file, String version, String kind, String name, String status, String detail) {
        String key() {
            return version + "/" + kind + "/" + name;
        }
    }

    private final List<String> disagreements = new ArrayList<>();
    /** One line per disagreement: file, object, both verdicts. */
    private final List<String> pinned = new ArrayList<>();

    private int compared;
    private int agreed;
    /** Custom resources kubeconform validated with a CRD schema of its schema set, which podlint was not given. */
    private int peerOnlySchemas;

    static KubeconformComparison compare(Path corpus, Path expectations, List<Finding> findings) throws IOException {
        KubeconformComparison comparison = new KubeconformComparison();
        Map<String, List<Verdict>> theirs = new LinkedHashMap<>();
        for (JsonNode r : new ObjectMapper().readTree(expectations.toFile()).get("resources")) {
            if (r.get("status").asString().equals("empty")) {
                continue;
            }
            theirs.computeIfAbsent(r.get("file").asString(), f -> new ArrayList<>())
                    .add(new Verdict(
                            r.get("file").asString(),
                            r.get("version").asString(),
                            r.get("kind").asString(),
                            r.get("name").asString(),
                            r.get("status").asString(),
                            r.get("msg").asString()));
        }
        Map<String, List<Finding>> findingsByFile = new LinkedHashMap<>();
        findings.forEach(f ->
                findingsByFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f));
        for (Map.Entry<String, List<Verdict>> file : theirs.entrySet()) {
            List<Verdict> ours = ours(corpus, file.getKey(), findingsByFile.getOrDefault(file.getKey(), List.of()));
            comparison.match(file.getValue(), ours);
        }
        return comparison;
    }

    private static List<Verdict> ours(Path corpus, String file, List<Finding> findings) throws IOException {
        LoadedFile loaded = new ManifestLoader().load(file, Files.readAllBytes(corpus.resolve(file)));
        List<Verdict> verdicts = new ArrayList<>();
        List<String> unknownKinds = findings.stream()
                .filter(f -> f.ruleId().equals("unknown-kind"))
                .map(f -> f.kind())
                .toList();
        for (Document document : loaded.documents()) {
            List<Finding> own = findings.stream()
                    .filter(f -> f.document() == document.index()
                            && (f.path().startsWith(document.pointerBase() + "/")
                                    || f.path().equals(document.pointerBase())))
                    .toList();
            String status = "valid";
            String detail = "";
            boolean noIdentity = document.apiVersion() == null || document.kind() == null;
            Finding loading = own.stream()
                    .filter(f -> !f.ruleId().equals("schema")
                            && (f.ruleId().equals("yaml-syntax") || f.ruleId().equals("duplicate-key")))
                    .findFirst()
                    .orElse(null);
            Finding schema = own.stream()
                    .filter(f -> f.ruleId().equals("schema"))
                    .findFirst()
                    .orElse(null);
            Finding removed = own.stream()
                    .filter(f -> f.ruleId().equals("removed-api") && f.severity() != Severity.INFO)
                    .findFirst()
                    .orElse(null);
            if (loading != null) {
                status = "error";
                detail = loading.ruleId() + ": " + loading.message();
            } else if (noIdentity) {
                status = "error";
                detail = schema == null ? "" : schema.message();
            } else if (removed != null) {
                status = "skipped";
                detail = removed.message();
            } else if (unknownKinds.contains(document.kind()) && schema == null) {
                status = "skipped";
                detail = "unknown-kind";
            } else if (schema != null) {
                status = "invalid";
                detail = own.stream()
                        .filter(f -> f.ruleId().equals("schema"))
                        .map(f -> "line " + f.span().line() + ": " + f.message())
                        .reduce((a, b) -> a + "; " + b)
                        .orElse("");
            }
            verdicts.add(new Verdict(
                    file,
                    Objects.toString(document.apiVersion(), ""),
                    Objects.toString(document.kind(), ""),
                    Objects.toString(document.name(), ""),
                    status,
                    detail));
        }
        // A syntax error stops the file: kubeconform reports it as one more resource in error.
        findings.stream()
                .filter(f -> f.ruleId().equals("yaml-syntax"))
                .filter(f -> loaded.documents().stream().noneMatch(d -> d.index() == f.document()))
                .forEach(f -> verdicts.add(new Verdict(file, "", "", "", "error", f.message())));
        return verdicts;
    }

    private void match(List<Verdict> theirs, List<Verdict> ours) {
        List<Verdict> left = new ArrayList<>(theirs);
        List<Verdict> remaining = new ArrayList<>(ours);
        for (Iterator<Verdict> it = left.iterator(); it.hasNext(); ) {
            Verdict their = it.next();
            Verdict our = remaining.stream()
                    .filter(o -> o.key().equals(their.key()))
                    .findFirst()
                    .orElse(null);
            if (our != null) {
                it.remove();
                remaining.remove(our);
                record(their, our);
            }
        }
        // Objects without kind/name: pair them in order.
        for (Verdict their : left) {
            Verdict our = remaining.isEmpty() ? null : remaining.remove(0);
            record(their, our);
        }
    }

    private void record(Verdict their, Verdict our) {
        compared++;
        if (our != null && our.status().equals(their.status())) {
            agreed++;
            return;
        }
        boolean peerOnlySchema = our != null
                && our.detail().equals("unknown-kind")
                && !their.status().equals("skipped")
                && !their.status().equals("error");
        peerOnlySchemas += peerOnlySchema ? 1 : 0;
        pinned.add(their.file() + " " + their.key() + ": kubeconform " + their.status() + ", podlint "
                + (our == null ? "none" : our.status()));
        disagreements.add(
                their.file() + " " + their.key() + (peerOnlySchema ? " [CRD schema only kubeconform had]" : "")
                        + "\n    kubeconform: " + their.status() + " "
                        + their.detail().replace('\n', ' ') + "\n    podlint:     "
                        + (our == null ? "(no such object)" : our.status() + " " + our.detail()));
    }

    /** The disagreements as the pinned list states them, sorted (a repeated object repeats its line). */
    List<String> pinnedLines() {
        return pinned.stream().sorted().toList();
    }

    double agreement() {
        return compared == 0 ? 0 : (double) agreed / compared;
    }

    /** Agreement over the resources for which both tools had the same schemas (all but peer-only CRD schemas). */
    double agreementOnSharedSchemas() {
        int comparable = compared - peerOnlySchemas;
        return comparable == 0 ? 0 : (double) agreed / comparable;
    }

    String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                "podlint vs kubeconform (1.32, strict): %d/%d resources agree (%.2f%%), %d disagree;%n"
                        + "  %d of them are custom resources kubeconform validated with CRD schemas of its schema set that"
                        + " podlint was not given (podlint: unknown-kind);%n"
                        + "  agreement on the %d resources with the same schemas on both sides: %.2f%%%n",
                agreed,
                compared,
                100 * agreement(),
                disagreements.size(),
                peerOnlySchemas,
                compared - peerOnlySchemas,
                100 * agreementOnSharedSchemas()));
        disagreements.forEach(d -> sb.append(d).append('\n'));
        return sb.toString();
    }
}
