package dev.podlint.config;

import dev.podlint.finding.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which rules a run knows and runs.
 *
 * @param enabled           rules turned on by name (opt-in rules, {@code enabled: false}, run only then)
 * @param disabled          rules turned off by name
 * @param severityOverrides a severity per rule id, instead of the rule file's
 * @param directories       folders of user rule files, from --rules and the config file
 * @param places            where a rule id was named, when not on the command line (its config file and line)
 */
public record RuleOptions(
        Set<String> enabled,
        Set<String> disabled,
        Map<String, Severity> severityOverrides,
        List<Path> directories,
        Map<String, String> places) {

    public RuleOptions {
        enabled = Set.copyOf(enabled);
        disabled = Set.copyOf(disabled);
        severityOverrides = Map.copyOf(severityOverrides);
        directories = List.copyOf(directories);
        places = Map.copyOf(places);
    }

    public RuleOptions(
            Set<String> enabled,
            Set<String> disabled,
            Map<String, Severity> severityOverrides,
            List<Path> directories) {
        this(enabled, disabled, severityOverrides, directories, Map.of());
    }
}
