package dev.podlint.rule.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DataFunctionsTest {

    private final DataFunctions data = new DataFunctions();

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    @Test
    void secretSizeCountsDecodedDataAndUtf8StringDataButNoKeys() {
        Map<String, Object> secret = map(
                "kind",
                "Secret",
                "data",
                map("a-long-key-name", b64("12345"), "b", "YWJj\nZGVm\n"),
                "stringData",
                map("c", "é€😀"));
        // 5 + 6 decoded bytes, and 2 + 3 + 4 UTF-8 bytes
        assertThat(data.secretSize(secret)).isEqualTo(20);
    }

    @Test
    void secretStringDataWinsOnADuplicateKey() {
        Map<String, Object> secret =
                map("data", map("k", b64("a much longer value"), "other", b64("xy")), "stringData", map("k", "short"));
        assertThat(data.secretSize(secret)).isEqualTo(5 + 2);
    }

    @Test
    void nullValuesAreEmptyAndMissingMapsCountNothing() {
        assertThat(data.secretSize(map("data", map("k", null), "stringData", map("s", null))))
                .isZero();
        assertThat(data.secretSize(map("kind", "Secret"))).isZero();
        assertThat(data.configMapSize(map("data", map("k", null), "binaryData", map("b", null))))
                .isZero();
        assertThat(data.secretSize(null)).isZero();
    }

    @Test
    void aValueThatDoesNotDecodeMakesTheSizeUnknown() {
        assertThat(data.secretSize(map("data", map("k", "not base64!")))).isEqualTo(DataFunctions.UNDECODABLE);
        assertThat(data.secretSize(map("data", map("k", 1234L)))).isEqualTo(DataFunctions.UNDECODABLE);
        assertThat(data.secretSize(map("stringData", map("k", true)))).isEqualTo(DataFunctions.UNDECODABLE);
        // the bad data value fails JSON decoding even when stringData overrides its key
        assertThat(data.secretSize(map("data", map("k", "YWRtaW4"), "stringData", map("k", "x"))))
                .isEqualTo(DataFunctions.UNDECODABLE);
        assertThat(data.configMapSize(map("data", map("port", 8080L)))).isEqualTo(DataFunctions.UNDECODABLE);
        assertThat(data.configMapSize(map("binaryData", map("b", "YQ")))).isEqualTo(DataFunctions.UNDECODABLE);
    }

    @Test
    void configMapSizeAddsUtf8DataAndDecodedBinaryData() {
        Map<String, Object> configMap =
                map("data", map("a", "héllo", "b", ""), "binaryData", map("c", b64("\u0000\u0001\u0002")));
        assertThat(data.configMapSize(configMap)).isEqualTo(6 + 3);
    }

    @Test
    void sizesCountEveryAliasOfAValue() {
        String shared = "x".repeat(1000);
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < 1100; i++) {
            values.put("k" + i, shared);
        }
        assertThat(data.configMapSize(map("data", values))).isEqualTo(1_100_000);
        assertThat(data.secretSize(map("stringData", values))).isEqualTo(1_100_000);
    }

    @Test
    void utf8LengthMatchesTheEncoder() {
        for (String s : new String[] {"", "ascii", "é", "€", "😀", "mixé€😀\n"}) {
            assertThat(DataFunctions.utf8Length(s)).as(s).isEqualTo(s.getBytes(StandardCharsets.UTF_8).length);
        }
        // an unpaired surrogate becomes U+FFFD (3 bytes), as Go's JSON decoder makes it
        assertThat(DataFunctions.utf8Length("a\uD800b")).isEqualTo(5);
        assertThat(DataFunctions.utf8Length("\uDC00")).isEqualTo(3);
    }

    @Test
    void secretSourceIsTheMapWhoseValueSurvivesTheMerge() {
        assertThat(data.secretSource(map("data", map("k", "YQ=="), "stringData", map("k", "a")), "k"))
                .isEqualTo("stringData");
        assertThat(data.secretSource(map("data", map("k", null)), "k")).isEqualTo("data");
        assertThat(data.secretSource(map("data", map("other", "YQ==")), "k")).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{}",
                "{\"auths\":{}}",
                " \r\n\t{\"a\": [1, 2.5e3, true, null, \"\\u00e9\"]}\n",
                "null",
                "{\"a\":1,\"a\":2}"
            })
    void acceptsWhatGoUnmarshalsIntoAMap(String json) {
        assertThat(data.secretJsonObjectProblem(map("data", map(".dockercfg", b64(json))), ".dockercfg"))
                .isNull();
        assertThat(data.secretJsonObjectProblem(map("stringData", map(".dockercfg", json)), ".dockercfg"))
                .isNull();
    }

    @Test
    void acceptsMalformedUtf8InsideStringsAsGoDoes() {
        byte[] bytes = {'{', '"', 'a', '"', ':', '"', (byte) 0xff, '"', '}'};
        String value = Base64.getEncoder().encodeToString(bytes);
        assertThat(data.secretJsonObjectProblem(map("data", map(".dockerconfigjson", value)), ".dockerconfigjson"))
                .isNull();
    }

    @Test
    void explainsWhatIsWrongWithoutQuotingTheValue() {
        String secretWord = "hunter2hunter2";
        assertThat(problem("[\"" + secretWord + "\"]")).isEqualTo("is a JSON array, not a JSON object");
        assertThat(problem("\"" + secretWord + "\"")).isEqualTo("is a JSON string, not a JSON object");
        assertThat(problem("42")).isEqualTo("is a JSON number, not a JSON object");
        assertThat(problem("")).isEqualTo("is empty");
        assertThat(problem("{} {}")).startsWith("has more content after its JSON object");
        assertThat(problem("\uFEFF{}")).contains("byte order mark");
        String truncated = problem("{\"" + secretWord + "\": {\"auth\": \"" + secretWord + "\"}");
        assertThat(truncated).startsWith("is not valid JSON").doesNotContain(secretWord);
        String bad = problem("{\n  '" + secretWord + "': 1}");
        assertThat(bad).isEqualTo("is not valid JSON (at line 2, column 3 of the value)");
        assertThat(problem("{\"a\": 1,}")).startsWith("is not valid JSON");
        assertThat(problem("{\"a\": NaN}")).startsWith("is not valid JSON");
        assertThat(problem("{} x")).startsWith("is not valid JSON");
    }

    @Test
    void leavesMissingAndUndecodableValuesToOtherRules() {
        assertThat(data.secretJsonObjectProblem(map("data", map("other", "e30=")), ".dockercfg"))
                .isNull();
        assertThat(data.secretJsonObjectProblem(map("data", map(".dockercfg", "e30")), ".dockercfg"))
                .isNull();
        assertThat(data.secretJsonObjectProblem(map("stringData", map(".dockercfg", 1L)), ".dockercfg"))
                .isNull();
        // null is present but empty: json.Unmarshal of no bytes fails
        assertThat(data.secretJsonObjectProblem(map("data", map(".dockercfg", null)), ".dockercfg"))
                .isEqualTo("is empty");
        // stringData wins: a valid data value does not hide a broken stringData one
        assertThat(data.secretJsonObjectProblem(
                        map("data", map(".dockercfg", "e30="), "stringData", map(".dockercfg", "{")), ".dockercfg"))
                .startsWith("is not valid JSON");
    }

    private String problem(String json) {
        return data.secretJsonObjectProblem(map("data", map(".dockercfg", b64(json))), ".dockercfg");
    }
}
