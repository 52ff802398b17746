package dev.podlint.rule;

import dev.podlint.rule.functions.Base64Functions;
import dev.podlint.rule.functions.DataFunctions;
import dev.podlint.rule.functions.DownwardFunctions;
import dev.podlint.rule.functions.K8sFunctions;
import dev.podlint.rule.functions.LabelFunctions;
import dev.podlint.rule.functions.ListFunctions;
import dev.podlint.rule.functions.QuantityFunctions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlFeatures;
import org.apache.commons.jexl3.introspection.JexlPermissions;
import org.apache.commons.jexl3.introspection.JexlSandbox;
import org.apache.commons.jexl3.introspection.JexlUberspect;
import org.apache.commons.logging.impl.NoOpLog;

/**
 * Builds the sandboxed JEXL engine rules run in. An expression reaches only the document (maps and
 * lists, read-only), the selector's variables and podlint's function namespaces:
 * <ul>
 * <li>the sandbox denies every class by default; maps and lists may only be read (not
 * {@code .class}), the namespaces only called;</li>
 * <li>strict resolution: calling a function that does not exist (or with arguments it does not
 * take) is an error, not a silent null;</li>
 * <li>the syntax has no {@code new}, no method calls, no assignments, no loops, no lambdas, no
 * pragmas: evaluation time is bounded by the expression's size, and regular expressions by
 * {@link BoundedArithmetic}'s step budget.</li>
 * </ul>
 */
public final class RuleExpressions {

    private RuleExpressions() {}

    /** The function namespaces, by prefix ({@code base64:valid(value)}). */
    public static Map<String, Object> namespaces() {
        Map<String, Object> namespaces = new LinkedHashMap<>();
        namespaces.put("base64", new Base64Functions());
        namespaces.put("downward", new DownwardFunctions());
        namespaces.put("quantity", new QuantityFunctions());
        namespaces.put("labels", new LabelFunctions());
        namespaces.put("k8s", new K8sFunctions());
        namespaces.put("list", new ListFunctions());
        namespaces.put("data", new DataFunctions());
        namespaces.put("volume", new dev.podlint.rule.functions.VolumeFunctions());
        namespaces.put("pod", new dev.podlint.rule.functions.PodFunctions());
        return namespaces;
    }

    /** The public methods a namespace class declares itself, static or not. */
    static String[] declaredFunctions(Class<?> namespace) {
        return java.util.Arrays.stream(namespace.getDeclaredMethods())
                .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge())
                .map(java.lang.reflect.Method::getName)
                .distinct()
                .toArray(String[]::new);
    }

    public static JexlFeatures features() {
        return new JexlFeatures()
                .newInstance(false)
                .methodCall(false)
                .sideEffect(false)
                .sideEffectGlobal(false)
                .loops(false)
                .lambda(false)
                .thinArrow(false)
                .fatArrow(false)
                .localVar(false)
                .pragma(false)
                .pragmaAnywhere(false)
                .namespacePragma(false)
                .importPragma(false)
                .annotation(false)
                .script(false);
    }

    public static JexlEngine create() {
        Map<String, Object> namespaces = namespaces();
        JexlSandbox sandbox = new JexlSandbox(false, true);
        for (Object functions : namespaces.values()) {
            // only the functions the class itself declares: not getClass(), hashCode() or wait()
            sandbox.allow(functions.getClass().getName()).execute(declaredFunctions(functions.getClass()));
        }
        // Documents are maps and lists: any key may be read; nothing written, no getter reached.
        sandbox.block(Map.class.getName()).read("class", "empty").write("*");
        sandbox.block(java.util.List.class.getName()).read("class", "empty").write("*");
        return new JexlBuilder()
                .features(features())
                .sandbox(sandbox)
                .permissions(
                        JexlPermissions.RESTRICTED.compose(RuleExpressions.class.getPackageName() + ".functions.*"))
                .strategy(JexlUberspect.MAP_STRATEGY)
                .arithmetic(new BoundedArithmetic())
                .namespaces(namespaces)
                .strict(true)
                .safe(true)
                .silent(false)
                .logger(new NoOpLog())
                .cache(512)
                .create();
    }
}
