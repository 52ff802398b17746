package dev.podlint.rule.functions;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** {@code pod:} functions: validators of pod-level fields in core/validation.go. */
public final class PodFunctions {

    private static final Pattern SYSCTL =
            Pattern.compile("([a-z0-9]([-_a-z0-9]*[a-z0-9])?[./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?");
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern DNS1123_SUBDOMAIN_UNDERSCORE =
            Pattern.compile("[a-z0-9_]([-a-z0-9_]*[a-z0-9_])?(\\.[a-z0-9_]([-a-z0-9_]*[a-z0-9_])?)*");
    private static final BigInteger MAX_ID = BigInteger.valueOf(Integer.MAX_VALUE);

    /**
     * An IP address as the legacy IP fields accept it ({@code IsValidIPForLegacyField} without the
     * StrictIPCIDRValidation gate): dotted IPv4, leading zeros allowed, or IPv6.
     */
    public boolean ip(Object value) {
        if (!(value instanceof String s) || s.isEmpty()) {
            return false;
        }
        var m = IPV4.matcher(s);
        if (m.matches()) {
            for (int i = 1; i <= 4; i++) {
                if (Integer.parseInt(m.group(i)) > 255) {
                    return false;
                }
            }
            return true;
        }
        return s.indexOf(':') >= 0 && ipv6(s);
    }

    private static boolean ipv6(String s) {
        String text = s;
        int extra = 0;
        int lastColon = text.lastIndexOf(':');
        if (text.indexOf('.') > lastColon && lastColon >= 0) {
            if (!IPV4.matcher(text.substring(lastColon + 1)).matches()) {
                return false;
            }
            text = text.substring(0, lastColon + 1) + "0:0";
        }
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return false;
        }
        String[] groups = text.replace("::", ":x:").split(":", -1);
        int count = 0;
        for (int i = 0; i < groups.length; i++) {
            String g = groups[i];
            if (g.equals("x")) {
                extra = 1;
                continue;
            }
            if (g.isEmpty()) {
                boolean edgeOfGap = (i == 0 && groups.length > 1 && groups[1].equals("x"))
                        || (i == groups.length - 1 && i > 0 && groups[i - 1].equals("x"));
                if (!edgeOfGap) {
                    return false;
                }
                continue;
            }
            if (g.length() > 4 || !g.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return false;
            }
            count++;
        }
        return extra == 1 ? count < 8 : count == 8;
    }

    /** A DNS search domain as {@code validatePodDNSConfig} checks it (relaxed: '_' allowed, "." alone). */
    public boolean searchDomain(Object value) {
        if (!(value instanceof String s)) {
            return true;
        }
        if (s.equals(".")) {
            return true;
        }
        String trimmed = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        return trimmed.length() <= 253
                && DNS1123_SUBDOMAIN_UNDERSCORE.matcher(trimmed).matches();
    }

    /** The index of the first item of {@code list} that fails {@code ip}, or -1 (non-strings are the schema's). */
    public int firstBadIp(Object list) {
        List<?> items = Sequences.of(list);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof String && !ip(items.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the first search domain that is no (relaxed) DNS subdomain, or -1. */
    public int firstBadSearch(Object list) {
        List<?> items = Sequences.of(list);
        for (int i = 0; i < items.size(); i++) {
            if (!searchDomain(items.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The length of the search list joined with single spaces, as the API server measures it. */
    public int joinedLength(Object list) {
        int length = 0;
        List<?> items = Sequences.of(list);
        for (Object item : items) {
            length += String.valueOf(item).length();
        }
        return items.isEmpty() ? 0 : length + items.size() - 1;
    }

    /** The index of the first mapping of {@code list} whose {@code key} is missing or "", or -1. */
    public int firstWithout(@Nullable Object list, String key) {
        List<?> items = Sequences.of(list);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Map<?, ?> m && (m.get(key) == null || "".equals(m.get(key)))) {
                return i;
            }
        }
        return -1;
    }

    /** A user or group id the API server accepts: an integer in 0..2147483647 (non-integers are the schema's). */
    public boolean validId(@Nullable Object value) {
        BigInteger n = JsonTypes.integer(value);
        return n == null || (n.signum() >= 0 && n.compareTo(MAX_ID) <= 0);
    }

    /** The index of the first supplemental group outside 0..2147483647, or -1. */
    public int firstBadId(@Nullable Object list) {
        List<?> items = Sequences.of(list);
        for (int i = 0; i < items.size(); i++) {
            if (!validId(items.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** {@code IsValidSysctlName}: at most 253 characters of segments separated by '.' or '/'. */
    public boolean sysctlName(Object value) {
        return value instanceof String s
                && s.length() <= 253
                && SYSCTL.matcher(s).matches();
    }

    /**
     * The namespace a sysctl belongs to ({@code Net}, {@code IPC}) or "" (component-helpers
     * sysctl.GetNamespace, after '/' is normalised to '.').
     */
    public String sysctlNamespace(@Nullable Object value) {
        if (!(value instanceof String s)) {
            return "";
        }
        String name = normalizeSysctl(s);
        int star = name.indexOf('*');
        if (star >= 0) {
            name = name.substring(0, star);
        }
        if (Set.of(
                        "kernel.sem",
                        "kernel.shmall",
                        "kernel.shmmax",
                        "kernel.shmmni",
                        "kernel.shm_rmid_forced",
                        "kernel.shm",
                        "kernel.msgmax",
                        "kernel.msgmnb",
                        "kernel.msgmni",
                        "kernel.msg")
                .contains(name)) {
            return "IPC";
        }
        if (name.startsWith("net.")) {
            return "Net";
        }
        return name.startsWith("fs.mqueue.") ? "IPC" : "";
    }

    /** sysctl.NormalizeName: a name with '/' separators written with '.' (and '.' inside kept as '/'). */
    private static String normalizeSysctl(String name) {
        int firstSeparator = name.indexOf('.');
        int firstSlash = name.indexOf('/');
        if (firstSlash < 0 || (firstSeparator >= 0 && firstSeparator < firstSlash)) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(c == '.' ? '/' : c == '/' ? '.' : c);
        }
        return out.toString();
    }

    /** The index of the first item that repeats the {@code key} values of an earlier one, or -1. */
    public int firstRepeat(@Nullable Object list, Object keys) {
        Set<List<Object>> seen = new HashSet<>();
        List<?> items = Sequences.of(list);
        List<?> fields = Sequences.of(keys);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Map<?, ?> m) {
                List<Object> values = new java.util.ArrayList<>();
                for (Object f : fields) {
                    values.add(m.get(f));
                }
                if (!seen.add(values)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The index of the first sysctl whose name is set but no valid sysctl name, or -1. */
    public int firstInvalidSysctl(@Nullable Object sysctls) {
        List<?> items = Sequences.of(sysctls);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Map<?, ?> m
                    && m.get("name") instanceof String name
                    && !name.isEmpty()
                    && !sysctlName(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The index of the first sysctl of a namespace the pod shares with the node (net.* with
     * hostNetwork, IPC sysctls with hostIPC), or -1 ({@code ValidateHostSysctl}).
     */
    public int firstHostSysctl(Object podSpec) {
        if (!(podSpec instanceof Map<?, ?> spec) || !(spec.get("securityContext") instanceof Map<?, ?> sc)) {
            return -1;
        }
        boolean hostNetwork = Boolean.TRUE.equals(spec.get("hostNetwork"));
        boolean hostIpc = Boolean.TRUE.equals(spec.get("hostIPC"));
        List<?> items = Sequences.of(sc.get("sysctls"));
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Map<?, ?> m) {
                String ns = sysctlNamespace(m.get("name"));
                if ((hostNetwork && ns.equals("Net")) || (hostIpc && ns.equals("IPC"))) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static final List<String> WINDOWS_FORBIDDEN = List.of(
            "appArmorProfile",
            "seLinuxOptions",
            "seccompProfile",
            "fsGroup",
            "fsGroupChangePolicy",
            "sysctls",
            "runAsUser",
            "runAsGroup",
            "supplementalGroups",
            "supplementalGroupsPolicy",
            "seLinuxChangePolicy");

    /**
     * The pointer (relative to the pod spec) of the first field {@code validateWindows} forbids in a
     * windows pod's own settings, or null: pod securityContext fields, hostUsers, shareProcessNamespace.
     */
    public @Nullable String windowsForbidden(Object podSpec) {
        if (!(podSpec instanceof Map<?, ?> spec)) {
            return null;
        }
        if (spec.get("securityContext") instanceof Map<?, ?> sc) {
            for (String field : WINDOWS_FORBIDDEN) {
                if (sc.get(field) != null) {
                    return "securityContext/" + field;
                }
            }
        }
        for (String field : List.of("hostUsers", "shareProcessNamespace")) {
            if (spec.get(field) != null) {
                return field;
            }
        }
        return null;
    }

    /**
     * The first problem of a pod's affinity as {@code {at, problem}} ({@code at} relative to
     * {@code affinity}), or null: node selector requirement values per operator, matchFields on
     * metadata.name with one value, weights in 1..100, pod affinity terms' topologyKey.
     */
    public @Nullable Map<String, String> affinityProblem(Object affinity) {
        if (!(affinity instanceof Map<?, ?> a)) {
            return null;
        }
        if (a.get("nodeAffinity") instanceof Map<?, ?> node) {
            String base = "nodeAffinity/";
            if (node.get("requiredDuringSchedulingIgnoredDuringExecution") instanceof Map<?, ?> required) {
                List<?> terms = Sequences.of(required.get("nodeSelectorTerms"));
                if (terms.isEmpty()) {
                    return Map.of(
                            "at",
                            base + "requiredDuringSchedulingIgnoredDuringExecution/nodeSelectorTerms",
                            "problem",
                            "nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution must have at least"
                                    + " one node selector term (Required value)");
                }
                for (int i = 0; i < terms.size(); i++) {
                    Map<String, String> p = termProblem(
                            terms.get(i),
                            base + "requiredDuringSchedulingIgnoredDuringExecution/nodeSelectorTerms/" + i + "/");
                    if (p != null) {
                        return p;
                    }
                }
            }
            List<?> preferred = Sequences.of(node.get("preferredDuringSchedulingIgnoredDuringExecution"));
            for (int i = 0; i < preferred.size(); i++) {
                String at = base + "preferredDuringSchedulingIgnoredDuringExecution/" + i + "/";
                if (preferred.get(i) instanceof Map<?, ?> term) {
                    Map<String, String> p = weightProblem(term.get("weight"), at);
                    p = p != null ? p : termProblem(term.get("preference"), at + "preference/");
                    if (p != null) {
                        return p;
                    }
                }
            }
        }
        for (String kind : List.of("podAffinity", "podAntiAffinity")) {
            if (!(a.get(kind) instanceof Map<?, ?> pod)) {
                continue;
            }
            List<?> required = Sequences.of(pod.get("requiredDuringSchedulingIgnoredDuringExecution"));
            for (int i = 0; i < required.size(); i++) {
                Map<String, String> p = podTermProblem(
                        required.get(i), kind + "/requiredDuringSchedulingIgnoredDuringExecution/" + i + "/");
                if (p != null) {
                    return p;
                }
            }
            List<?> preferred = Sequences.of(pod.get("preferredDuringSchedulingIgnoredDuringExecution"));
            for (int i = 0; i < preferred.size(); i++) {
                String at = kind + "/preferredDuringSchedulingIgnoredDuringExecution/" + i + "/";
                if (preferred.get(i) instanceof Map<?, ?> term) {
                    Map<String, String> p = weightProblem(term.get("weight"), at);
                    p = p != null ? p : podTermProblem(term.get("podAffinityTerm"), at + "podAffinityTerm/");
                    if (p != null) {
                        return p;
                    }
                }
            }
        }
        return null;
    }

    private static @Nullable Map<String, String> weightProblem(@Nullable Object weight, String at) {
        BigInteger n = JsonTypes.integer(weight);
        if (n != null && (n.signum() <= 0 || n.compareTo(BigInteger.valueOf(100)) > 0)) {
            return Map.of("at", at + "weight", "problem", "weight must be in the range 1-100, not " + n);
        }
        return null;
    }

    /**
     * validatePodAffinityTerm: the label and namespace selectors' expressions (ValidateLabelSelectorRequirement:
     * values for In and NotIn, none for Exists and DoesNotExist), then the topologyKey.
     */
    private static @Nullable Map<String, String> podTermProblem(@Nullable Object term, String at) {
        if (term instanceof Map<?, ?> t) {
            for (String selector : List.of("labelSelector", "namespaceSelector")) {
                if (!(t.get(selector) instanceof Map<?, ?> s)) {
                    continue;
                }
                List<?> expressions = Sequences.of(s.get("matchExpressions"));
                for (int i = 0; i < expressions.size(); i++) {
                    if (!(expressions.get(i) instanceof Map<?, ?> e)) {
                        continue;
                    }
                    ValuesProblem problem = valuesProblem(e);
                    String where = at + selector + "/matchExpressions/" + i + "/values";
                    if (problem == ValuesProblem.MISSING) {
                        return Map.of(
                                "at",
                                where,
                                "problem",
                                selector + " values must be specified when `operator` is 'In' or 'NotIn'"
                                        + " (Required value)");
                    }
                    if (problem == ValuesProblem.EXTRA) {
                        return Map.of(
                                "at",
                                where,
                                "problem",
                                selector + " values may not be specified when `operator` is 'Exists' or"
                                        + " 'DoesNotExist'");
                    }
                }
            }
        }
        return topologyKeyProblem(term, at);
    }

    /**
     * How a match expression's values break its operator's rule (ValidateLabelSelectorRequirement,
     * ValidateNodeSelectorRequirement): none for In and NotIn, some for Exists and DoesNotExist, not
     * exactly one for Gt and Lt (operators of node selectors only); null when they fit.
     */
    private enum ValuesProblem {
        MISSING,
        EXTRA,
        NOT_ONE
    }

    private static @Nullable ValuesProblem valuesProblem(Map<?, ?> expression) {
        Object operator = expression.get("operator");
        int values = Sequences.of(expression.get("values")).size();
        if ("In".equals(operator) || "NotIn".equals(operator)) {
            return values == 0 ? ValuesProblem.MISSING : null;
        }
        if ("Exists".equals(operator) || "DoesNotExist".equals(operator)) {
            return values > 0 ? ValuesProblem.EXTRA : null;
        }
        if ("Gt".equals(operator) || "Lt".equals(operator)) {
            return values != 1 ? ValuesProblem.NOT_ONE : null;
        }
        return null;
    }

    private static @Nullable Map<String, String> topologyKeyProblem(@Nullable Object term, String at) {
        if (term instanceof Map<?, ?> t && "".equals(t.get("topologyKey"))) {
            return Map.of(
                    "at",
                    at + "topologyKey",
                    "problem",
                    "topologyKey can not be empty: name a node label such as kubernetes.io/hostname");
        }
        return null;
    }

    private static @Nullable Map<String, String> termProblem(@Nullable Object term, String at) {
        if (!(term instanceof Map<?, ?> t)) {
            return null;
        }
        List<?> expressions = Sequences.of(t.get("matchExpressions"));
        for (int i = 0; i < expressions.size(); i++) {
            if (!(expressions.get(i) instanceof Map<?, ?> e)) {
                continue;
            }
            ValuesProblem problem = valuesProblem(e);
            String where = at + "matchExpressions/" + i + "/values";
            if (problem == ValuesProblem.MISSING) {
                return Map.of(
                        "at",
                        where,
                        "problem",
                        "matchExpressions[" + i + "].values must be specified when operator is In or NotIn");
            }
            if (problem == ValuesProblem.EXTRA) {
                return Map.of(
                        "at",
                        where,
                        "problem",
                        "matchExpressions[" + i
                                + "].values may not be specified when operator is Exists or DoesNotExist");
            }
            if (problem == ValuesProblem.NOT_ONE) {
                return Map.of(
                        "at",
                        where,
                        "problem",
                        "matchExpressions[" + i + "].values must be a single value when operator is Lt or Gt");
            }
        }
        List<?> fields = Sequences.of(t.get("matchFields"));
        for (int i = 0; i < fields.size(); i++) {
            if (!(fields.get(i) instanceof Map<?, ?> f)) {
                continue;
            }
            String where = at + "matchFields/" + i + "/";
            if (f.get("key") instanceof String key && !key.equals("metadata.name")) {
                return Map.of(
                        "at",
                        where + "key",
                        "problem",
                        "matchFields[" + i + "].key '" + Quoted.shorten(key)
                                + "' is not a valid field selector key: only metadata.name");
            }
            Object op = f.get("operator");
            if (("In".equals(op) || "NotIn".equals(op))
                    && Sequences.of(f.get("values")).size() != 1) {
                return Map.of(
                        "at",
                        where + "values",
                        "problem",
                        "matchFields[" + i
                                + "].values must be only one value when operator is In or NotIn for node field selector");
            }
        }
        return null;
    }

    /** The index of the first mapping whose integer {@code key} is below {@code min}, or -1. */
    public int firstBelow(Object list, String key, int min) {
        List<?> items = Sequences.of(list);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Map<?, ?> m) {
                BigInteger n = JsonTypes.integer(m.get(key));
                if (n != null && n.compareTo(BigInteger.valueOf(min)) < 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The index of the first topology spread constraint with minDomains and another whenUnsatisfiable, or -1. */
    public int firstMinDomainsWithoutDoNotSchedule(Object list) {
        List<?> items = Sequences.of(list);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Map<?, ?> m
                    && m.get("minDomains") != null
                    && !"DoNotSchedule".equals(m.get("whenUnsatisfiable"))) {
                return i;
            }
        }
        return -1;
    }

    /** The pointer ({@code 0/hostnames/1}) of the first host alias hostname that is no DNS-1123 subdomain, or null. */
    public @Nullable String firstBadHostname(Object hostAliases) {
        List<?> aliases = Sequences.of(hostAliases);
        LabelFunctions labels = new LabelFunctions();
        for (int i = 0; i < aliases.size(); i++) {
            if (aliases.get(i) instanceof Map<?, ?> alias) {
                List<?> names = Sequences.of(alias.get("hostnames"));
                for (int j = 0; j < names.size(); j++) {
                    if (names.get(j) instanceof String name && !labels.dns1123Subdomain(name)) {
                        return i + "/hostnames/" + j;
                    }
                }
            }
        }
        return null;
    }

    /** The index of the first readiness gate whose conditionType is no qualified name, or -1. */
    public int firstBadConditionType(Object gates) {
        List<?> items = Sequences.of(gates);
        LabelFunctions labels = new LabelFunctions();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Map<?, ?> m
                    && m.get("conditionType") instanceof String type
                    && !labels.qualifiedName(type)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The index of the first item whose {@code key} values recur in a later one, or -1: where
     * {@code ValidateSpreadConstraintNotRepeat} reports the duplicate.
     */
    public int firstRecurring(Object list, Object keys) {
        int repeat = firstRepeat(list, keys);
        if (repeat < 0) {
            return -1;
        }
        List<?> items = Sequences.of(list);
        Map<?, ?> later = (Map<?, ?>) items.get(repeat);
        for (int i = 0; i < repeat; i++) {
            if (items.get(i) instanceof Map<?, ?> m && sameValues(m, later, Sequences.of(keys))) {
                return i;
            }
        }
        return repeat;
    }

    private static boolean sameValues(Map<?, ?> a, Map<?, ?> b, List<?> keys) {
        for (Object key : keys) {
            if (!java.util.Objects.equals(a.get(key), b.get(key))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> at(String at, String problem) {
        return Map.of("at", at, "problem", problem);
    }

    /** The first problem of {@code dnsConfig} as {@code {at, problem}} (relative to the pod spec), or null ({@code validatePodDNSConfig}). */
    public @Nullable Map<String, String> dnsProblem(Object podSpec) {
        if (!(podSpec instanceof Map<?, ?> spec) || !(spec.get("dnsConfig") instanceof Map<?, ?> dns)) {
            return null;
        }
        List<?> nameservers = Sequences.of(dns.get("nameservers"));
        if (nameservers.size() > 3) {
            return at(
                    "dnsConfig/nameservers",
                    "dnsConfig.nameservers must not have more than 3 nameservers (it has " + nameservers.size() + ")");
        }
        int ip = firstBadIp(nameservers);
        if (ip >= 0) {
            return at(
                    "dnsConfig/nameservers/" + ip,
                    "dnsConfig.nameservers[" + ip + "] must be a valid IP address," + " e.g. 10.0.0.10 or fd00::a");
        }
        List<?> searches = Sequences.of(dns.get("searches"));
        if (searches.size() > 32) {
            return at(
                    "dnsConfig/searches",
                    "dnsConfig.searches must not have more than 32 search paths (it has " + searches.size() + ")");
        }
        if (joinedLength(searches) > 2048) {
            return at(
                    "dnsConfig/searches",
                    "dnsConfig.searches must not have more than 2048 characters (including"
                            + " spaces) in the search list");
        }
        int search = firstBadSearch(searches);
        if (search >= 0) {
            return at(
                    "dnsConfig/searches/" + search,
                    "dnsConfig.searches[" + search + "] must be a DNS subdomain:"
                            + " lowercase letters, digits, '-', '_' and '.', e.g. svc.cluster.local");
        }
        int option = firstWithout(dns.get("options"), "name");
        return option < 0
                ? null
                : at(
                        "dnsConfig/options/" + option,
                        "dnsConfig.options[" + option
                                + "] needs a name (Required value: must not be empty), e.g. ndots");
    }

    /** The first problem of the scheduling gates (and a Pod's nodeName with them), or null ({@code validateSchedulingGates}). */
    public @Nullable Map<String, String> gatesProblem(Object podSpec, Object kind) {
        if (!(podSpec instanceof Map<?, ?> spec)) {
            return null;
        }
        List<?> gates = Sequences.of(spec.get("schedulingGates"));
        int nameless = firstWithout(gates, "name");
        if (nameless >= 0) {
            return at(
                    "schedulingGates/" + nameless + "/name",
                    "schedulingGates[" + nameless + "].name is required: a"
                            + " qualified name such as example.com/quota");
        }
        LabelFunctions labels = new LabelFunctions();
        for (int i = 0; i < gates.size(); i++) {
            if (gates.get(i) instanceof Map<?, ?> g
                    && g.get("name") instanceof String name
                    && !labels.qualifiedName(name)) {
                return at(
                        "schedulingGates/" + i + "/name",
                        "schedulingGates[" + i + "].name '" + Quoted.shorten(name)
                                + "' is not a qualified name: [prefix/]name of letters, digits, '-', '_' and '.'");
            }
        }
        int repeat = firstRepeat(gates, List.of("name"));
        if (repeat >= 0) {
            return at(
                    "schedulingGates/" + repeat + "/name",
                    "schedulingGates[" + repeat + "] repeats an earlier gate's name (Duplicate value)");
        }
        if ("Pod".equals(kind) && !gates.isEmpty() && spec.get("nodeName") instanceof String node && !node.isEmpty()) {
            return at(
                    "nodeName",
                    "nodeName cannot be set until all schedulingGates have been cleared (Forbidden);"
                            + " remove nodeName or the gates");
        }
        return null;
    }

    /** The first problem of the host aliases, or null ({@code ValidateHostAliases}). */
    public @Nullable Map<String, String> hostAliasProblem(Object hostAliases) {
        int ip = firstBadIp(new ListFunctions().pluck(hostAliases, "ip"));
        if (ip >= 0) {
            return at(ip + "/ip", "hostAliases[" + ip + "].ip must be a valid IP address");
        }
        String hostname = firstBadHostname(hostAliases);
        if (hostname == null) {
            return null;
        }
        String[] indexes = hostname.split("/hostnames/", -1);
        return at(
                hostname,
                "hostAliases[" + indexes[0] + "].hostnames[" + indexes[1] + "] is not a DNS-1123 subdomain"
                        + " (lowercase letters, digits, '-' and '.')");
    }

    /** The first problem of the topology spread constraints, or null ({@code validateTopologySpreadConstraints}). */
    public @Nullable Map<String, String> topologyProblem(Object constraints) {
        String p = "topologySpreadConstraints[";
        int keyless = firstWithout(constraints, "topologyKey");
        if (keyless >= 0) {
            return at(
                    keyless + "/topologyKey",
                    p + keyless + "].topologyKey can not be empty, e.g." + " topology.kubernetes.io/zone");
        }
        int skew = firstBelow(constraints, "maxSkew", 1);
        if (skew >= 0) {
            return at(skew + "/maxSkew", p + skew + "].maxSkew must be greater than 0");
        }
        int domains = firstBelow(constraints, "minDomains", 1);
        if (domains >= 0) {
            return at(domains + "/minDomains", p + domains + "].minDomains must be greater than 0");
        }
        int schedule = firstMinDomainsWithoutDoNotSchedule(constraints);
        if (schedule >= 0) {
            return at(
                    schedule + "/minDomains",
                    p + schedule + "]: can only use minDomains if" + " whenUnsatisfiable=DoNotSchedule");
        }
        int recurring = firstRecurring(constraints, List.of("topologyKey", "whenUnsatisfiable"));
        return recurring < 0
                ? null
                : at(
                        String.valueOf(recurring),
                        p + recurring + "] has the same {topologyKey,"
                                + " whenUnsatisfiable} pair as a later constraint (Duplicate value); merge them or change one");
    }

    /**
     * The first problem of the pod's securityContext and the host namespaces it touches, or null
     * ({@code validatePodSpecSecurityContext}, {@code validateSysctls}, {@code ValidateHostSysctl}).
     */
    public @Nullable Map<String, String> securityContextProblem(Object podSpec) {
        if (!(podSpec instanceof Map<?, ?> spec) || !(spec.get("securityContext") instanceof Map<?, ?> sc)) {
            return null;
        }
        for (String field : List.of("runAsUser", "runAsGroup", "fsGroup")) {
            if (!validId(sc.get(field))) {
                return at(
                        "securityContext/" + field,
                        "securityContext." + field + " must be between 0 and 2147483647, inclusive");
            }
        }
        int group = firstBadId(sc.get("supplementalGroups"));
        if (group >= 0) {
            return at(
                    "securityContext/supplementalGroups/" + group,
                    "securityContext.supplementalGroups[" + group + "] must be between 0 and 2147483647, inclusive");
        }
        Object sysctls = sc.get("sysctls");
        String s = "securityContext.sysctls[";
        int nameless = firstWithout(sysctls, "name");
        if (nameless >= 0) {
            return at(
                    "securityContext/sysctls/" + nameless + "/name",
                    s + nameless + "].name is required, e.g. net.core.somaxconn");
        }
        int invalid = firstInvalidSysctl(sysctls);
        if (invalid >= 0) {
            return at(
                    "securityContext/sysctls/" + invalid + "/name",
                    s + invalid + "].name must have at most 253"
                            + " characters and be segments of lowercase letters, digits, '-' and '_' separated by '.' or '/',"
                            + " e.g. net.ipv4.ip_local_port_range");
        }
        int repeat = firstRepeat(sysctls, List.of("name"));
        if (repeat >= 0) {
            return at(
                    "securityContext/sysctls/" + repeat + "/name",
                    s + repeat + "].name repeats an earlier sysctl (Duplicate value)");
        }
        int host = firstHostSysctl(spec);
        if (host >= 0) {
            boolean net = Boolean.TRUE.equals(spec.get("hostNetwork"))
                    && sysctlNamespace(((Map<?, ?>) Sequences.of(sysctls).get(host)).get("name"))
                            .equals("Net");
            return at(
                    "securityContext/sysctls/" + host + "/name",
                    s + host + "].name is a namespaced sysctl that may"
                            + " not be specified when " + (net ? "hostNetwork" : "hostIPC")
                            + " is true: the pod shares that"
                            + " namespace with the node");
        }
        return null;
    }

    /** The first field the pod's os forbids, or null ({@code validateLinux}, {@code validateWindows}, pod level). */
    public @Nullable Map<String, String> osProblem(Object podSpec) {
        if (!(podSpec instanceof Map<?, ?> spec) || !(spec.get("os") instanceof Map<?, ?> os)) {
            return null;
        }
        if ("windows".equals(os.get("name"))) {
            String forbidden = windowsForbidden(spec);
            if (forbidden == null) {
                forbidden = Boolean.TRUE.equals(spec.get("hostPID"))
                        ? "hostPID"
                        : Boolean.TRUE.equals(spec.get("hostIPC")) ? "hostIPC" : null;
            }
            return forbidden == null
                    ? null
                    : at(
                            forbidden,
                            forbidden.replace('/', '.') + " cannot be set for a windows pod (os.name: windows)");
        }
        if ("linux".equals(os.get("name"))
                && spec.get("securityContext") instanceof Map<?, ?> sc
                && sc.get("windowsOptions") != null) {
            return at(
                    "securityContext/windowsOptions",
                    "windows options cannot be set for a linux pod (os.name:"
                            + " linux); remove securityContext.windowsOptions");
        }
        return null;
    }
}
