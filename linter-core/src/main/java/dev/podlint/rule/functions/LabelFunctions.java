package dev.podlint.rule.functions;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** {@code labels:} functions: the name rules of apimachinery and label selector matching. */
public final class LabelFunctions {

    private static final Pattern NAME = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
    private static final Pattern DNS1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern DNS1123_SUBDOMAIN = Pattern.compile(
            "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final Pattern CONFIG_KEY = Pattern.compile("[-._a-zA-Z0-9]+");
    private static final Pattern LABEL_VALUE = Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?");

    /** apimachinery {@code IsQualifiedName}: [prefix/]name, prefix a DNS-1123 subdomain. */
    public boolean qualifiedName(Object value) {
        if (!(value instanceof String s) || s.length() > 253 + 1 + 63) {
            return false;
        }
        String[] parts = s.split("/", -1);
        String name;
        if (parts.length == 1) {
            name = parts[0];
        } else if (parts.length == 2) {
            if (parts[0].isEmpty() || !dns1123Subdomain(parts[0])) {
                return false;
            }
            name = parts[1];
        } else {
            return false;
        }
        return !name.isEmpty() && name.length() <= 63 && NAME.matcher(name).matches();
    }

    /** apimachinery {@code IsConfigMapKey}: the keys of Secret and ConfigMap data. */
    public boolean configKey(Object value) {
        return value instanceof String s && s.length() <= 253 && CONFIG_KEY.matcher(s).matches()
                && !s.equals(".") && !s.equals("..") && !s.startsWith("..");
    }

    public boolean dns1123Label(Object value) {
        return value instanceof String s && s.length() <= 63 && DNS1123_LABEL.matcher(s).matches();
    }

    public boolean dns1123Subdomain(Object value) {
        return value instanceof String s && s.length() <= 253 && DNS1123_SUBDOMAIN.matcher(s).matches();
    }

    /**
     * A name checked as a DNS-1123 subdomain in prefix mode ({@code NameIsDNSSubdomain(name, true)}:
     * envFrom's configMapRef/secretRef names): a trailing '-' is masked first, as apimachinery's
     * {@code maskTrailingDash} does (it drops the last two characters and appends "a").
     */
    public boolean dns1123SubdomainPrefix(Object value) {
        if (value instanceof String s && s.length() > 1 && s.endsWith("-")) {
            return dns1123Subdomain(s.substring(0, s.length() - 2) + "a");
        }
        return dns1123Subdomain(value);
    }

    public boolean labelValue(Object value) {
        return value instanceof String s && s.length() <= 63 && LABEL_VALUE.matcher(s).matches();
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
                if (!have.containsKey(e.getKey()) || !String.valueOf(e.getValue()).equals(String.valueOf(have.get(e.getKey())))) {
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
            case "In" -> present && values.stream().anyMatch(v -> String.valueOf(v).equals(actual));
            case "NotIn" -> !present || values.stream().noneMatch(v -> String.valueOf(v).equals(actual));
            case "Exists" -> present;
            case "DoesNotExist" -> !present;
            default -> false;
        };
    }
}
