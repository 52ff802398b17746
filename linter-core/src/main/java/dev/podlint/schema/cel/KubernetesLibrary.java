package dev.podlint.schema.cel;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.OpaqueType;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelFunctionBinding;
import dev.podlint.kube.GoQuantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The functions of Kubernetes' CEL library (k8s.io/apiserver/pkg/cel/library) that podlint has:
 * URLs ({@code url}, {@code isURL}, {@code getScheme}, ...), IP addresses ({@code isIP}, {@code ip},
 * {@code family}, ...), {@code isCIDR}, quantities ({@code quantity}, {@code isQuantity},
 * {@code compareTo}, ...), lists ({@code isSorted}, {@code sum}, {@code min}, {@code max}) and regular
 * expressions ({@code find}, {@code findAll}). A rule that calls another function does not compile,
 * and is reported as skipped.
 */
final class KubernetesLibrary {

    static final OpaqueType URL = OpaqueType.create("kubernetes.URL");
    static final OpaqueType IP = OpaqueType.create("net.IP");
    static final OpaqueType QUANTITY = OpaqueType.create("kubernetes.Quantity");

    private static final CelType STRING = SimpleType.STRING;
    private static final CelType BOOL = SimpleType.BOOL;
    private static final CelType INT = SimpleType.INT;

    private KubernetesLibrary() {}

    static List<CelFunctionDecl> declarations() {
        ListType anyList = ListType.create(SimpleType.DYN);
        return List.of(
                global("url", "string_to_url", URL, STRING),
                global("isURL", "is_url_string", BOOL, STRING),
                member("getScheme", "url_get_scheme", STRING, URL),
                member("getHost", "url_get_host", STRING, URL),
                member("getHostname", "url_get_hostname", STRING, URL),
                member("getPort", "url_get_port", STRING, URL),
                member("getEscapedPath", "url_get_escaped_path", STRING, URL),
                member("getQuery", "url_get_query", MapType.create(STRING, ListType.create(STRING)), URL),
                global("isIP", "is_ip", BOOL, STRING),
                global("ip", "string_to_ip", IP, STRING),
                member("family", "ip_family", INT, IP),
                member("isUnspecified", "ip_is_unspecified", BOOL, IP),
                member("isLoopback", "ip_is_loopback", BOOL, IP),
                member("isLinkLocalMulticast", "ip_is_link_local_multicast", BOOL, IP),
                member("isLinkLocalUnicast", "ip_is_link_local_unicast", BOOL, IP),
                member("isGlobalUnicast", "ip_is_global_unicast", BOOL, IP),
                global("isCIDR", "is_cidr", BOOL, STRING),
                global("quantity", "string_to_quantity", QUANTITY, STRING),
                global("isQuantity", "is_quantity_string", BOOL, STRING),
                member("sign", "quantity_sign", INT, QUANTITY),
                member("isInteger", "quantity_is_integer", BOOL, QUANTITY),
                member("asInteger", "quantity_get_integer", INT, QUANTITY),
                member("asApproximateFloat", "quantity_get_float", SimpleType.DOUBLE, QUANTITY),
                member("compareTo", "quantity_compare_to", INT, QUANTITY, QUANTITY),
                member("isGreaterThan", "quantity_is_greater_than", BOOL, QUANTITY, QUANTITY),
                member("isLessThan", "quantity_is_less_than", BOOL, QUANTITY, QUANTITY),
                CelFunctionDecl.newFunctionDeclaration(
                        "add",
                        CelOverloadDecl.newMemberOverload("quantity_add", QUANTITY, QUANTITY, QUANTITY),
                        CelOverloadDecl.newMemberOverload("quantity_add_int", QUANTITY, QUANTITY, INT)),
                CelFunctionDecl.newFunctionDeclaration(
                        "sub",
                        CelOverloadDecl.newMemberOverload("quantity_sub", QUANTITY, QUANTITY, QUANTITY),
                        CelOverloadDecl.newMemberOverload("quantity_sub_int", QUANTITY, QUANTITY, INT)),
                member("isSorted", "list_is_sorted", BOOL, anyList),
                member("sum", "list_sum", SimpleType.DYN, anyList),
                member("min", "list_min", SimpleType.DYN, anyList),
                member("max", "list_max", SimpleType.DYN, anyList),
                member("find", "string_find_n", STRING, STRING, STRING),
                CelFunctionDecl.newFunctionDeclaration(
                        "findAll",
                        CelOverloadDecl.newMemberOverload("string_find_all", ListType.create(STRING), STRING, STRING),
                        CelOverloadDecl.newMemberOverload(
                                "string_find_all_n", ListType.create(STRING), STRING, STRING, INT)));
    }

    static List<CelFunctionBinding> bindings() {
        List<CelFunctionBinding> out = new ArrayList<>();
        out.add(CelFunctionBinding.from(
                "string_to_url",
                String.class,
                text -> GoUrl.parse(text)
                        .orElseThrow(() -> new IllegalArgumentException(
                                "URL parse error during conversion from string: " + text))));
        out.add(CelFunctionBinding.from(
                "is_url_string", String.class, text -> GoUrl.parse(text).isPresent()));
        out.add(CelFunctionBinding.from("url_get_scheme", GoUrl.class, GoUrl::scheme));
        out.add(CelFunctionBinding.from("url_get_host", GoUrl.class, GoUrl::host));
        out.add(CelFunctionBinding.from("url_get_hostname", GoUrl.class, GoUrl::hostname));
        out.add(CelFunctionBinding.from("url_get_port", GoUrl.class, GoUrl::port));
        out.add(CelFunctionBinding.from("url_get_escaped_path", GoUrl.class, GoUrl::escapedPath));
        out.add(CelFunctionBinding.from("url_get_query", GoUrl.class, GoUrl::query));
        out.add(CelFunctionBinding.from(
                "is_ip", String.class, text -> GoIp.parse(text).isPresent()));
        out.add(CelFunctionBinding.from(
                "string_to_ip",
                String.class,
                text -> GoIp.parse(text)
                        .orElseThrow(() -> new IllegalArgumentException(
                                "IP Address \"" + text + "\" parse error during conversion"))));
        out.add(CelFunctionBinding.from("ip_family", GoIp.class, ip -> (long) ip.family()));
        out.add(CelFunctionBinding.from(
                "ip_is_unspecified", GoIp.class, ip -> ip.address().isAnyLocalAddress()));
        out.add(CelFunctionBinding.from(
                "ip_is_loopback", GoIp.class, ip -> ip.address().isLoopbackAddress()));
        out.add(CelFunctionBinding.from("ip_is_link_local_multicast", GoIp.class, GoIp::isLinkLocalMulticast));
        out.add(CelFunctionBinding.from(
                "ip_is_link_local_unicast", GoIp.class, ip -> ip.address().isLinkLocalAddress()));
        out.add(CelFunctionBinding.from("ip_is_global_unicast", GoIp.class, GoIp::isGlobalUnicast));
        out.add(CelFunctionBinding.from("is_cidr", String.class, GoIp::isCidr));
        out.add(CelFunctionBinding.from("string_to_quantity", String.class, KubernetesLibrary::quantity));
        out.add(CelFunctionBinding.from(
                "is_quantity_string",
                String.class,
                text -> GoQuantity.parse(text).isPresent()));
        out.add(CelFunctionBinding.from("quantity_sign", BigDecimal.class, q -> (long) q.signum()));
        out.add(CelFunctionBinding.from(
                "quantity_is_integer",
                BigDecimal.class,
                q -> q.stripTrailingZeros().scale() <= 0
                        && q.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0));
        out.add(CelFunctionBinding.from("quantity_get_integer", BigDecimal.class, q -> q.longValueExact()));
        out.add(CelFunctionBinding.from("quantity_get_float", BigDecimal.class, BigDecimal::doubleValue));
        out.add(CelFunctionBinding.from(
                "quantity_compare_to", BigDecimal.class, BigDecimal.class, (a, b) -> (long) a.compareTo(b)));
        out.add(CelFunctionBinding.from(
                "quantity_is_greater_than", BigDecimal.class, BigDecimal.class, (a, b) -> a.compareTo(b) > 0));
        out.add(CelFunctionBinding.from(
                "quantity_is_less_than", BigDecimal.class, BigDecimal.class, (a, b) -> a.compareTo(b) < 0));
        out.add(CelFunctionBinding.from("quantity_add", BigDecimal.class, BigDecimal.class, BigDecimal::add));
        out.add(CelFunctionBinding.from(
                "quantity_add_int", BigDecimal.class, Long.class, (a, b) -> a.add(BigDecimal.valueOf(b))));
        out.add(CelFunctionBinding.from("quantity_sub", BigDecimal.class, BigDecimal.class, BigDecimal::subtract));
        out.add(CelFunctionBinding.from(
                "quantity_sub_int", BigDecimal.class, Long.class, (a, b) -> a.subtract(BigDecimal.valueOf(b))));
        out.add(CelFunctionBinding.from("list_is_sorted", List.class, KubernetesLibrary::isSorted));
        out.add(CelFunctionBinding.from("list_sum", List.class, KubernetesLibrary::sum));
        out.add(CelFunctionBinding.from("list_min", List.class, list -> extreme(list, -1)));
        out.add(CelFunctionBinding.from("list_max", List.class, list -> extreme(list, 1)));
        out.add(CelFunctionBinding.from("string_find_n", String.class, String.class, (text, regex) -> {
            Matcher matcher = compile(regex).matcher(text);
            return matcher.find() ? matcher.group() : "";
        }));
        out.add(CelFunctionBinding.from(
                "string_find_all", String.class, String.class, (text, regex) -> findAll(text, regex, -1)));
        out.add(CelFunctionBinding.from(
                "string_find_all_n",
                List.of(String.class, String.class, Long.class),
                args -> findAll((String) args[0], (String) args[1], (Long) args[2])));
        return out;
    }

    private static CelFunctionDecl global(String name, String overload, CelType result, CelType... args) {
        return CelFunctionDecl.newFunctionDeclaration(
                name, CelOverloadDecl.newGlobalOverload(overload, result, List.of(args)));
    }

    private static CelFunctionDecl member(String name, String overload, CelType result, CelType... args) {
        return CelFunctionDecl.newFunctionDeclaration(
                name, CelOverloadDecl.newMemberOverload(overload, result, List.of(args)));
    }

    /** A quantity is its exact value: what the library's comparisons and arithmetic read. */
    private static BigDecimal quantity(String text) {
        return GoQuantity.parse(text)
                .orElseThrow(() -> new IllegalArgumentException("quantities must match the regular expression"))
                .decimal();
    }

    private static Pattern compile(String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("error parsing regexp: " + e.getMessage(), e);
        }
    }

    private static List<String> findAll(String text, String regex, long limit) {
        List<String> out = new ArrayList<>();
        Matcher matcher = compile(regex).matcher(text);
        while ((limit < 0 || out.size() < limit) && matcher.find()) {
            out.add(matcher.group());
        }
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean isSorted(List list) {
        for (int i = 1; i < list.size(); i++) {
            if (compare(list.get(i - 1), list.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    private static Object sum(List<?> list) {
        if (list.isEmpty()) {
            return 0L;
        }
        Object total = list.get(0);
        for (int i = 1; i < list.size(); i++) {
            Object next = list.get(i);
            if (total instanceof Long a && next instanceof Long b) {
                total = Math.addExact(a, b);
            } else if (total instanceof Double a && next instanceof Double b) {
                total = a + b;
            } else if (total instanceof java.time.Duration a && next instanceof java.time.Duration b) {
                total = a.plus(b);
            } else {
                throw new IllegalArgumentException("no such overload: sum of " + typeName(total));
            }
        }
        return total;
    }

    private static Object extreme(List<?> list, int sign) {
        if (list.isEmpty()) {
            throw new IllegalArgumentException((sign < 0 ? "min" : "max") + "(list) called on an empty list");
        }
        Object best = list.get(0);
        for (Object item : list) {
            if (Integer.signum(compare(item, best)) == sign) {
                best = item;
            }
        }
        return best;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a instanceof Comparable first && a.getClass() == b.getClass()) {
            return first.compareTo(b);
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        throw new IllegalArgumentException("no such overload: cannot compare " + typeName(a) + " and " + typeName(b));
    }

    private static String typeName(Object value) {
        return value instanceof Map
                ? "map"
                : value instanceof List ? "list" : value.getClass().getSimpleName();
    }
}
