package dev.podlint.schemas.generator;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

/**
 * Gives each model class the dotted name Kubernetes' own OpenAPI uses for it, e.g.
 * {@code V1Pod} → {@code io.k8s.api.core.v1.Pod}, {@code V1Deployment} → {@code io.k8s.api.apps.v1.Deployment},
 * {@code V1ObjectMeta} → {@code io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta}.
 *
 * <p>The Java name gives the version and the type name: a prefix {@code V1}, {@code V1beta1}, ... optionally
 * after a package word ({@code CoreV1Event}, {@code RbacV1Subject}) that client-java adds when two packages
 * share a type name. The package comes, in this order, from:
 * <ol>
 *   <li>the table of apimachinery meta/v1 types below ({@link #META});</li>
 *   <li>the package word of the Java name, lower-cased ({@code DiscoveryV1EndpointPort} → discovery);</li>
 *   <li>the API group of the kind, for a top-level kind ({@code apps} for Deployment);</li>
 *   <li>otherwise the groups of the kinds of the class's version that reach the class through their fields:
 *       the one group if there is one, core when core is among them or when there is none (a core v1 type
 *       used by a v1beta1 kind), else the first in alphabetical order.</li>
 * </ol>
 * A group's package is its first DNS label ({@code networking.k8s.io} → networking), except core ({@code ""}
 * → core) and {@code internal.apiserver.k8s.io} → apiserverinternal. Packages outside {@code io.k8s.api}:
 * apiextensions ({@code io.k8s.apiextensions-apiserver.pkg.apis.apiextensions}) and apiregistration
 * ({@code io.k8s.kube-aggregator.pkg.apis.apiregistration}). A Java name without a version prefix, or a name
 * already taken, falls back to {@code io.k8s.clientjava.<JavaName>}.
 */
final class DefinitionNamer {

    /** Types of k8s.io/apimachinery/pkg/apis/meta/v1 that client-java names {@code V1<Type>}. */
    static final Set<String> META = Set.of(
            "ObjectMeta",
            "ListMeta",
            "LabelSelector",
            "LabelSelectorRequirement",
            "OwnerReference",
            "ManagedFieldsEntry",
            "Status",
            "StatusDetails",
            "StatusCause",
            "DeleteOptions",
            "Preconditions",
            "Condition",
            "APIResource",
            "APIResourceList",
            "APIGroup",
            "APIGroupList",
            "APIVersions",
            "GroupVersionForDiscovery",
            "ServerAddressByClientCIDR",
            "WatchEvent",
            "FieldSelectorRequirement");

    private final Map<String, String> names = new HashMap<>();

    /**
     * @param kinds the kind of each top-level model class
     * @param reachedFrom for each reachable model class, the kinds whose fields lead to it
     */
    DefinitionNamer(Map<String, ApiCatalog.Kind> kinds, Map<String, Set<ApiCatalog.Kind>> reachedFrom) {
        Set<String> taken = new HashSet<>();
        for (String className : new TreeSet<>(reachedFrom.keySet())) {
            String name = derive(className, kinds.get(className), reachedFrom.get(className));
            if (name == null || !taken.add(name)) {
                name = "io.k8s.clientjava." + simpleName(className);
                taken.add(name);
            }
            names.put(className, name);
        }
    }

    String name(String className) {
        String n = names.get(className);
        if (n == null) {
            throw new IllegalArgumentException("no definition for " + className);
        }
        return n;
    }

    private static String derive(String className, ApiCatalog.Kind kind, Set<ApiCatalog.Kind> reachedFrom) {
        String simple = simpleName(className);
        Matcher m = ApiCatalog.MODEL_PREFIX.matcher(simple);
        if (!m.find()) {
            return null;
        }
        String packageWord = m.group(1);
        String version = m.group(2).substring(0, 1).toLowerCase(java.util.Locale.ROOT)
                + m.group(2).substring(1);
        String type = simple.substring(m.end());
        if (packageWord == null && version.equals("v1") && META.contains(type)) {
            return "io.k8s.apimachinery.pkg.apis.meta.v1." + type;
        }
        String pkg;
        if (packageWord != null) {
            pkg = packageWord.toLowerCase(java.util.Locale.ROOT);
        } else if (kind != null) {
            pkg = packageOf(kind.group());
        } else {
            Set<String> packages = new TreeSet<>();
            for (ApiCatalog.Kind k : reachedFrom) {
                if (k.version().equals(version)) {
                    packages.add(packageOf(k.group()));
                }
            }
            // No kind of the type's own version reaches it (a core v1 type used by a v1beta1 kind): core.
            pkg = packages.isEmpty() || packages.contains("core")
                    ? "core"
                    : packages.iterator().next();
        }
        return namespace(pkg) + "." + version + "." + type;
    }

    static String packageOf(String group) {
        if (group.isEmpty()) {
            return "core";
        }
        if (group.equals("internal.apiserver.k8s.io")) {
            return "apiserverinternal";
        }
        int dot = group.indexOf('.');
        return dot < 0 ? group : group.substring(0, dot);
    }

    private static String namespace(String pkg) {
        return switch (pkg) {
            case "apiextensions" -> "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions";
            case "apiregistration" -> "io.k8s.kube-aggregator.pkg.apis.apiregistration";
            default -> "io.k8s.api." + pkg;
        };
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('/') + 1);
    }
}
