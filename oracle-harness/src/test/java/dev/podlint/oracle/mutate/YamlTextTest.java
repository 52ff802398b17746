package dev.podlint.oracle.mutate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class YamlTextTest {

    @Test
    void stringsThatYaml11ReadsAsOtherTypesAreQuoted() {
        for (String s : List.of(
                "yes",
                "on",
                "NO",
                "y",
                "~",
                "1.10",
                "0644",
                "8080",
                "1e3",
                ".inf",
                "-1",
                "2024-01-15",
                "",
                " padded",
                "a: b",
                "x #y",
                "[a]",
                "*alias",
                "=",
                "<<")) {
            assertThat(YamlText.plainSafe(s)).as(s).isFalse();
        }
        for (String s : List.of(
                "nginx:1.27",
                "--port=8080",
                "app.kubernetes.io/name",
                "IfNotPresent",
                "/healthz",
                "web-frontend",
                "yesterday")) {
            assertThat(YamlText.plainSafe(s)).as(s).isTrue();
        }
    }

    @Test
    void plainScalarsAreWrittenAsTheyAreAndStringsReadBackUnchanged() {
        YMap root = YMap.of(
                "a",
                YScalar.plain("8080"),
                "b",
                YScalar.str("yes"),
                "c",
                YScalar.quoted("web"),
                "d",
                YScalar.str("line one\nline two\n"),
                "e",
                YList.ofStrings("x", "1.10"),
                "f",
                new YMap());
        String yaml = YamlText.yaml(root);
        assertThat(yaml)
                .contains(
                        "a: 8080\n",
                        "b: \"yes\"\n",
                        "c: \"web\"\n",
                        "d: |\n  line one\n  line two\n",
                        "e:\n  - x\n  - \"1.10\"\n",
                        "f: {}\n");
        YMap back = SeedReader.parse(yaml);
        assertThat(back.text("b")).isEqualTo("yes");
        assertThat(back.text("d")).isEqualTo("line one\nline two\n");
        assertThat(((YScalar) back.get("a")).style()).isEqualTo(YScalar.Style.PLAIN);
    }

    @Test
    void sequencesOfMappingsStartTheirFirstKeyAfterTheDash() {
        YMap root = YMap.of("items", YList.of(YMap.of("name", "a", "value", YScalar.num(1)), YMap.of("name", "b")));
        assertThat(YamlText.yaml(root)).isEqualTo("items:\n  - name: a\n    value: 1\n  - name: b\n");
    }

    @Test
    void everySeedSurvivesAWriteAndReadUnchanged() {
        for (Seed seed : SeedReader.bundled()) {
            String once = YamlText.yaml(seed.root());
            assertThat(YamlText.yaml(SeedReader.parse(once))).as(seed.name()).isEqualTo(once);
        }
    }

    @Test
    void jsonKeepsNumbersAndBooleansAndQuotesTheRest() {
        YMap root = YMap.of(
                "n", YScalar.num(3), "t", YScalar.plain("true"), "s", YScalar.str("3"), "o", YScalar.plain("0644"));
        assertThat(YamlText.json(root))
                .isEqualTo("{\n  \"n\": 3,\n  \"t\": true,\n  \"s\": \"3\",\n  \"o\": \"0644\"\n}\n");
    }
}
