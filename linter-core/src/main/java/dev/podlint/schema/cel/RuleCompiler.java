package dev.podlint.schema.cel;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableAst;
import dev.cel.common.types.SimpleType;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Compiles the rules of {@code x-kubernetes-validations} in an environment close to the API server's
 * (k8s.io/apiserver/pkg/cel/environment base.go): CEL's standard library and macros, the strings,
 * lists, sets, two-variable comprehension and optional extensions, heterogeneous numeric comparisons,
 * and {@link KubernetesLibrary}. {@code self} and {@code oldSelf} are dynamic: a rule is checked
 * against the functions it calls, not against the schema's types.
 */
final class RuleCompiler {

    /** Longest rule text compiled (the CEL parser's default limit). */
    static final int MAX_RULE_CODE_POINTS = 100_000;

    private static final CelOptions OPTIONS = CelOptions.current()
            .enableHeterogeneousNumericComparisons(true)
            .enableOptionalSyntax(true)
            .maxExpressionCodePointSize(MAX_RULE_CODE_POINTS)
            .maxParseRecursionDepth(100)
            .comprehensionMaxIterations(CostMeter.PER_CALL_LIMIT)
            .build();

    private static final Cel CEL = CelFactory.legacyCelBuilder()
            .setOptions(OPTIONS)
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .addCompilerLibraries(
                    CelExtensions.strings(),
                    CelExtensions.lists(),
                    CelExtensions.sets(OPTIONS),
                    CelExtensions.comprehensions(),
                    CelExtensions.optional())
            .addRuntimeLibraries(
                    CelExtensions.strings(),
                    CelExtensions.lists(),
                    CelExtensions.sets(OPTIONS),
                    CelExtensions.comprehensions(),
                    CelExtensions.optional())
            .addFunctionDeclarations(KubernetesLibrary.declarations())
            .addFunctionBindings(KubernetesLibrary.bindings())
            .addVar("self", SimpleType.DYN)
            .addVar("oldSelf", SimpleType.DYN)
            .build();

    private RuleCompiler() {}

    /** One entry of {@code x-kubernetes-validations}. */
    static CompiledRule compile(JsonNode entry) {
        String rule = entry.path("rule").asString("");
        String message = text(entry, "message");
        String fieldPath = text(entry, "fieldPath");
        String reason = text(entry, "reason");
        String messageText = text(entry, "messageExpression");
        try {
            CelAbstractSyntaxTree ast = CEL.compile(rule).getAst();
            if (usesOldSelf(ast)) {
                return CompiledRule.transition(rule);
            }
            CelRuntime.Program program = CEL.createProgram(ast);
            CelProgram messageProgram = null;
            if (messageText != null) {
                try {
                    messageProgram = new CelProgram(
                            CEL.createProgram(CEL.compile(messageText).getAst()));
                } catch (CelValidationException | CelEvaluationException e) {
                    messageProgram = null; // the API server falls back to message, as on an evaluation error
                }
            }
            return new CompiledRule(rule, message, messageProgram, fieldPath, reason, new CelProgram(program), null);
        } catch (CelValidationException e) {
            return CompiledRule.skipped(rule, firstLine(e.getMessage()));
        } catch (CelEvaluationException | RuntimeException e) {
            return CompiledRule.skipped(rule, firstLine(String.valueOf(e.getMessage())));
        }
    }

    private static boolean usesOldSelf(CelAbstractSyntaxTree ast) {
        return CelNavigableAst.fromAst(ast)
                .getRoot()
                .allNodes()
                .anyMatch(node -> node.expr().exprKind().getKind() == CelExpr.ExprKind.Kind.IDENT
                        && node.expr().ident().name().equals("oldSelf"));
    }

    private static @Nullable String text(JsonNode entry, String key) {
        JsonNode value = entry.get(key);
        return value != null && value.isString() && !value.asString().isEmpty() ? value.asString() : null;
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "it does not compile";
        }
        String line = message.lines().findFirst().orElse(message);
        return line.startsWith("ERROR: <input>:") ? line.substring("ERROR: <input>:".length()) : line;
    }
}
