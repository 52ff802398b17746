package dev.podlint.rule.functions;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code k8s:} functions: value types and the small validators of core/validation.go. The namespace
 * rule files call; each function is implemented by the class of its topic.
 */
public final class K8sFunctions {

    /** The JSON type of a value: string, integer, number, boolean, object, array or null. */
    public String type(Object value) {
        return JsonTypes.of(value);
    }

    /** True for an integer value (a YAML int, not a quoted number). */
    public boolean isInt(Object value) {
        return "integer".equals(JsonTypes.of(value));
    }

    /** The {@code fields} that are set (not null) in {@code map}, in the order given. */
    public List<String> setFields(Object map, Object fields) {
        return JsonTypes.setFields(map, fields);
    }

    /** The first of {@code fields} whose value in {@code map} is a negative integer, or null. */
    public @Nullable String firstNegative(Object map, Object fields) {
        return JsonTypes.firstNegative(map, fields);
    }

    /** apimachinery {@code IsValidPortName} (IANA_SVC_NAME). */
    public boolean portName(Object value) {
        return Ports.isName(value);
    }

    /** apimachinery {@code IsValidPortNum}: an integer in 1..65535. */
    public boolean portNumber(Object value) {
        return Ports.isNumber(value);
    }

    /** Why {@code ValidatePortNumOrName} rejects {@code port}, or null. */
    public @Nullable String portProblem(Object port) {
        return Ports.problem(port);
    }

    /** The probe handler keys present in {@code probe}, in the API's order. */
    public List<String> handlers(Object probe) {
        return Probes.handlers(probe);
    }

    /** The index of the first HTTP header whose name is not {@code [-A-Za-z0-9]+}, or -1. */
    public int badHeader(Object headers) {
        return Probes.badHeader(headers);
    }

    /** Why {@code ValidateLocalNonReservedPath} rejects {@code path}, or null. */
    public String localPathProblem(Object path) {
        return LocalPaths.localPathProblem(path);
    }

    /** Why {@code validateLocalDescendingPath} (volumeMount subPath, subPathExpr) rejects {@code path}, or null. */
    public @Nullable String descendingPathProblem(Object path) {
        return LocalPaths.descendingPathProblem(path);
    }

    /** A file mode as volumes take it: an integer in 0..0777. */
    public boolean fileMode(Object value) {
        return LocalPaths.isFileMode(value);
    }

    /** The first problem of a KeyToPath list as {@code {at: 'items/0/path', problem: '...'}}, or null. */
    public @Nullable Map<String, String> keyToPathProblem(Object items, boolean keyRequired) {
        return LocalPaths.keyToPathProblem(items, keyRequired);
    }

    /** The volume source types a volume sets, in the order written. */
    public List<String> volumeTypes(Object volume) {
        return VolumeSources.volumeTypes(volume);
    }

    /** The source types ({@code secret}, {@code configMap}, ...) a projected source entry sets. */
    public List<String> projectionTypes(Object source) {
        return VolumeSources.projectionTypes(source);
    }

    /** The pointer (relative to a volume) of the first projected target path that repeats an earlier one, or null. */
    public @Nullable String duplicateProjectedPath(Object volume) {
        return VolumeSources.duplicateProjectedPath(volume);
    }

    /** Why apimachinery {@code IsEnvVarName} (before the relaxed validation) rejects {@code name}, or null. */
    public @Nullable String envVarNameProblem(Object name) {
        return EnvVarNames.problem(name);
    }
}
