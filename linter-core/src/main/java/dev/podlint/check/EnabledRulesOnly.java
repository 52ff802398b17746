package dev.podlint.check;

import dev.podlint.finding.Finding;
import dev.podlint.finding.Outcome;
import dev.podlint.source.Document;
import dev.podlint.source.Span;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A check of several rules, run with only some of them enabled: what it reports under another rule
 * is dropped here, so a check written as one walk need not ask for each rule whether it is on.
 */
public final class EnabledRulesOnly implements DocumentCheck {

    private final DocumentCheck check;
    private final Set<String> enabled;

    public EnabledRulesOnly(DocumentCheck check, Set<String> enabled) {
        this.check = check;
        this.enabled = Set.copyOf(enabled);
    }

    @Override
    public void check(Document document, FindingSink sink) {
        check.check(document, new FindingSink() {
            @Override
            public void report(String ruleId, Document doc, String relativePointer, Span span, String message) {
                report(ruleId, doc, relativePointer, span, message, null);
            }

            @Override
            public void report(
                    String ruleId,
                    Document doc,
                    String relativePointer,
                    Span span,
                    String message,
                    @Nullable Outcome outcome) {
                if (enabled.contains(ruleId)) {
                    sink.report(ruleId, doc, relativePointer, span, message, outcome);
                }
            }

            @Override
            public void add(Finding finding) {
                if (enabled.contains(finding.ruleId())) {
                    sink.add(finding);
                }
            }
        });
    }
}
