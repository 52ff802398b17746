package dev.podlint.config;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A schema location as kubeconform's {@code -schema-location} takes it: {@code default} (for podlint,
 * the bundled schemas, always in use), a folder, a local template whose file names podlint's folder
 * search already tries (the folder it starts in is used), or a URL, which podlint refuses: it never
 * fetches schemas.
 */
public final class SchemaLocationArgument {

    private static final Pattern URL = Pattern.compile("(?i)[a-z][a-z0-9+.-]*://.*");
    private static final Pattern SPACES_IN_BRACES = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");
    /** The file names {@code SchemaFolders} looks for, as kubeconform templates. */
    private static final Pattern KNOWN_TEMPLATE = Pattern.compile(
            "(?:\\{\\{\\.NormalizedKubernetesVersion}}-standalone(?:\\{\\{\\.StrictSuffix}}|-strict)?/)?"
                    + "\\{\\{\\.ResourceKind}}\\{\\{\\.KindSuffix}}\\.json"
                    + "|(?:\\{\\{\\.Group}}/)?\\{\\{\\.ResourceKind}}_\\{\\{\\.ResourceAPIVersion}}\\.json");

    private SchemaLocationArgument() {}

    /**
     * The folder to search, or empty for {@code default}.
     *
     * @param where how the message names the setting, e.g. "--schema-location"
     */
    public static Optional<String> folder(String location, String where) {
        if (location.equals("default")) {
            return Optional.empty();
        }
        if (URL.matcher(location).matches()) {
            throw new UsageException(where + " " + location + ": podlint never fetches schemas; download them into"
                    + " a folder and pass that folder (" + where + " DIR)");
        }
        int template = location.indexOf("{{");
        if (template < 0) {
            return Optional.of(location);
        }
        int slash = location.lastIndexOf('/', template);
        String folder = slash < 0 ? "." : slash == 0 ? "/" : location.substring(0, slash);
        String names = SPACES_IN_BRACES.matcher(location.substring(slash + 1)).replaceAll("{{$1}}");
        if (!KNOWN_TEMPLATE.matcher(names).matches()) {
            throw new UsageException(where + " " + location + ": podlint expands no templates; it looks in a folder"
                    + " for {{ .ResourceKind }}{{ .KindSuffix }}.json (also below"
                    + " {{ .NormalizedKubernetesVersion }}-standalone[-strict]/) and"
                    + " [{{ .Group }}/]{{ .ResourceKind }}_{{ .ResourceAPIVersion }}.json: put the schemas so and"
                    + " pass the folder");
        }
        return Optional.of(folder);
    }
}
