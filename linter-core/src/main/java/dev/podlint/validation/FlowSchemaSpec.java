package dev.podlint.validation;

import dev.podlint.check.Findings;
import dev.podlint.rule.functions.Formats;
import dev.podlint.rule.functions.Quoted;
import dev.podlint.source.MappingNode;
import dev.podlint.source.Pointers;
import dev.podlint.source.SequenceNode;
import dev.podlint.source.YamlNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The FlowSchema part of {@code flow-control-invalid}: flowcontrol/validation
 * {@code ValidateFlowSchemaSpec} after {@code SetDefaults_FlowSchemaSpec} (a zero matchingPrecedence
 * becomes 1000): precedence, the priority level reference, and each rule's subjects, resource and
 * non-resource rules. Absent fields the schema requires are its findings; written empty they are
 * reported here.
 */
final class FlowSchemaSpec {

    private static final long MAX_MATCHING_PRECEDENCE = 10000;

    private FlowSchemaSpec() {}

    static void check(Findings findings, MappingNode spec, String name) {
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
        String field = Pointers.toFieldPath(at);
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
        String field = Pointers.toFieldPath(at);
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
        String field = Pointers.toFieldPath(at);
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
        String field = Pointers.toFieldPath(at);
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
            findings.at(
                    at + "/verbs",
                    Pointers.toFieldPath(at) + ".verbs must contain at least one value (Required value)");
        } else if (values.contains("*") && verbs != null && verbs.size() > 1) {
            findings.at(
                    at + "/verbs",
                    Pointers.toFieldPath(at) + ".verbs: if '*' is present, must not specify other verbs");
        }
    }

    private static void wildcardList(Findings findings, MappingNode rule, String at, String key, String required) {
        SequenceNode list = rule.sequence(key);
        if (list != null && list.isEmpty()) {
            findings.at(at + "/" + key, Pointers.toFieldPath(at) + "." + key + ": " + required + " (Required value)");
        } else if (list != null && list.size() > 1 && strings(list).contains("*")) {
            findings.at(
                    at + "/" + key,
                    Pointers.toFieldPath(at) + "." + key + ": if '*' is present, must not specify other " + key);
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
