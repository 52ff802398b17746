package dev.podlint.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the schemas podlint bundles for one Kubernetes version as the standalone per-kind files
 * kubeconform reads from a local folder ({@code {{ .ResourceKind }}{{ .KindSuffix }}.json}, e.g.
 * {@code deployment-apps-v1.json}), so both tools check the same API: each file is the kind's
 * definition with only the definitions it reaches.
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.podlint.bench.KubeconformSchemas 1.36 DIR</pre>
 */
public final class KubeconformSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REF_PREFIX = "#/definitions/";

    private KubeconformSchemas() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: KubeconformSchemas KUBERNETES_VERSION OUTPUT_DIR   (e.g. 1.36 /tmp/schemas)");
            System.exit(2);
        }
        String resource = "dev/podlint/schemas/kubernetes/v" + args[0] + ".json";
        JsonNode bundled;
        try (InputStream in = KubeconformSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no bundled schema " + resource);
            }
            bundled = JSON.readTree(in);
        }
        Path out = Files.createDirectories(Path.of(args[1]));
        JsonNode definitions = bundled.get("definitions");
        int written = 0;
        for (Map.Entry<String, JsonNode> kind : bundled.get("kinds").properties()) {
            String key = kind.getKey(); // apiVersion/Kind, e.g. apps/v1/Deployment or v1/Pod
            int slash = key.lastIndexOf('/');
            ObjectNode schema = JSON.createObjectNode();
            schema.put("$ref", REF_PREFIX + kind.getValue().asString());
            ObjectNode reached = schema.putObject("definitions");
            for (String name : reachable(kind.getValue().asString(), definitions)) {
                reached.set(name, definitions.get(name));
            }
            Files.writeString(
                    out.resolve(fileName(key.substring(0, slash), key.substring(slash + 1))),
                    JSON.writeValueAsString(schema));
            written++;
        }
        System.out.println(written + " kinds written to " + out);
    }

    /** kubeconform's name for a kind's schema file (its registry's schemaPath). */
    static String fileName(String apiVersion, String kind) {
        String[] groupVersion = apiVersion.split("/");
        String suffix = "-" + groupVersion[0].split("\\.")[0].toLowerCase(Locale.ROOT);
        if (groupVersion.length > 1) {
            suffix += "-" + groupVersion[1].toLowerCase(Locale.ROOT);
        }
        return kind.toLowerCase(Locale.ROOT) + suffix + ".json";
    }

    private static TreeSet<String> reachable(String root, JsonNode definitions) {
        TreeSet<String> seen = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (seen.add(name)) {
                collectRefs(definitions.get(name), todo);
            }
        }
        return seen;
    }

    private static void collectRefs(JsonNode node, Deque<String> todo) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isString() && ref.asString().startsWith(REF_PREFIX)) {
                todo.push(ref.asString().substring(REF_PREFIX.length()));
            }
            node.values().forEach(child -> collectRefs(child, todo));
        } else if (node.isArray()) {
            node.values().forEach(child -> collectRefs(child, todo));
        }
    }
}
