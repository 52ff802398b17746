package dev.podlint.rule.functions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podlint.kube.GoQuantity;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * Functions given values megabytes long (as YAML aliases repeat them): the shortcuts that keep them
 * linear answer as the straightforward code did, and messages quote such values cut short.
 */
class LongValuesTest {

    private static final int LONG = 1 << 20;

    private final DownwardFunctions downward = new DownwardFunctions();
    private final K8sFunctions k8s = new K8sFunctions();
    private final Base64Functions base64 = new Base64Functions();
    private final QuantityFunctions quantity = new QuantityFunctions();

    @Property
    void quantityDigitsParseAsBigDecimalDoes(
            @ForAll @Chars({'0', '1', '9'}) @StringLength(min = 1, max = 30) String whole,
            @ForAll @Chars({'0', '5'}) @StringLength(max = 30) String fraction,
            @ForAll boolean dot,
            @ForAll boolean negative) {
        String text = (negative ? "-" : "") + whole + (dot ? "." + fraction : "");
        BigDecimal exact = new BigDecimal(text.endsWith(".") ? text + "0" : text);
        // ParseQuantity rounds up (away from zero) to nano units and caps binary SI at MaxInt64
        BigDecimal binary = exact.multiply(BigDecimal.valueOf(1024));
        BigDecimal max = BigDecimal.valueOf(Long.MAX_VALUE);
        binary = binary.abs().compareTo(max) > 0 ? max.multiply(BigDecimal.valueOf(binary.signum())) : binary;
        assertThat(GoQuantity.value(text)).isEqualByComparingTo(GoQuantity.roundUp(exact, 9));
        assertThat(GoQuantity.value(text + "Ki")).isEqualByComparingTo(GoQuantity.roundUp(binary, 9));
    }

    @Test
    void aQuantityOfAMillionZerosParsesAtOnce() {
        assertThat(GoQuantity.value("1" + "0".repeat(LONG))).isEqualByComparingTo(BigDecimal.TEN.pow(LONG));
        assertThat(quantity.valid("1" + "0".repeat(LONG))).isTrue();
        assertThat(quantity.canonical("0".repeat(LONG) + "1.5" + "0".repeat(LONG) + "m"))
                .isEqualTo("1500u");
        assertThat(downward.divisorProblem("limits.memory", "0".repeat(LONG) + "1024Ki"))
                .isNull();
        // Quantity.String() keeps the text as written when the number is canonical: 01Mi is not 1Mi
        assertThat(downward.divisorProblem("limits.memory", "0".repeat(LONG) + "1Mi"))
                .startsWith("only divisor's values");
        assertThat(downward.divisorProblem("limits.memory", Double.POSITIVE_INFINITY))
                .isEqualTo("divisor is not a quantity");
    }

    private static final Pattern SUBSCRIPT = Pattern.compile("(.+?)\\['(.*)'\\]", Pattern.DOTALL);

    @Property
    void aSubscriptSplitsWhereTheApiServersRegularExpressionDoes(
            @ForAll @Chars({'a', '.', '[', ']', '\''}) @StringLength(max = 12) String path) {
        Matcher m = SUBSCRIPT.matcher(path);
        int expected = m.matches() ? m.group(1).length() : -1;
        assertThat(DownwardFunctions.subscriptStart(path)).isEqualTo(expected);
    }

    @Test
    void aLongFieldPathIsQuotedShortAndAnsweredPerChannel() {
        String path = "x".repeat(LONG);
        String env = downward.fieldPathProblem(path, "env");
        String volume = downward.fieldPathProblem(path, "volume");
        assertThat(env)
                .contains("(" + LONG + " characters)")
                .contains("spec.nodeName")
                .hasSizeLessThan(1000);
        assertThat(volume).doesNotContain("spec.nodeName").contains("metadata.labels");
        assertThat(downward.fieldPathProblem(path, "env")).isSameAs(env);
        String subscripted = "metadata.labels['" + "k".repeat(LONG) + "']";
        assertThat(downward.fieldPathProblem(subscripted, "env"))
                .contains("not a valid label key")
                .hasSizeLessThan(1000);
    }

    @Test
    void longNamesAndPathsAreQuotedShort() {
        String name = "x".repeat(LONG) + "!";
        assertThat(k8s.envVarNameProblem(name))
                .startsWith("'xxx")
                .contains("(" + (LONG + 1) + " characters)")
                .hasSizeLessThan(1000);
        assertThat(k8s.localPathProblem("/" + name))
                .contains("must be relative")
                .hasSizeLessThan(1000);
        assertThat(k8s.portProblem(name)).contains("port name").hasSizeLessThan(1000);
        assertThat(downward.resourceProblem(name)).contains("not a resource").hasSizeLessThan(1000);
    }

    @Test
    void base64AnswersStayRightForEachDistinctLongValue() {
        String valid = "QUJD".repeat(LONG / 4);
        String invalid = valid.substring(4) + "QU-D";
        for (int round = 0; round < 2; round++) {
            assertThat(base64.valid(valid)).isTrue();
            assertThat(base64.decodedLength(valid)).isEqualTo(LONG / 4 * 3);
            assertThat(base64.problem(valid)).isNull();
            assertThat(base64.valid(invalid)).isFalse();
            assertThat(base64.decodedLength(invalid)).isEqualTo(-1);
            assertThat(base64.problem(invalid)).contains("URL-safe alphabet").contains("byte " + (LONG - 2));
            // equal text, another instance: the same answers
            assertThat(base64.valid(new String(invalid))).isFalse();
        }
    }
}
