package dev.podlint.validation;

import dev.podlint.check.Findings;
import dev.podlint.rule.functions.Base64Functions;
import dev.podlint.rule.functions.Formats;
import dev.podlint.rule.functions.Quoted;
import dev.podlint.source.GoStrings;
import dev.podlint.source.MappingNode;
import dev.podlint.source.SequenceNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code webhook-invalid}: an admissionregistration.k8s.io/v1 ValidatingWebhookConfiguration or
 * MutatingWebhookConfiguration as admissionregistration/validation
 * {@code ValidateValidatingWebhookConfiguration} and {@code ValidateMutatingWebhookConfiguration}
 * check it on create: each webhook's name ({@code IsFullyQualifiedName}, unique), rules
 * ({@code validateRuleWithOperations}, {@code validateRule}, {@code validateResources}),
 * {@code sideEffects} required, {@code timeoutSeconds} 1 to 30, {@code clientConfig}
 * (exactly one of url and service; {@code ValidateWebhookURL}, {@code ValidateWebhookService}),
 * {@code admissionReviewVersions} ({@code validateAdmissionReviewVersions}) and
 * {@code matchConditions} ({@code validateMatchConditions}; CEL compilation is not checked), and a
 * {@code clientConfig.caBundle} that Go's base64 decoding of a {@code []byte} field rejects.
 * Enum values are {@code enum-value}'s, selectors {@code label-invalid}'s and
 * {@code selector-invalid}'s.
 */
final class WebhookCheck implements ObjectCheck {

    private static final List<String> REVIEW_VERSIONS = List.of("v1", "v1beta1");
    private static final Base64Functions BASE64 = new Base64Functions();

    private final String rule;

    WebhookCheck(String rule) {
        this.rule = rule;
    }

    /** Whether the target is one of the two webhook configuration kinds at admissionregistration.k8s.io/v1. */
    static boolean applies(Target target) {
        String kind = target.kind();
        return (kind.equals("ValidatingWebhookConfiguration") || kind.equals("MutatingWebhookConfiguration"))
                && "admissionregistration.k8s.io/v1".equals(target.apiVersion());
    }

    @Override
    public void check(Target target) {
        if (!applies(target)) {
            return;
        }
        SequenceNode webhooks = target.object().sequence("webhooks");
        if (webhooks == null) {
            return;
        }
        Findings findings = target.findings(rule);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < webhooks.size(); i++) {
            MappingNode hook = Nodes.item(webhooks, i);
            if (hook == null) {
                continue;
            }
            String at = "/webhooks/" + i;
            String field = "webhooks[" + i + "]";
            String name = Nodes.string(hook, "name");
            name(findings, hook, name, at, field);
            if (name != null && !name.isEmpty() && !names.add(name)) {
                findings.at(at + "/name", field + ".name " + Quoted.quote(name) + " repeats an earlier webhook's name");
            }
            SequenceNode rules = hook.sequence("rules");
            for (int j = 0; rules != null && j < rules.size(); j++) {
                MappingNode ruleNode = Nodes.item(rules, j);
                if (ruleNode != null) {
                    WebhookRules.check(findings, ruleNode, at + "/rules/" + j, field + ".rules[" + j + "]");
                }
            }
            if (Nodes.isNull(hook, "sideEffects")) {
                findings.at(
                        at + "/sideEffects",
                        field + ".sideEffects is required: None or NoneOnDryRun (the webhook has no side effects,"
                                + " or skips them on dry-run requests)");
            }
            Long timeout = Nodes.int32(hook, "timeoutSeconds");
            if (timeout != null && (timeout < 1 || timeout > 30)) {
                findings.at(
                        at + "/timeoutSeconds",
                        field + ".timeoutSeconds must be between 1 and 30 seconds, not " + timeout
                                + " (leave it out for 10)");
            }
            clientConfig(findings, hook, at, field);
            reviewVersions(findings, hook, at, field);
            matchConditions(findings, hook.sequence("matchConditions"), at + "/matchConditions", field);
        }
    }

    /** IsFullyQualifiedName. */
    private static void name(Findings findings, MappingNode hook, @Nullable String name, String at, String field) {
        if (name == null && !Nodes.isNull(hook, "name")) {
            return;
        }
        if (name == null || name.isEmpty()) {
            findings.at(at + "/name", field + ".name is required: a fully qualified name such as validate.example.com");
        } else if (!Formats.isDns1123Subdomain(name)) {
            findings.at(
                    at + "/name",
                    field + ".name " + Quoted.quote(name) + " is not a DNS-1123 subdomain: "
                            + Formats.dns1123SubdomainProblem(name));
        } else if (name.split("\\.", -1).length < 3) {
            findings.at(
                    at + "/name",
                    field + ".name " + Quoted.quote(name)
                            + " must be a domain with at least three segments separated by dots (e.g. validate."
                            + name + ")");
        }
    }

    private static void clientConfig(Findings findings, MappingNode hook, String at, String field) {
        MappingNode config = hook.mapping("clientConfig");
        if (config == null && !Nodes.isNull(hook, "clientConfig")) {
            return;
        }
        String caBundle = Nodes.string(config, "caBundle");
        String caProblem = caBundle == null ? null : BASE64.problem(caBundle);
        if (caProblem != null) {
            findings.at(
                    at + "/clientConfig/caBundle",
                    field + ".clientConfig.caBundle " + caProblem
                            + ": the API server's decoding fails with 'illegal base64 data'; write the PEM bundle"
                            + " base64-encoded (base64 -w0 ca.crt)");
        }
        boolean hasUrl = Nodes.present(config, "url");
        boolean hasService = Nodes.present(config, "service");
        String configAt = at + "/clientConfig";
        if (hasUrl == hasService) {
            findings.at(
                    configAt,
                    field + ".clientConfig needs exactly one of url and service"
                            + (hasUrl ? ", not both" : " (the webhook's https URL, or the Service that serves it)"));
            return;
        }
        String url = Nodes.string(config, "url");
        if (url != null) {
            for (String problem : WebhookUrl.problems(url)) {
                findings.at(configAt + "/url", field + ".clientConfig.url " + Quoted.quote(url) + " " + problem);
            }
        }
        MappingNode service = Nodes.map(config, "service");
        if (service != null) {
            service(findings, service, configAt + "/service", field + ".clientConfig.service");
        }
    }

    /** ValidateWebhookService (which validateValidatingWebhook calls with name and namespace swapped). */
    private static void service(Findings findings, MappingNode service, String at, String field) {
        for (String key : List.of("name", "namespace")) {
            String value = Nodes.string(service, key);
            if (Nodes.isNull(service, key) || "".equals(value)) {
                // At the service: Kubernetes passes name and namespace swapped and names the other field.
                findings.at(
                        at,
                        field + "." + key + " is required: the Service's " + key + " (Kubernetes reports it as " + field
                                + "." + (key.equals("name") ? "namespace" : "name") + ")");
            }
        }
        Long port = Nodes.int32(service, "port");
        if (port != null && (port < 1 || port > 65535)) {
            findings.at(
                    at + "/port", field + ".port must be between 1 and 65535, not " + port + " (leave it out for 443)");
        }
        String path = Nodes.string(service, "path");
        if (path != null) {
            for (String problem : servicePath(path)) {
                findings.at(at + "/path", field + ".path " + Quoted.quote(path) + " " + problem);
            }
        }
    }

    /** ValidateWebhookService's path checks, exactly as written there (the first character is never read). */
    static List<String> servicePath(String path) {
        List<String> problems = new ArrayList<>();
        if (path.isEmpty() || path.equals("/")) {
            return problems;
        }
        if (path.equals("//")) {
            problems.add("has an empty segment[0]");
            return problems;
        }
        if (!path.startsWith("/")) {
            problems.add("must start with a '/'");
        }
        String rest = path.substring(1);
        if (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        String[] steps = rest.split("/", -1);
        for (int i = 0; i < steps.length; i++) {
            if (steps[i].isEmpty()) {
                problems.add("has an empty segment[" + i + "]");
            } else if (!Formats.isDns1123Subdomain(steps[i])) {
                problems.add("segment[" + i + "] " + Quoted.quote(steps[i]) + " is not a DNS-1123 subdomain: "
                        + Formats.dns1123SubdomainProblem(steps[i]));
            }
        }
        return problems;
    }

    /** validateAdmissionReviewVersions with requireRecognizedAdmissionReviewVersion (create). */
    private static void reviewVersions(Findings findings, MappingNode hook, String at, String field) {
        SequenceNode versions = hook.sequence("admissionReviewVersions");
        String listAt = at + "/admissionReviewVersions";
        if (versions == null || versions.size() == 0) {
            if (versions != null || Nodes.isNull(hook, "admissionReviewVersions")) {
                findings.at(
                        listAt,
                        field + ".admissionReviewVersions is required: list the AdmissionReview versions the webhook"
                                + " understands, at least one of v1, v1beta1 (e.g. [v1])");
            }
            return;
        }
        Set<String> seen = new HashSet<>();
        boolean accepted = false;
        boolean typed = true;
        for (int i = 0; i < versions.size(); i++) {
            String version = Nodes.string(versions.node(i));
            if (version == null) {
                typed = false;
                continue;
            }
            String itemField = field + ".admissionReviewVersions[" + i + "]";
            if (!seen.add(version)) {
                findings.at(listAt + "/" + i, itemField + " repeats version " + Quoted.quote(version));
                continue;
            }
            @Nullable String problem = Formats.dns1035LabelProblem(version);
            if (problem != null) {
                findings.at(
                        listAt + "/" + i,
                        itemField + " " + Quoted.quote(version) + " is not a DNS-1035 label: " + problem);
            }
            accepted |= REVIEW_VERSIONS.contains(version);
        }
        if (typed && !accepted) {
            findings.at(listAt, field + ".admissionReviewVersions must include at least one of v1, v1beta1");
        }
    }

    /** validateMatchConditions and validateMatchCondition, without the CEL compilation. */
    private static void matchConditions(
            Findings findings, @Nullable SequenceNode conditions, String at, String hookField) {
        if (conditions == null) {
            return;
        }
        String field = hookField + ".matchConditions";
        if (conditions.size() > 64) {
            findings.at(at, field + " has " + conditions.size() + " conditions, at most 64 are allowed");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < conditions.size(); i++) {
            MappingNode condition = Nodes.item(conditions, i);
            if (condition == null) {
                continue;
            }
            String itemAt = at + "/" + i;
            String itemField = field + "[" + i + "]";
            String expression = Nodes.string(condition, "expression");
            if (Nodes.isNull(condition, "expression")
                    || (expression != null && GoStrings.trimSpace(expression).isEmpty())) {
                findings.at(
                        itemAt + "/expression",
                        itemField + ".expression is required: a CEL expression such as"
                                + " \"request.namespace != 'kube-system'\"");
            }
            String name = Nodes.string(condition, "name");
            if (Nodes.isNull(condition, "name") || "".equals(name)) {
                findings.at(
                        itemAt + "/name",
                        itemField + ".name is required: a qualified name such as exclude-kube-system");
            } else if (name != null) {
                String problem = Formats.qualifiedNameProblem(name);
                if (problem != null) {
                    findings.at(
                            itemAt + "/name",
                            itemField + ".name " + Quoted.quote(name) + " is not a qualified name: " + problem);
                }
                if (!names.add(name)) {
                    findings.at(
                            itemAt + "/name",
                            itemField + ".name " + Quoted.quote(name) + " repeats an earlier condition's name");
                }
            }
        }
    }
}
