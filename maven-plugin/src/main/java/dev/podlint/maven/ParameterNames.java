package dev.podlint.maven;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the goal's parameter where the engine's message names the command line's option: a build
 * user wrote {@code <kubernetesVersion>}, not {@code --kubernetes-version}.
 */
final class ParameterNames {

    private static final Map<String, String> BY_OPTION = new LinkedHashMap<>();

    static {
        BY_OPTION.put("--kubernetes-version", "<kubernetesVersion>");
        BY_OPTION.put("--schema-location", "<schemaLocations>");
        BY_OPTION.put("--preset-feature-gates", "<presetFeatureGates>");
        BY_OPTION.put("--preset", "<presets>");
        BY_OPTION.put("--crd", "<crds>");
        BY_OPTION.put("--enable", "<enableRules>");
        BY_OPTION.put("--disable", "<disableRules>");
        BY_OPTION.put("--baseline", "<baseline>");
        BY_OPTION.put("--fail-on", "<failOn>");
        BY_OPTION.put("--rules", "<rulesDirectories>");
        BY_OPTION.put("--config", "<configFile>");
    }

    private static final Pattern OPTION = Pattern.compile("--[a-z]+(-[a-z]+)*(?![a-z-])");

    private ParameterNames() {}

    static String of(String message) {
        Matcher m = OPTION.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(BY_OPTION.getOrDefault(m.group(), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
