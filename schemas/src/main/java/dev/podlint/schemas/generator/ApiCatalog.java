package dev.podlint.schemas.generator;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which model class is which top-level kind, read from the API classes of a client jar.
 *
 * <p>Each versioned API class (e.g. {@code AppsV1Api}) serves one group/version; its request paths
 * ({@code /apis/apps/v1/...}, {@code /api/v1/...}) name both. Its {@code create*}, {@code read*} and
 * {@code replace*} operations name a kind ({@code createNamespacedDeployment} → Deployment) and carry
 * the model class ({@code V1Deployment}) as body or result. An operation counts only when the model's
 * name is the kind behind a version prefix of the same version ({@code V1}, {@code CoreV1}), which
 * leaves out subresources ({@code readNamespacedDeploymentScale} → {@code V1Scale}, a kind of another
 * group) and status operations.
 */
final class ApiCatalog {

    /** A top-level kind: its API group ("" for core), version and kind name. */
    record Kind(String group, String version, String kind) {

        String apiVersion() {
            return group.isEmpty() ? version : group + "/" + version;
        }

        /** The key of the kind in a schema file, e.g. {@code apps/v1/Deployment}, {@code v1/Pod}. */
        String key() {
            return apiVersion() + "/" + kind;
        }
    }

    private static final Pattern API_CLASS = Pattern.compile("([A-Z][A-Za-z]*?)(V\\d+(?:(?:alpha|beta)\\d+)?)Api");
    private static final Pattern GROUP_PATH = Pattern.compile("^/apis/([^/{}]+)/([^/{}]+)/");
    private static final Pattern CORE_PATH = Pattern.compile("^/api/(v1)/");
    private static final Pattern OPERATION = Pattern.compile("(create|read|replace)(?:Namespaced)?([A-Z][A-Za-z0-9]*)");
    /** A model name's version prefix: optional package word, then the version. */
    static final Pattern MODEL_PREFIX = Pattern.compile("^([A-Z][a-z]+)?(V\\d+(?:(?:alpha|beta)\\d+)?)(?=[A-Z])");

    private ApiCatalog() {}

    /** Kind of each top-level model class (internal class name → kind), sorted by class name. */
    static Map<String, Kind> kinds(ClientJar jar) {
        Map<String, Kind> byModel = new TreeMap<>();
        Map<String, String> modelByKey = new HashMap<>();
        for (String api : jar.topLevelClasses(ClientJar.APIS)) {
            String simple = api.substring(ClientJar.APIS.length());
            Matcher m = API_CLASS.matcher(simple);
            if (!m.matches()) {
                continue; // group classes (AppsApi), CustomObjectsApi, WellKnownApi, ...
            }
            ClassFile cf = jar.classFile(api);
            String[] groupVersion = groupVersion(cf, simple);
            if (groupVersion == null) {
                continue;
            }
            for (ClassFile.Method method : cf.methods()) {
                Matcher op = OPERATION.matcher(method.name());
                if (!op.matches()) {
                    continue;
                }
                String model = op.group(1).equals("read") ? result(jar, method) : body(method);
                if (model == null) {
                    continue;
                }
                String kind = op.group(2);
                String modelName = model.substring(ClientJar.MODELS.length());
                Matcher prefix = MODEL_PREFIX.matcher(modelName);
                if (!prefix.find()
                        || !prefix.group(2).equalsIgnoreCase(groupVersion[1])
                        || !modelName.substring(prefix.end()).equals(kind)) {
                    continue;
                }
                Kind k = new Kind(groupVersion[0], groupVersion[1], kind);
                Kind previous = byModel.put(model, k);
                if (previous != null && !previous.equals(k)) {
                    throw new IllegalStateException(model + " is both " + previous.key() + " and " + k.key());
                }
                String other = modelByKey.put(k.key(), model);
                if (other != null && !other.equals(model)) {
                    throw new IllegalStateException(k.key() + " is both " + other + " and " + model);
                }
            }
        }
        return byModel;
    }

    /** {group, version} of an API class from its request paths; null when it has none. */
    private static String[] groupVersion(ClassFile cf, String simpleName) {
        String[] found = null;
        for (String s : cf.stringConstants()) {
            Matcher g = GROUP_PATH.matcher(s);
            Matcher c = CORE_PATH.matcher(s);
            String[] gv = g.find() ? new String[] {g.group(1), g.group(2)} : c.find() ? new String[] {"", "v1"} : null;
            if (gv == null) {
                continue;
            }
            if (found != null && !(found[0].equals(gv[0]) && found[1].equals(gv[1]))) {
                throw new IllegalStateException(simpleName + " serves two group/versions: " + String.join("/", found)
                        + " and " + String.join("/", gv));
            }
            found = gv;
        }
        return found;
    }

    private static String body(ClassFile.Method method) {
        String found = null;
        for (String p : method.parameterClasses()) {
            if (p.startsWith(ClientJar.MODELS)) {
                found = p;
            }
        }
        return found;
    }

    /** The model a read operation returns, directly or through the request object's execute(). */
    private static String result(ClientJar jar, ClassFile.Method method) {
        String ret = method.returnClass();
        if (ret == null) {
            return null;
        }
        if (ret.startsWith(ClientJar.MODELS)) {
            return ret;
        }
        if (ret.startsWith(ClientJar.APIS)) {
            ClassFile request = jar.classFile(ret);
            if (request != null) {
                for (ClassFile.Method m : request.methods()) {
                    if (m.name().equals("execute") && m.descriptor().startsWith("()")) {
                        String r = m.returnClass();
                        return r != null && r.startsWith(ClientJar.MODELS) ? r : null;
                    }
                }
            }
        }
        return null;
    }
}
