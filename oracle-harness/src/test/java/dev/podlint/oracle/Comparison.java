package dev.podlint.oracle;

import dev.podlint.finding.Finding;
import dev.podlint.finding.Severity;
import dev.podlint.oracle.FieldPaths.Relation;
import dev.podlint.oracle.OracleObject.OracleError;
import dev.podlint.oracle.mutate.CorpusGenerator.Generated;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Podlint's findings and the oracle's verdicts, object by object. */
final class Comparison {

    enum Verdict {
        BOTH_REJECT("both reject"),
        BOTH_ACCEPT("both accept"),
        PODLINT_ONLY("podlint-only"),
        ORACLE_ONLY("oracle-only");

        final String label;

        Verdict(String label) {
            this.label = label;
        }

        boolean agrees() {
            return this == BOTH_REJECT || this == BOTH_ACCEPT;
        }
    }

    /** An oracle error and the podlint error finding nearest to its field, with how they relate. */
    record ErrorMatch(OracleError error, Relation relation, Finding finding) {}

    /**
     * One supported object compared.
     *
     * @param file       relative to its input's root
     * @param rejecting  podlint's error findings in the object that claim an API rejection
     * @param justified  podlint's other error findings in the object (see {@link Rejections})
     * @param matches    for each oracle error, the podlint finding at, under or over its field
     * @param mutation   what made the document (mutated corpus only), else null
     */
    record Compared(
            String input,
            String file,
            OracleObject object,
            Verdict verdict,
            List<Finding> rejecting,
            List<Finding> justified,
            List<ErrorMatch> matches,
            Generated mutation) {

        String kind() {
            return object.kind().isEmpty() ? "(no kind)" : object.kind();
        }
    }

    private static final Pattern ITEM_PREFIX = Pattern.compile("^/items/(\\d+)(/.*)?$");

    private Comparison() {}

    /**
     * Compares the supported objects of one input. {@code findings} are podlint's (display paths
     * relative to {@code root}); {@code mutations} maps a file name to what made it (may be empty).
     */
    static List<Compared> compare(
            String input,
            Path root,
            List<OracleObject> objects,
            List<Finding> findings,
            Map<String, Generated> mutations) {
        Map<Path, List<Finding>> errorsByFile = new HashMap<>();
        for (Finding f : findings) {
            if (f.severity() == Severity.ERROR) {
                errorsByFile
                        .computeIfAbsent(root.resolve(f.file()).toAbsolutePath().normalize(), k -> new ArrayList<>())
                        .add(f);
            }
        }
        List<Compared> compared = new ArrayList<>();
        for (OracleObject object : objects) {
            if (!object.supported() || !object.file().startsWith(root)) {
                continue;
            }
            List<Finding> rejecting = new ArrayList<>();
            List<Finding> justified = new ArrayList<>();
            for (Finding f : errorsByFile.getOrDefault(object.file(), List.of())) {
                if (object.covers(f.span().line()) && inItem(f.path(), object.item())) {
                    (Rejections.notARejection(f).isPresent() ? justified : rejecting).add(f);
                }
            }
            boolean podlintRejects = !rejecting.isEmpty();
            Verdict verdict = object.rejected()
                    ? podlintRejects ? Verdict.BOTH_REJECT : Verdict.ORACLE_ONLY
                    : podlintRejects ? Verdict.PODLINT_ONLY : Verdict.BOTH_ACCEPT;
            List<ErrorMatch> matches = new ArrayList<>();
            for (OracleError e : object.errors()) {
                matches.add(match(e, rejecting, object.item()));
            }
            String file = root.relativize(object.file()).toString();
            compared.add(new Compared(
                    input,
                    file,
                    object,
                    verdict,
                    List.copyOf(rejecting),
                    List.copyOf(justified),
                    List.copyOf(matches),
                    mutations.get(file)));
        }
        return compared;
    }

    /** Whether a finding's pointer lies in item {@code item} of a List (any pointer when no List). */
    static boolean inItem(String pointer, int item) {
        if (item < 0) {
            return true;
        }
        Matcher m = ITEM_PREFIX.matcher(pointer);
        return m.matches() && Integer.parseInt(m.group(1)) == item;
    }

    /** The pointer relative to the object: without the "/items/N" of a List item. */
    static String objectPointer(String pointer, int item) {
        if (item < 0) {
            return pointer;
        }
        Matcher m = ITEM_PREFIX.matcher(pointer);
        return m.matches() ? m.group(2) == null ? "" : m.group(2) : pointer;
    }

    private static ErrorMatch match(OracleError error, List<Finding> rejecting, int item) {
        String oraclePointer = error.pointer();
        return rejecting.stream()
                .map(f -> new ErrorMatch(error, Relation.of(objectPointer(f.path(), item), oraclePointer), f))
                .min(Comparator.comparing(ErrorMatch::relation))
                .orElse(new ErrorMatch(error, Relation.NONE, null));
    }
}
