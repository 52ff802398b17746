package dev.podlint.validation;

import dev.podlint.source.LongTextMemo;
import dev.podlint.source.MappingNode;
import dev.podlint.source.ScalarNode;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.YamlNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The size of the {@code kubectl.kubernetes.io/last-applied-configuration} annotation a client-side
 * {@code kubectl apply} adds when it creates an object (kubectl's {@code CreateApplyAnnotation}):
 * the object as compact JSON ({@code encoding/json}, HTML characters escaped), with its other
 * annotations (an empty map when it has none) and the namespace kubectl fills in, plus a newline.
 */
final class ApplyAnnotationSize {

    static final String KEY = "kubectl.kubernetes.io/last-applied-configuration";
    private static final LongTextMemo<Long> JSON_LENGTHS = new LongTextMemo<>();

    private ApplyAnnotationSize() {}

    /** The annotation's value length in bytes, for an object kubectl puts in {@code metadata.namespace} when it names none. */
    static long valueLength(MappingNode object, boolean namespaced) {
        long length = length(object, 0) + 1;
        MappingNode metadata = object.mapping("metadata");
        if (metadata == null) {
            length += (object.isEmpty() ? 0 : 1) + "\"metadata\":{\"annotations\":{}}".length();
            if (namespaced) {
                length += ",\"namespace\":\"default\"".length();
            }
            return length;
        }
        MappingNode annotations = metadata.mapping("annotations");
        if (annotations == null) {
            length += (metadata.isEmpty() ? 0 : 1) + "\"annotations\":{}".length();
            if (metadata.containsKey("annotations")) {
                length -= 1 + string("annotations") + 1 + length(metadata.node("annotations"), 2);
            }
        } else if (annotations.containsKey(KEY)) {
            length -= string(KEY) + 1 + length(annotations.node(KEY), 3) + (annotations.size() > 1 ? 1 : 0);
        }
        if (namespaced && !(metadata.get("namespace") instanceof String ns && !ns.isEmpty())) {
            length += ",\"namespace\":\"default\"".length();
        }
        return length;
    }

    /**
     * A cheap upper bound of the JSON length of {@code node}, from the lengths of its texts (a
     * character takes at most six bytes), given up once it passes {@code budget}: most objects are
     * far below the limit, and only those near it are measured exactly.
     */
    static long bound(@Nullable YamlNode node, long budget) {
        if (node instanceof MappingNode map) {
            long n = 2L + map.size();
            for (MappingNode.Entry e : map.entries()) {
                n += 6L * e.key().length() + 3 + bound(e.value(), budget - n);
                if (n > budget) {
                    return n;
                }
            }
            return n;
        }
        if (node instanceof SequenceNode list) {
            long n = 2L + list.size();
            for (YamlNode item : list.nodes()) {
                n += bound(item, budget - n);
                if (n > budget) {
                    return n;
                }
            }
            return n;
        }
        ScalarNode scalar = (ScalarNode) Objects.requireNonNull(node);
        return 6L * scalar.text().length() + 24;
    }

    private static long length(@Nullable YamlNode node, int depth) {
        if (node instanceof MappingNode map) {
            long n = 2L + Math.max(0, map.size() - 1);
            for (MappingNode.Entry e : map.entries()) {
                n += string(e.key()) + 1 + length(e.value(), depth + 1);
            }
            return n;
        }
        if (node instanceof SequenceNode list) {
            long n = 2L + Math.max(0, list.size() - 1);
            for (YamlNode item : list.nodes()) {
                n += length(item, depth + 1);
            }
            return n;
        }
        return scalar((ScalarNode) Objects.requireNonNull(node));
    }

    private static long scalar(ScalarNode s) {
        Object value = s.value();
        if (value == null) {
            return 4;
        }
        if (value instanceof String str) {
            return string(str);
        }
        if (value instanceof Boolean b) {
            return b ? 4 : 5;
        }
        if (value instanceof Long || value instanceof BigInteger) {
            return value.toString().length();
        }
        if (value instanceof Double d && Double.isFinite(d)) {
            return goFloat(d).length();
        }
        return string(s.text());
    }

    /** encoding/json's float64 text: shortest digits, exponent form below 1e-6 and from 1e21. */
    static String goFloat(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e21) {
            return new BigDecimal(d).toBigInteger().toString();
        }
        double abs = Math.abs(d);
        if (abs != 0 && (abs < 1e-6 || abs >= 1e21)) {
            String s = Double.toString(d).replace("E", "e");
            int e = s.indexOf('e');
            String mantissa = s.substring(0, e).endsWith(".0") ? s.substring(0, e - 2) : s.substring(0, e);
            int exponent = Integer.parseInt(s.substring(e + 1));
            return mantissa + "e" + (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "")
                    + Math.abs(exponent);
        }
        return new BigDecimal(Double.toString(d)).toPlainString();
    }

    /** A JSON string's length in bytes as encoding/json writes it (HTML escaping on). */
    static long string(String s) {
        return JSON_LENGTHS.get(s, ApplyAnnotationSize::jsonLength);
    }

    private static long jsonLength(String s) {
        long n = 2;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t' || c == '\b' || c == '\f') {
                    n += 2;
                } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                    n += 6;
                } else {
                    n += 1;
                }
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else if (Character.isSurrogate(c) || c == '\u2028' || c == '\u2029') {
                n += 6;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
