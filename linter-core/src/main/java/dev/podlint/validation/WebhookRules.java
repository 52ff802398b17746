package dev.podlint.validation;

import dev.podlint.check.Findings;
import dev.podlint.source.MappingNode;
import dev.podlint.source.SequenceNode;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One rule of a webhook as admissionregistration/validation {@code validateRuleWithOperations},
 * {@code validateRule} and {@code validateResources} check it: operations, apiGroups, apiVersions
 * and resources each required, {@code '*'} alone in its list, no empty version or resource, and a
 * subresource not written twice through a wildcard. Unsupported operations and scopes are
 * {@code enum-value}'s.
 */
final class WebhookRules {

    private WebhookRules() {}

    static void check(Findings findings, MappingNode rule, String at, String field) {
        list(findings, rule, "operations", "operations", at, field);
        list(findings, rule, "apiGroups", "API groups", at, field);
        SequenceNode versions = list(findings, rule, "apiVersions", "API versions", at, field);
        for (int i = 0; versions != null && i < versions.size(); i++) {
            if ("".equals(Nodes.string(versions.node(i)))) {
                findings.at(
                        at + "/apiVersions/" + i,
                        field + ".apiVersions[" + i + "] is required: a version such as v1, or \"*\"");
            }
        }
        resources(findings, rule, at, field);
    }

    /** A required list with '*' alone; the list when it is one. */
    private static @Nullable SequenceNode list(
            Findings findings, MappingNode rule, String key, String what, String at, String field) {
        SequenceNode list = rule.sequence(key);
        if (list == null && Nodes.present(rule, key)) {
            return null;
        }
        if (list == null || list.size() == 0) {
            findings.at(
                    rule.containsKey(key) ? at + "/" + key : at,
                    field + "." + key + " is required: list the " + what + " the webhook handles, or \"*\"");
            return list;
        }
        if (list.size() > 1 && hasWildcard(list)) {
            findings.at(at + "/" + key, field + "." + key + ": with '*' present, list no other " + what);
        }
        return list;
    }

    private static boolean hasWildcard(SequenceNode list) {
        for (int i = 0; i < list.size(); i++) {
            if ("*".equals(Nodes.string(list.node(i)))) {
                return true;
            }
        }
        return false;
    }

    /** validateResources (subresources allowed). */
    private static void resources(Findings findings, MappingNode rule, String at, String field) {
        SequenceNode resources = rule.sequence("resources");
        if (resources == null && Nodes.present(rule, "resources")) {
            return;
        }
        String listAt = at + "/resources";
        if (resources == null || resources.size() == 0) {
            findings.at(
                    rule.containsKey("resources") ? listAt : at,
                    field + ".resources is required: list the resources the webhook handles (pods, deployments/scale,"
                            + " or \"*\")");
            return;
        }
        Set<String> wildcardSubresources = new HashSet<>();
        Set<String> wildcardResources = new HashSet<>();
        boolean doubleWildcard = false;
        boolean singleWildcard = false;
        boolean withoutSubresource = false;
        for (int i = 0; i < resources.size(); i++) {
            String resource = Nodes.string(resources.node(i));
            if (resource == null) {
                continue;
            }
            String itemField = field + ".resources[" + i + "]";
            if (resource.isEmpty()) {
                findings.at(listAt + "/" + i, itemField + " is required: a resource such as pods, or \"*\"");
                continue;
            }
            doubleWildcard |= resource.equals("*/*");
            singleWildcard |= resource.equals("*");
            int slash = resource.indexOf('/');
            if (slash < 0) {
                // As Kubernetes writes it: the last resource without a subresource decides.
                withoutSubresource = !resource.equals("*");
                continue;
            }
            String res = resource.substring(0, slash);
            String sub = resource.substring(slash + 1);
            if (wildcardSubresources.contains(res)) {
                findings.at(
                        listAt + "/" + i,
                        itemField + " " + resource + ": with '" + res + "/*' present, list no other " + res
                                + " subresource");
            }
            if (wildcardResources.contains(sub)) {
                findings.at(
                        listAt + "/" + i,
                        itemField + " " + resource + ": with '*/" + sub + "' present, list no other " + sub
                                + " subresource");
            }
            if (sub.equals("*")) {
                wildcardSubresources.add(res);
            }
            if (res.equals("*")) {
                wildcardResources.add(sub);
            }
        }
        if (resources.size() > 1 && doubleWildcard) {
            findings.at(listAt, field + ".resources: with '*/*' present, list no other resources");
        }
        if (singleWildcard && withoutSubresource) {
            findings.at(listAt, field + ".resources: with '*' present, list no other resources without a subresource");
        }
    }
}
