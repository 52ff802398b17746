package dev.podlint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.rule.RuleCatalog;
import dev.podlint.rule.RuleDefinition;
import dev.podlint.rule.enums.EnumTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrefetchTest {

    @Test
    void whatThePrefetchReadsIsWhatEveryLaterRunUses() {
        Prefetch.run();

        RuleCatalog first = RuleCatalog.builtIn();
        RuleCatalog second = RuleCatalog.load(List.of());
        assertThat(first.all()).isNotEmpty();
        for (RuleDefinition rule : first.all()) {
            assertThat(second.get(rule.id())).as(rule.id()).isSameAs(rule);
        }
        assertThat(EnumTable.bundled()).isSameAs(EnumTable.bundled());
    }
}
