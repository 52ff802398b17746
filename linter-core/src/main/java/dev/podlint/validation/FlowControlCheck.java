package dev.podlint.validation;

import dev.podlint.check.Findings;
import dev.podlint.rule.functions.Formats;
import dev.podlint.rule.functions.Quoted;
import dev.podlint.source.MappingNode;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.YamlNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code flow-control-invalid}: flowcontrol.apiserver.k8s.io/v1 PriorityLevelConfigurations and
 * FlowSchemas as flowcontrol/validation {@code ValidatePriorityLevelConfiguration} and
 * {@code ValidateFlowSchema} check them on create, after flowcontrol/v1 defaults (a zero
 * matchingPrecedence, handSize, queues or queueLengthLimit is defaulted, an absent
 * nominalConcurrencyShares or lendablePercent too). Fields the schema requires are its findings
 * when absent; written empty they are reported here. Enum fields (type, limitResponse.type,
 * distinguisherMethod.type, subject kind, verbs) outside their sets are {@code enum-value}'s.
 */
final class FlowControlCheck implements ObjectCheck {

    private static final String GROUP_VERSION = "flowcontrol.apiserver.k8s.io/v1";
    private static final String PRESERVE_ZERO_SHARES = "flowcontrol.k8s.io/v1beta3-preserve-zero-concurrency-shares";
    private static final long MAX_MATCHING_PRECEDENCE = 10000;
    private static final long MAX_QUEUES = 10_000_000;
    private static final int MAX_HASH_BITS = 60;

    private final String rule;

    FlowControlCheck(String rule) {
        this.rule = rule;
    }

    @Override
    public void check(Target target) {
        if (!GROUP_VERSION.equals(target.apiVersion())) {
            return;
        }
        String name = Nodes.string(target.metadata(), "name");
        if (target.kind().equals("PriorityLevelConfiguration")) {
            priorityLevel(target, name == null ? "" : name);
        } else if (target.kind().equals("FlowSchema")) {
            MappingNode spec = target.object().mapping("spec");
            if (spec != null) {
                flowSchema(target.findings(rule), spec, name == null ? "" : name);
            }
        }
    }

    // ---- PriorityLevelConfiguration ----

    private void priorityLevel(Target target, String name) {
        Findings findings = target.findings(rule);
        MappingNode annotations = Nodes.map(target.metadata(), "annotations");
        if (annotations != null && annotations.containsKey(PRESERVE_ZERO_SHARES)) {
            findings.atKey(
                    "/metadata/annotations/" + PRESERVE_ZERO_SHARES.replace("/", "~1"),
                    "metadata.annotations: annotation '" + PRESERVE_ZERO_SHARES + "' is forbidden (it is"
                            + " only for v1beta3 round trips); remove it");
        }
        MappingNode spec = target.object().mapping("spec");
        String type = Nodes.string(spec, "type");
        if (spec == null || type == null) {
            return;
        }
        if (name.equals("exempt") != type.equals("Exempt")) {
            findings.at(
                    "/spec/type",
                    "spec.type must be 'Exempt' if and only if the name is 'exempt' (" + Quoted.quote(type) + " for "
                            + Quoted.quote(name) + "); a priority level of your own is Limited");
        }
        if (type.equals("Exempt")) {
            if (Nodes.present(spec, "limited")) {
                findings.atKey("/spec/limited", "spec.limited must be unset if the type is not Limited");
            }
            MappingNode exempt = spec.mapping("exempt");
            if (exempt != null) {
                nonNegative(findings, exempt, "/spec/exempt", "nominalConcurrencyShares");
                percent(findings, exempt, "/spec/exempt", "lendablePercent");
            }
        } else if (type.equals("Limited")) {
            if (Nodes.present(spec, "exempt")) {
                findings.atKey("/spec/exempt", "spec.exempt must be unset if the type is Limited");
            }
            MappingNode limited = spec.mapping("limited");
            if (!Nodes.present(spec, "limited")) {
                findings.at(
                        "/spec/limited",
                        "spec.limited must not be empty when type is Limited (Required value): add"
                                + " limited.limitResponse (Queue or Reject)");
            } else if (limited != null) {
                limited(findings, limited);
            }
        }
    }

    private static void limited(Findings findings, MappingNode limited) {
        nonNegative(findings, limited, "/spec/limited", "nominalConcurrencyShares");
        percent(findings, limited, "/spec/limited", "lendablePercent");
        Long borrowing = Nodes.int32(limited, "borrowingLimitPercent");
        if (borrowing != null && borrowing < 0) {
            findings.at(
                    "/spec/limited/borrowingLimitPercent",
                    "spec.limited.borrowingLimitPercent, if specified, must be a non-negative integer, not "
                            + borrowing);
        }
        MappingNode response = limited.mapping("limitResponse");
        String type = response == null ? null : Nodes.string(response, "type");
        if (!Nodes.present(limited, "limitResponse")) {
            findings.at(
                    "/spec/limited/limitResponse",
                    "spec.limited.limitResponse.type is required (Required value): add limitResponse with"
                            + " type Queue (and queuing) or Reject");
        } else if (response == null || type == null) {
            return;
        } else if (type.equals("Reject") && Nodes.present(response, "queuing")) {
            findings.atKey(
                    "/spec/limited/limitResponse/queuing",
                    "spec.limited.limitResponse.queuing must be unset if the type is Reject");
        } else if (type.equals("Queue")) {
            MappingNode queuing = response.mapping("queuing");
            if (!Nodes.present(response, "queuing")) {
                findings.at(
                        "/spec/limited/limitResponse/queuing",
                        "spec.limited.limitResponse.queuing must not be empty if the type is Queue (Required"
                                + " value): add queuing (queues, handSize, queueLengthLimit; {} takes the defaults)");
            } else if (queuing != null) {
                queuing(findings, queuing);
            }
        }
    }

    /** ValidatePriorityLevelQueuingConfiguration after SetDefaults_QueuingConfiguration (0 is defaulted). */
    private static void queuing(Findings findings, MappingNode queuing) {
        String at = "/spec/limited/limitResponse/queuing/";
        String field = "spec.limited.limitResponse.queuing.";
        long lengthLimit = defaulted(queuing, "queueLengthLimit", 50);
        long queues = defaulted(queuing, "queues", 64);
        long handSize = defaulted(queuing, "handSize", 8);
        if (lengthLimit <= 0) {
            findings.at(at + "queueLengthLimit", field + "queueLengthLimit must be positive, not " + lengthLimit);
        }
        if (queues <= 0) {
            findings.at(at + "queues", field + "queues must be positive, not " + queues);
        } else if (queues > MAX_QUEUES) {
            findings.at(at + "queues", field + "queues must not be greater than " + MAX_QUEUES + ", not " + queues);
        }
        if (handSize <= 0) {
            findings.at(at + "handSize", field + "handSize must be positive, not " + handSize);
        } else if (handSize > queues) {
            findings.at(
                    at + "handSize",
                    field + "handSize " + handSize + " should not be greater than queues (" + queues + ")");
        } else if (Math.ceil(Math.log(queues) / Math.log(2) * handSize) > MAX_HASH_BITS) {
            findings.at(
                    at + "handSize",
                    field + "handSize: required entropy bits of deckSize " + queues + " and handSize " + handSize
                            + " should not be greater than " + MAX_HASH_BITS + "; use fewer queues or a smaller hand");
        }
    }

    private static long defaulted(MappingNode map, String key, long value) {
        Long written = Nodes.int32(map, key);
        return written == null || written == 0 ? value : written;
    }

    private static void nonNegative(Findings findings, MappingNode map, String at, String key) {
        Long value = Nodes.int32(map, key);
        if (value != null && value < 0) {
            findings.at(at + "/" + key, field(at) + "." + key + " must be a non-negative integer, not " + value);
        }
    }

    private static void percent(Findings findings, MappingNode map, String at, String key) {
        Long value = Nodes.int32(map, key);
        if (value != null && (value < 0 || value > 100)) {
            findings.at(at + "/" + key, field(at) + "." + key + " must be between 0 and 100, inclusive, not " + value);
        }
    }

    /** The field path of a pointer below the object: {@code /spec/rules/0/subjects} is {@code spec.rules[0].subjects}. */
    private static String field(String pointer) {
        StringBuilder out = new StringBuilder();
        for (String segment : pointer.substring(1).split("/", -1)) {
            if (!segment.isEmpty() && segment.chars().allMatch(Character::isDigit)) {
                out.append('[').append(segment).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(segment);
            }
        }
        return out.toString();
    }

    // ---- FlowSchema ----

    private static void flowSchema(Findings findings, MappingNode spec, String name) {
        Long precedence = Nodes.int32(spec, "matchingPrecedence");
        if (precedence != null && precedence < 0) {
            findings.at(
                    "/spec/matchingPrecedence",
                    "spec.matchingPrecedence must be a positive value, not " + precedence
                            + " (0 or no value means 1000)");
        } else if (precedence != null && precedence > MAX_MATCHING_PRECEDENCE) {
            findings.at(
                    "/spec/matchingPrecedence",
                    "spec.matchingPrecedence must not be greater than " + MAX_MATCHING_PRECEDENCE + ", not "
                            + precedence);
        } else if (precedence != null && precedence == 1 && !name.equals("exempt")) {
            findings.at(
                    "/spec/matchingPrecedence",
                    "spec.matchingPrecedence 1 is only for the schema named 'exempt'; use 2 or more");
        }
        MappingNode level = spec.mapping("priorityLevelConfiguration");
        String levelName = Nodes.string(level, "name");
        if (levelName != null && levelName.isEmpty()) {
            findings.at(
                    "/spec/priorityLevelConfiguration/name",
                    "spec.priorityLevelConfiguration.name must reference a priority level (Required value)");
        } else if (levelName != null && !Formats.isDns1123Subdomain(levelName)) {
            findings.at(
                    "/spec/priorityLevelConfiguration/name",
                    "spec.priorityLevelConfiguration.name " + Quoted.quote(levelName)
                            + " is not a valid PriorityLevelConfiguration name: "
                            + Formats.dns1123SubdomainProblem(levelName));
        }
        SequenceNode rules = spec.sequence("rules");
        for (int i = 0; rules != null && i < rules.size(); i++) {
            MappingNode rule = Nodes.item(rules, i);
            if (rule != null) {
                policyRule(findings, rule, "/spec/rules/" + i);
            }
        }
    }

    private static void policyRule(Findings findings, MappingNode rule, String at) {
        String field = field(at);
        SequenceNode subjects = rule.sequence("subjects");
        if (subjects != null && subjects.isEmpty()) {
            findings.at(at + "/subjects", field + ".subjects must contain at least one value (Required value)");
        }
        for (int i = 0; subjects != null && i < subjects.size(); i++) {
            MappingNode subject = Nodes.item(subjects, i);
            if (subject != null) {
                subject(findings, subject, at + "/subjects/" + i);
            }
        }
        SequenceNode resourceRules = rule.sequence("resourceRules");
        SequenceNode nonResourceRules = rule.sequence("nonResourceRules");
        if ((resourceRules == null || resourceRules.isEmpty())
                && (nonResourceRules == null || nonResourceRules.isEmpty())
                && !wrongType(rule, "resourceRules")
                && !wrongType(rule, "nonResourceRules")) {
            findings.at(
                    at,
                    field + ": at least one of resourceRules and nonResourceRules has to be non-empty (Required"
                            + " value)");
        }
        for (int i = 0; resourceRules != null && i < resourceRules.size(); i++) {
            MappingNode resourceRule = Nodes.item(resourceRules, i);
            if (resourceRule != null) {
                resourceRule(findings, resourceRule, at + "/resourceRules/" + i);
            }
        }
        for (int i = 0; nonResourceRules != null && i < nonResourceRules.size(); i++) {
            MappingNode nonResourceRule = Nodes.item(nonResourceRules, i);
            if (nonResourceRule != null) {
                nonResourceRule(findings, nonResourceRule, at + "/nonResourceRules/" + i);
            }
        }
    }

    /** A value other than null and a list: the schema's finding. */
    private static boolean wrongType(MappingNode map, String key) {
        return Nodes.present(map, key) && !(map.node(key) instanceof SequenceNode);
    }

    private static final List<String> SUBJECT_KINDS = List.of("ServiceAccount", "User", "Group");

    private static void subject(Findings findings, MappingNode subject, String at) {
        String kind = Nodes.string(subject, "kind");
        if (kind == null || !SUBJECT_KINDS.contains(kind)) {
            return;
        }
        String field = field(at);
        String member = switch (kind) {
            case "ServiceAccount" -> "serviceAccount";
            case "User" -> "user";
            default -> "group";
        };
        for (String other : List.of("serviceAccount", "user", "group")) {
            if (!other.equals(member) && Nodes.present(subject, other)) {
                findings.atKey(
                        at + "/" + other,
                        field + "." + other + " is forbidden when the subject kind is " + kind + "; remove it or"
                                + " change kind");
            }
        }
        MappingNode body = subject.mapping(member);
        if (!Nodes.present(subject, member)) {
            findings.at(
                    at + "/" + member,
                    field + "." + member + " is required when the subject kind is '" + kind + "' (Required value)");
            return;
        }
        if (body == null) {
            return;
        }
        String name = Nodes.string(body, "name");
        if (name != null && name.isEmpty()) {
            findings.at(at + "/" + member + "/name", field + "." + member + ".name must not be empty (Required value)");
        } else if (name != null
                && kind.equals("ServiceAccount")
                && !name.equals("*")
                && !Formats.isDns1123Subdomain(name)) {
            findings.at(
                    at + "/serviceAccount/name",
                    field + ".serviceAccount.name " + Quoted.quote(name) + " is not a valid ServiceAccount name"
                            + " (or '*' for all): " + Formats.dns1123SubdomainProblem(name));
        }
        if (kind.equals("ServiceAccount")) {
            String namespace = Nodes.string(body, "namespace");
            if (namespace != null && namespace.isEmpty()) {
                findings.at(
                        at + "/serviceAccount/namespace",
                        field + ".serviceAccount.namespace must specify the service account's namespace (Required"
                                + " value)");
            } else if (namespace != null && !Formats.isDns1123Label(namespace)) {
                findings.at(
                        at + "/serviceAccount/namespace",
                        field + ".serviceAccount.namespace " + Quoted.quote(namespace) + " is not a valid namespace"
                                + " name: " + Formats.dns1123LabelProblem(namespace));
            }
        }
    }

    private static void resourceRule(Findings findings, MappingNode rule, String at) {
        String field = field(at);
        verbs(findings, rule, at);
        wildcardList(findings, rule, at, "apiGroups", "resource rules must supply at least one api group");
        wildcardList(findings, rule, at, "resources", "resource rules must supply at least one resource");
        List<String> namespaces = strings(rule.sequence("namespaces"));
        boolean clusterScope = Boolean.TRUE.equals(Nodes.bool(rule, "clusterScope"));
        if (namespaces.isEmpty() && !clusterScope) {
            if (!wrongType(rule, "namespaces")) {
                findings.at(
                        at + "/namespaces",
                        field + ".namespaces: resource rules that are not cluster scoped must supply at least one"
                                + " namespace (Required value); list namespaces, '*', or set clusterScope: true");
            }
        } else if (namespaces.contains("*")) {
            if (namespaces.size() > 1) {
                findings.at(
                        at + "/namespaces",
                        field + ".namespaces: if '*' is present, must not specify other namespaces");
            }
        } else {
            SequenceNode list = rule.sequence("namespaces");
            for (int i = 0; list != null && i < list.size(); i++) {
                String namespace = Nodes.string(list.node(i));
                if (namespace != null && !Formats.isDns1123Label(namespace)) {
                    findings.at(
                            at + "/namespaces/" + i,
                            field + ".namespaces[" + i + "] " + Quoted.quote(namespace) + ": each member must be '*'"
                                    + " or a DNS-1123 label; " + Formats.dns1123LabelProblem(namespace));
                }
            }
        }
    }

    private static void nonResourceRule(Findings findings, MappingNode rule, String at) {
        String field = field(at);
        verbs(findings, rule, at);
        SequenceNode urls = rule.sequence("nonResourceURLs");
        List<String> values = strings(urls);
        if (urls != null && urls.isEmpty()) {
            findings.at(
                    at + "/nonResourceURLs",
                    field + ".nonResourceURLs must contain at least one value (Required value)");
        } else if (values.contains("*")) {
            if (values.size() > 1) {
                findings.at(
                        at + "/nonResourceURLs",
                        field + ".nonResourceURLs: if '*' is present, must not specify other non-resource URLs");
            }
        } else {
            for (int i = 0; urls != null && i < urls.size(); i++) {
                String url = Nodes.string(urls.node(i));
                String problem = url == null ? null : urlProblem(url);
                if (url != null && problem != null) {
                    findings.at(
                            at + "/nonResourceURLs/" + i,
                            field + ".nonResourceURLs[" + i + "] " + Quoted.quote(url) + " " + problem);
                }
            }
        }
    }

    /** ValidateNonResourceURLPath. */
    private static @Nullable String urlProblem(String path) {
        if (path.isEmpty()) {
            return "must not be empty";
        }
        if (path.equals("/")) {
            return null;
        }
        if (!path.startsWith("/")) {
            return "must start with slash";
        }
        if (path.contains(" ")) {
            return "must not contain white-space";
        }
        if (path.contains("//")) {
            return "must not contain double slash";
        }
        long wildcards = path.chars().filter(c -> c == '*').count();
        if (wildcards > 1 || (wildcards == 1 && !path.endsWith("/*"))) {
            return "wildcard can only do suffix matching (/apis/*)";
        }
        return null;
    }

    /** Verbs: written empty, or '*' with others (values outside the set are enum-value's). */
    private static void verbs(Findings findings, MappingNode rule, String at) {
        SequenceNode verbs = rule.sequence("verbs");
        List<String> values = strings(verbs);
        if (verbs != null && verbs.isEmpty()) {
            findings.at(at + "/verbs", field(at) + ".verbs must contain at least one value (Required value)");
        } else if (values.contains("*") && verbs != null && verbs.size() > 1) {
            findings.at(at + "/verbs", field(at) + ".verbs: if '*' is present, must not specify other verbs");
        }
    }

    private static void wildcardList(Findings findings, MappingNode rule, String at, String key, String required) {
        SequenceNode list = rule.sequence(key);
        if (list != null && list.isEmpty()) {
            findings.at(at + "/" + key, field(at) + "." + key + ": " + required + " (Required value)");
        } else if (list != null && list.size() > 1 && strings(list).contains("*")) {
            findings.at(at + "/" + key, field(at) + "." + key + ": if '*' is present, must not specify other " + key);
        }
    }

    private static List<String> strings(@Nullable SequenceNode list) {
        List<String> out = new ArrayList<>();
        for (int i = 0; list != null && i < list.size(); i++) {
            YamlNode node = list.node(i);
            String s = Nodes.string(node);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }
}
