package dev.podlint.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** A mapping's entry table answers as the {@code LinkedHashMap} it replaces, below and above its scan limit. */
class EntryTableTest {

    private static final Span AT = Span.point(1, 1);

    @Property(tries = 300)
    void putKeepsTheFirstPlaceAndTheLastValueAsALinkedHashMap(@ForAll("writes") List<String> keys) {
        EntryTable table = new EntryTable(1);
        Map<String, MappingNode.Entry> model = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            MappingNode.Entry entry = entry(keys.get(i), i);
            assertThat(table.put(entry)).isEqualTo(model.put(entry.key(), entry));
        }
        assertThat(table).containsExactlyElementsOf(model.values());
        for (int k = 0; k < 40; k++) {
            String key = "k" + k;
            assertThat(table.find(key)).isEqualTo(model.get(key));
        }
    }

    @Provide
    Arbitrary<List<String>> writes() {
        // 40 possible keys: mappings of a few keys (scanned) and of many (indexed), with repeats
        return Arbitraries.integers().between(0, 39).map(k -> "k" + k).list().ofMaxSize(120);
    }

    @Test
    void findsAKeyByEqualityNotIdentityAndNothingForANonString() {
        EntryTable table = new EntryTable(2);
        for (int i = 0; i < 20; i++) {
            table.put(entry("key" + i, i));
        }
        String built = new StringBuilder("key").append(17).toString();
        assertThat(table.find(built)).isEqualTo(entry("key17", 17));
        assertThat(table.find(17)).isNull();
        assertThat(table.find("key20")).isNull();
    }

    @Test
    void putIfAbsentKeepsTheFirstEntryOfAKey() {
        List<MappingNode.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            entries.add(entry("k" + (i % 10), i));
        }
        MappingNode mapping = MappingNode.of(AT, entries);
        assertThat(mapping.size()).isEqualTo(10);
        assertThat(mapping.get("k1")).isEqualTo(1L);
        assertThat(mapping.keySet()).containsExactly("k0", "k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9");
        assertThat(mapping.keySet().contains("k9")).isTrue();
        assertThat(mapping.containsKey("k10")).isFalse();
    }

    private static MappingNode.Entry entry(String key, long value) {
        return new MappingNode.Entry(
                key, AT, new ScalarNode(AT, Long.toString(value), ScalarType.INTEGER, value, true));
    }
}
