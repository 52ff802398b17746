package dev.podlint.rule.functions;

import java.util.List;
import java.util.Map;

/** {@code labels:} functions: the name rules of apimachinery and label selector matching. */
public final class LabelFunctions {

    /** apimachinery {@code IsQualifiedName}: [prefix/]name, prefix a DNS-1123 subdomain. */
    public boolean qualifiedName(Object value) {
        return value instanceof String s && Formats.isQualifiedName(s);
    }

    /** apimachinery {@code IsConfigMapKey}: the keys of Secret and ConfigMap data. */
    public boolean configKey(Object value) {
        return value instanceof String s && Formats.isConfigKey(s);
    }

    public boolean dns1123Label(Object value) {
        return value instanceof String s && Formats.isDns1123Label(s);
    }

    public boolean dns1123Subdomain(Object value) {
        return value instanceof String s && Formats.isDns1123Subdomain(s);
    }

    /**
     * A name checked as a DNS-1123 subdomain in prefix mode ({@code NameIsDNSSubdomain(name, true)}:
     * envFrom's configMapRef/secretRef names): a trailing '-' is masked first, as apimachinery's
     * {@code maskTrailingDash} does (it drops the last two characters and appends "a").
     */
    public boolean dns1123SubdomainPrefix(Object value) {
        return value instanceof String s && Formats.isDns1123Subdomain(Formats.maskTrailingDash(s));
    }

    public boolean labelValue(Object value) {
        return value instanceof String s && Formats.isLabelValue(s);
    }

    /**
     * Whether a {@code metav1.LabelSelector} ({matchLabels, matchExpressions}) selects {@code labels}.
     * An empty selector selects everything; a null selector nothing.
     */
    public boolean matches(Object selector, Object labels) {
        if (!(selector instanceof Map<?, ?> sel)) {
            return false;
        }
        Map<?, ?> have = labels instanceof Map<?, ?> m ? m : Map.of();
        if (sel.get("matchLabels") instanceof Map<?, ?> matchLabels) {
            for (Map.Entry<?, ?> e : matchLabels.entrySet()) {
                if (!have.containsKey(e.getKey())
                        || !String.valueOf(e.getValue()).equals(String.valueOf(have.get(e.getKey())))) {
                    return false;
                }
            }
        }
        if (sel.get("matchExpressions") instanceof List<?> expressions) {
            for (Object o : expressions) {
                if (!(o instanceof Map<?, ?> expr) || !matchesExpression(expr, have)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean matchesExpression(Map<?, ?> expr, Map<?, ?> labels) {
        Object key = expr.get("key");
        List<?> values = expr.get("values") instanceof List<?> l ? l : List.of();
        boolean present = labels.containsKey(key);
        String actual = present ? String.valueOf(labels.get(key)) : null;
        return switch (String.valueOf(expr.get("operator"))) {
            case "In" ->
                present && values.stream().anyMatch(v -> String.valueOf(v).equals(actual));
            case "NotIn" ->
                !present || values.stream().noneMatch(v -> String.valueOf(v).equals(actual));
            case "Exists" -> present;
            case "DoesNotExist" -> !present;
            default -> false;
        };
    }
}
