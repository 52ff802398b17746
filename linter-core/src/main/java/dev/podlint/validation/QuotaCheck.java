package dev.podlint.validation;

import dev.podlint.check.Findings;
import dev.podlint.container.ResourceNames;
import dev.podlint.kube.GoQuantity;
import dev.podlint.rule.functions.Formats;
import dev.podlint.rule.functions.Quoted;
import dev.podlint.schema.KubernetesVersion;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import dev.podlint.source.SequenceNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code quota-invalid}: ResourceQuotas ({@code ValidateResourceQuotaSpec}: resource names and
 * quantities, scopes, scopeSelector) and LimitRanges ({@code ValidateLimitRange}: types, resource
 * names, min &lt;= defaultRequest &lt;= default &lt;= max, maxLimitRequestRatio), the latter after the
 * v1 defaults of a Container limit (default from max, defaultRequest from default, then from min).
 */
final class QuotaCheck implements ObjectCheck {

    /** core/helper standardResourceQuotaScopes and CrossNamespacePodAffinity. */
    private static final Set<String> SCOPES = Set.of(
            "Terminating",
            "NotTerminating",
            "BestEffort",
            "NotBestEffort",
            "PriorityClass",
            "VolumeAttributesClass",
            "CrossNamespacePodAffinity");
    /** The VolumeAttributesClass scope joined standardResourceQuotaScopes in Kubernetes 1.33. */
    private static final KubernetesVersion V1_33 = new KubernetesVersion(1, 33);

    private static final Set<String> EXISTS_ONLY =
            Set.of("Terminating", "NotTerminating", "BestEffort", "NotBestEffort", "CrossNamespacePodAffinity");
    private static final Set<String> POD_COMPUTE =
            Set.of("pods", "cpu", "memory", "limits.cpu", "limits.memory", "requests.cpu", "requests.memory");
    private static final int MAX = 0;
    private static final int MIN = 1;
    private static final int DEFAULT = 2;
    private static final int REQUEST = 3;
    private static final int RATIO = 4;
    private static final List<String> LIMIT_MAPS =
            List.of("max", "min", "default", "defaultRequest", "maxLimitRequestRatio");

    private final String rule;
    private final boolean attributesClassScope;

    QuotaCheck(String rule, KubernetesVersion version) {
        this.rule = rule;
        this.attributesClassScope = !version.isBefore(V1_33);
    }

    @Override
    public void check(Target target) {
        if (!"v1".equals(target.apiVersion())) {
            return;
        }
        MappingNode spec = target.object().mapping("spec");
        if (spec == null) {
            return;
        }
        switch (target.kind()) {
            case "ResourceQuota" -> quota(target.findings(rule), spec, attributesClassScope);
            case "LimitRange" -> limitRange(target.findings(rule), spec);
            default -> {}
        }
    }

    private static String key(String pointer, String key) {
        return Pointers.append(pointer, key);
    }

    // ---- ResourceQuota ----

    private static void quota(Findings findings, MappingNode spec, boolean attributesClassScope) {
        MappingNode hard = spec.mapping("hard");
        Set<String> names = new LinkedHashSet<>();
        if (hard != null) {
            for (MappingNode.Entry e : hard.entries()) {
                String name = e.key();
                names.add(name);
                String at = key("/spec/hard", name);
                String problem = QuotaResourceNames.quotaProblem(name);
                if (problem != null) {
                    findings.atKey(at, "spec.hard[" + name + "]: " + Quoted.quote(name) + " " + problem);
                }
                quantity(findings, hard, name, at, "spec.hard[" + name + "]");
            }
        }
        SequenceNode scopes = spec.sequence("scopes");
        Set<String> used = new HashSet<>();
        for (int i = 0; scopes != null && i < scopes.size(); i++) {
            String scope = Nodes.string(scopes.node(i));
            if (scope == null) {
                continue;
            }
            used.add(scope);
            scope(findings, scope, names, attributesClassScope, "/spec/scopes/" + i, "spec.scopes[" + i + "]");
        }
        conflicts(findings, used, "/spec/scopes", "spec.scopes");
        SequenceNode expressions = Nodes.list(Nodes.map(spec, "scopeSelector"), "matchExpressions");
        Set<String> selected = new HashSet<>();
        for (int i = 0; expressions != null && i < expressions.size(); i++) {
            MappingNode expression = Nodes.item(expressions, i);
            if (expression == null) {
                continue;
            }
            String at = "/spec/scopeSelector/matchExpressions/" + i;
            String field = "spec.scopeSelector.matchExpressions[" + i + "]";
            String scope = Nodes.string(expression, "scopeName");
            scope = scope == null ? "" : scope;
            selected.add(scope);
            scope(findings, scope, names, attributesClassScope, at + "/scopeName", field + ".scopeName");
            String operator = Nodes.string(expression, "operator");
            operator = operator == null ? "" : operator;
            if (EXISTS_ONLY.contains(scope) && !operator.equals("Exists")) {
                findings.at(
                        at + "/operator",
                        field + ".operator must be Exists for the scope " + scope + ", not " + Quoted.quote(operator));
            }
            SequenceNode values = expression.sequence("values");
            boolean hasValues = values != null && !values.isEmpty();
            switch (operator) {
                case "In", "NotIn" -> {
                    if (!hasValues) {
                        findings.at(
                                at + "/values", field + ".values needs at least one value with operator " + operator);
                    }
                }
                case "Exists", "DoesNotExist" -> {
                    if (hasValues) {
                        findings.at(at + "/values", field + ".values must be empty with operator " + operator);
                    }
                }
                default ->
                    findings.at(
                            at + "/operator",
                            field + ".operator " + Quoted.quote(operator) + " is not a valid operator: In, NotIn,"
                                    + " Exists or DoesNotExist");
            }
        }
        conflicts(findings, selected, "/spec/scopeSelector/matchExpressions", "spec.scopeSelector.matchExpressions");
    }

    private static void scope(
            Findings findings, String scope, Set<String> names, boolean attributesClassScope, String at, String field) {
        if (!SCOPES.contains(scope) || (!attributesClassScope && scope.equals("VolumeAttributesClass"))) {
            findings.at(
                    at,
                    field + " " + Quoted.quote(scope) + " is not a supported scope: Terminating, NotTerminating,"
                            + " BestEffort, NotBestEffort, PriorityClass, CrossNamespacePodAffinity"
                            + (attributesClassScope ? " or VolumeAttributesClass" : ""));
            return;
        }
        for (String name : names) {
            if (QuotaResourceNames.standardQuota(name) && !scopeFits(scope, name)) {
                findings.at(
                        at,
                        field + ": the scope " + scope + " does not apply to the resource " + Quoted.quote(name)
                                + " of spec.hard; " + scopeHint(scope));
                return;
            }
        }
    }

    /** IsResourceQuotaScopeValidForResource. */
    private static boolean scopeFits(String scope, String name) {
        return switch (scope) {
            case "Terminating", "NotTerminating", "NotBestEffort", "PriorityClass", "CrossNamespacePodAffinity" ->
                POD_COMPUTE.contains(name);
            case "BestEffort" -> name.equals("pods");
            case "VolumeAttributesClass" -> name.equals("persistentvolumeclaims") || name.equals("requests.storage");
            default -> true;
        };
    }

    private static String scopeHint(String scope) {
        return switch (scope) {
            case "BestEffort" -> "a BestEffort quota may only limit pods";
            case "VolumeAttributesClass" -> "it may only limit persistentvolumeclaims and requests.storage";
            default ->
                "it may only limit pods, cpu, memory, requests.cpu, requests.memory, limits.cpu and limits.memory";
        };
    }

    private static void conflicts(Findings findings, Set<String> scopes, String at, String field) {
        if ((scopes.contains("BestEffort") && scopes.contains("NotBestEffort"))
                || (scopes.contains("Terminating") && scopes.contains("NotTerminating"))) {
            findings.atKey(
                    at,
                    field + " holds conflicting scopes (BestEffort with NotBestEffort, or Terminating with"
                            + " NotTerminating); a quota selecting both selects nothing");
        }
    }

    /** ValidateResourceQuantityValue: not negative; whole for integer resources. */
    private static void quantity(Findings findings, MappingNode map, String name, String at, String field) {
        BigDecimal value = GoQuantity.value(map.get(name));
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            findings.at(at, field + " must be greater than or equal to 0");
        } else if (ResourceNames.integerOnly(name)
                && value.setScale(3, RoundingMode.CEILING).stripTrailingZeros().scale() > 0) {
            findings.at(
                    at, field + " must be an integer (a count), not " + Quoted.quote(String.valueOf(map.get(name))));
        }
    }

    // ---- LimitRange ----

    private static void limitRange(Findings findings, MappingNode spec) {
        SequenceNode limits = spec.sequence("limits");
        Set<String> types = new HashSet<>();
        for (int i = 0; limits != null && i < limits.size(); i++) {
            MappingNode limit = Nodes.item(limits, i);
            if (limit != null) {
                limit(findings, limit, i, types);
            }
        }
    }

    private static void limit(Findings findings, MappingNode limit, int i, Set<String> types) {
        String at = "/spec/limits/" + i;
        String field = "spec.limits[" + i + "]";
        String type = Nodes.string(limit, "type");
        type = type == null ? "" : type;
        String typeProblem = Formats.qualifiedNameProblem(type);
        if (typeProblem == null
                && type.indexOf('/') < 0
                && !Set.of("Pod", "Container", "PersistentVolumeClaim").contains(type)) {
            typeProblem = "must be Pod, Container, PersistentVolumeClaim or a fully qualified type";
        }
        if (typeProblem != null) {
            findings.at(at + "/type", field + ".type " + Quoted.quote(type) + ": " + typeProblem);
        }
        if (!types.add(type)) {
            findings.at(
                    at + "/type",
                    field + ".type " + Quoted.quote(type) + " is already used by another limit;" + " merge the two");
        }
        boolean podOrContainer = type.equals("Pod") || type.equals("Container");
        List<Map<String, BigDecimal>> maps = new ArrayList<>();
        for (String m : LIMIT_MAPS) {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            maps.add(values);
            MappingNode node = limit.mapping(m);
            if (node == null) {
                continue;
            }
            if (type.equals("Pod") && (m.equals("default") || m.equals("defaultRequest"))) {
                if (!node.isEmpty()) {
                    findings.atKey(
                            at + "/" + m, field + "." + m + " may not be set when type is Pod; use type Container");
                }
                continue;
            }
            for (MappingNode.Entry e : node.entries()) {
                String problem =
                        podOrContainer ? ResourceNames.problem(e.key()) : QuotaResourceNames.resourceProblem(e.key());
                if (problem != null) {
                    findings.atKey(key(at + "/" + m, e.key()), field + "." + m + "[" + e.key() + "]: " + problem);
                }
                BigDecimal value = e.value().value() == null ? BigDecimal.ZERO : GoQuantity.value(node.get(e.key()));
                if (value != null) {
                    values.put(e.key(), value);
                }
            }
        }
        if (type.equals("PersistentVolumeClaim")
                && !maps.get(MIN).containsKey("storage")
                && !maps.get(MAX).containsKey("storage")) {
            findings.at(at, field + ": a PersistentVolumeClaim limit needs min.storage or max.storage");
        }
        compare(findings, at, field, type.equals("Container"), maps);
    }

    /** The comparisons of ValidateLimitRange, pointing at the written value each defaulted one comes from. */
    private static void compare(
            Findings findings, String at, String field, boolean container, List<Map<String, BigDecimal>> maps) {
        Map<String, BigDecimal> max = maps.get(MAX);
        Map<String, BigDecimal> min = maps.get(MIN);
        Map<String, BigDecimal> writtenDefault = maps.get(DEFAULT);
        Map<String, BigDecimal> writtenRequest = maps.get(REQUEST);
        Map<String, BigDecimal> ratio = maps.get(RATIO);
        Map<String, BigDecimal> def = new LinkedHashMap<>(writtenDefault);
        Map<String, BigDecimal> req = new LinkedHashMap<>(writtenRequest);
        if (container) {
            max.forEach(def::putIfAbsent);
            def.forEach(req::putIfAbsent);
            min.forEach(req::putIfAbsent);
        }
        Set<String> keys = new LinkedHashSet<>();
        for (Map<String, BigDecimal> m : List.of(max, min, def, req, ratio)) {
            keys.addAll(m.keySet());
        }
        for (String k : keys) {
            BigDecimal lo = min.get(k);
            BigDecimal hi = max.get(k);
            BigDecimal d = def.get(k);
            BigDecimal r = req.get(k);
            boolean requestWritten = writtenRequest.containsKey(k);
            boolean defaultWritten = writtenDefault.containsKey(k);
            if (lo != null && hi != null && lo.compareTo(hi) > 0) {
                findings.at(key(at + "/min", k), field + ".min[" + k + "] is greater than max[" + k + "]");
            }
            if (r != null && lo != null && lo.compareTo(r) > 0) {
                findings.at(
                        key(at + (requestWritten ? "/defaultRequest" : "/min"), k),
                        field + ": min[" + k + "] is greater than the default request" + defaulted(requestWritten));
            }
            if (r != null && hi != null && r.compareTo(hi) > 0) {
                findings.at(
                        key(at + (requestWritten ? "/defaultRequest" : "/max"), k),
                        field + ": the default request of " + k + defaulted(requestWritten) + " is greater than max["
                                + k + "]");
            }
            if (r != null && d != null && r.compareTo(d) > 0) {
                findings.at(
                        key(at + (requestWritten ? "/defaultRequest" : "/default"), k),
                        field + ".defaultRequest[" + k + "] is greater than the default limit"
                                + defaulted(defaultWritten));
            }
            if (d != null && lo != null && lo.compareTo(d) > 0) {
                findings.at(
                        key(at + (defaultWritten ? "/default" : "/min"), k),
                        field + ": min[" + k + "] is greater than the default limit" + defaulted(defaultWritten));
            }
            if (d != null && hi != null && d.compareTo(hi) > 0) {
                findings.at(
                        key(at + (defaultWritten ? "/default" : "/max"), k),
                        field + ".default[" + k + "] is greater than max[" + k + "]");
            }
            BigDecimal q = ratio.get(k);
            if (q != null && q.compareTo(BigDecimal.ONE) < 0) {
                findings.at(
                        key(at + "/maxLimitRequestRatio", k),
                        field + ".maxLimitRequestRatio[" + k + "] must be at least 1");
            } else if (q != null
                    && lo != null
                    && hi != null
                    && lo.signum() > 0
                    && q.compareTo(hi.divide(lo, 20, RoundingMode.HALF_EVEN)) > 0) {
                findings.at(
                        key(at + "/maxLimitRequestRatio", k),
                        field + ".maxLimitRequestRatio[" + k + "] is greater than max/min; lower it or widen min and"
                                + " max");
            }
            if (!ResourceNames.overcommitAllowed(k) && d != null && r != null && d.compareTo(r) != 0) {
                findings.at(
                        key(at + (requestWritten ? "/defaultRequest" : "/default"), k),
                        field + ": default[" + k + "] must equal defaultRequest[" + k + "] (" + k
                                + " cannot be overcommitted)");
            }
        }
    }

    /** Says that a compared value is not written but defaulted (from max, default or min). */
    private static String defaulted(boolean written) {
        return written ? "" : " (as defaulted from the limit's other values)";
    }
}
