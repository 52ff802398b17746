package dev.podlint.validation;

import dev.podlint.check.Findings;
import dev.podlint.rule.functions.Formats;
import dev.podlint.rule.functions.Quoted;
import dev.podlint.source.MappingNode;
import dev.podlint.source.SequenceNode;
import org.jspecify.annotations.Nullable;

/**
 * {@code rbac-invalid}: Roles, ClusterRoles and their bindings as rbac/validation
 * {@code ValidateRole}, {@code ValidateClusterRole}, {@code ValidateRoleBinding} and
 * {@code ValidateClusterRoleBinding} check them, after the v1 defaults (an empty roleRef.apiGroup,
 * and a User or Group subject's empty apiGroup, become rbac.authorization.k8s.io). A value outside
 * the fixed sets (roleRef.kind, subjects[].kind, roleRef.apiGroup) is {@code enum-value}'s.
 */
final class RbacCheck implements ObjectCheck {

    static final String API_VERSION = "rbac.authorization.k8s.io/v1";
    static final String GROUP = "rbac.authorization.k8s.io";

    private final String rule;

    RbacCheck(String rule) {
        this.rule = rule;
    }

    @Override
    public void check(Target target) {
        if (!API_VERSION.equals(target.apiVersion())) {
            return;
        }
        switch (target.kind()) {
            case "Role" -> rules(target.findings(rule), target.object(), true);
            case "ClusterRole" -> {
                Findings findings = target.findings(rule);
                rules(findings, target.object(), false);
                aggregation(findings, target.object());
            }
            case "RoleBinding" -> binding(target.findings(rule), target.object(), true);
            case "ClusterRoleBinding" -> binding(target.findings(rule), target.object(), false);
            default -> {}
        }
    }

    /** ValidatePolicyRule for each rule. */
    private static void rules(Findings findings, MappingNode object, boolean namespaced) {
        SequenceNode rules = object.sequence("rules");
        for (int i = 0; rules != null && i < rules.size(); i++) {
            MappingNode rule = Nodes.item(rules, i);
            if (rule == null) {
                continue;
            }
            String at = "/rules/" + i;
            String field = "rules[" + i + "]";
            // a missing verbs list is also the schema's finding (a required field)
            if (rule.containsKey("verbs") && isEmpty(rule, "verbs")) {
                findings.at(
                        at + "/verbs",
                        field + ".verbs must contain at least one value (e.g. [get, list, watch], or [\"*\"])");
            }
            if (!isEmpty(rule, "nonResourceURLs")) {
                if (namespaced) {
                    findings.at(
                            at + "/nonResourceURLs",
                            field + ".nonResourceURLs: a Role's rules cannot apply to non-resource URLs;"
                                    + " grant them in a ClusterRole, or remove nonResourceURLs");
                }
                if (!isEmpty(rule, "apiGroups") || !isEmpty(rule, "resources") || !isEmpty(rule, "resourceNames")) {
                    findings.at(
                            at + "/nonResourceURLs",
                            field + ": a rule cannot apply to both regular resources and non-resource URLs;"
                                    + " split it into two rules");
                }
                continue;
            }
            if (isEmpty(rule, "apiGroups")) {
                findings.at(
                        at + "/apiGroups",
                        field + ".apiGroups must have at least one entry: [\"\"] for the core group (pods,"
                                + " services, ...), e.g. [apps] for deployments");
            }
            if (isEmpty(rule, "resources")) {
                findings.at(
                        at + "/resources",
                        field + ".resources must have at least one entry (e.g. [pods]) in a rule without"
                                + " nonResourceURLs");
            }
        }
    }

    private static void aggregation(Findings findings, MappingNode object) {
        MappingNode aggregation = object.mapping("aggregationRule");
        if (aggregation != null && isEmpty(aggregation, "clusterRoleSelectors")) {
            findings.at(
                    "/aggregationRule/clusterRoleSelectors",
                    "aggregationRule.clusterRoleSelectors needs at least one selector when aggregationRule is set"
                            + " (e.g. matchLabels: {rbac.example.com/aggregate-to-view: \"true\"}),"
                            + " or remove aggregationRule");
        }
    }

    private static void binding(Findings findings, MappingNode object, boolean namespaced) {
        MappingNode roleRef = object.mapping("roleRef");
        if (!(object.containsKey("roleRef") && roleRef == null && Nodes.present(object, "roleRef"))) {
            if (roleRef == null || !Nodes.present(roleRef, "kind")) {
                findings.at(
                        "/roleRef/kind",
                        "roleRef.kind is required: " + (namespaced ? "Role or ClusterRole" : "ClusterRole"));
            }
            String name = Nodes.string(roleRef, "name");
            if (name == null || name.isEmpty()) {
                if (roleRef == null
                        || !(roleRef.containsKey("name") && name == null && Nodes.present(roleRef, "name"))) {
                    findings.at("/roleRef/name", "roleRef.name is required: the name of the role to bind");
                }
            } else {
                String problem = Formats.pathSegmentProblem(name, false);
                if (problem != null) {
                    findings.at("/roleRef/name", "roleRef.name " + Quoted.quote(name) + " " + problem);
                }
            }
        }
        SequenceNode subjects = object.sequence("subjects");
        for (int i = 0; subjects != null && i < subjects.size(); i++) {
            MappingNode subject = Nodes.item(subjects, i);
            if (subject != null) {
                subject(findings, subject, i, namespaced);
            }
        }
    }

    /** ValidateRoleBindingSubject, after SetDefaults_Subject. */
    private static void subject(Findings findings, MappingNode subject, int i, boolean namespaced) {
        String at = "/subjects/" + i;
        String field = "subjects[" + i + "]";
        String name = Nodes.string(subject, "name");
        if ((name == null || name.isEmpty()) && !unreadable(subject, "name")) {
            findings.at(at + "/name", field + ".name is required");
        }
        if (!Nodes.present(subject, "kind")) {
            findings.at(at + "/kind", field + ".kind is required: ServiceAccount, User or Group");
            return;
        }
        String kind = Nodes.string(subject, "kind");
        String apiGroup = Nodes.string(subject, "apiGroup");
        String group = apiGroup == null ? "" : apiGroup;
        boolean hasGroup = !group.isEmpty();
        if ("ServiceAccount".equals(kind)) {
            if (name != null && !name.isEmpty() && !Formats.isDns1123Subdomain(name)) {
                findings.at(
                        at + "/name",
                        field + ".name " + Quoted.quote(name) + " is not a valid ServiceAccount name: "
                                + Formats.dns1123SubdomainProblem(name));
            }
            if (hasGroup) {
                findings.at(
                        at + "/apiGroup",
                        field + ".apiGroup must be empty for a ServiceAccount subject, not " + Quoted.quote(group)
                                + "; remove it");
            }
            String namespace = Nodes.string(subject, "namespace");
            if (!namespaced && (namespace == null || namespace.isEmpty()) && !unreadable(subject, "namespace")) {
                findings.at(
                        at + "/namespace",
                        field + ".namespace is required for a ServiceAccount subject of a ClusterRoleBinding:"
                                + " the namespace the ServiceAccount lives in");
            }
        } else if (("User".equals(kind) || "Group".equals(kind)) && hasGroup && !GROUP.equals(group)) {
            findings.at(
                    at + "/apiGroup",
                    field + ".apiGroup of a " + kind + " subject must be " + GROUP + ", not " + Quoted.quote(group)
                            + " (or leave it out)");
        }
    }

    /** True when the list under {@code key} is absent, null or empty (as Go's len(...) == 0 sees it). */
    private static boolean isEmpty(MappingNode parent, String key) {
        SequenceNode list = parent.sequence(key);
        return (list == null || list.isEmpty()) && !unreadable(parent, key);
    }

    /** A value of the wrong type: the decoder's (the schema check's) finding, not the validation's. */
    private static boolean unreadable(@Nullable MappingNode parent, String key) {
        return parent != null
                && parent.containsKey(key)
                && Nodes.present(parent, key)
                && !(parent.node(key) instanceof SequenceNode)
                && parent.string(key) == null;
    }
}
