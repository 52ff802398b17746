package dev.podlint.cli;

import java.util.List;
import java.util.stream.Collectors;

/** The text of the POSIX sh pre-commit hook that {@code podlint hook install} writes. */
final class HookScript {

    private HookScript() {}

    /**
     * @param launcher absolute path of the podlint command the hook runs
     * @param lintArgs extra options for {@code podlint lint --staged} (a config file, a threshold)
     */
    static String render(String launcher, List<String> lintArgs) {
        String extra =
                lintArgs.stream().map(HookScript::quote).map(a -> " " + a).collect(Collectors.joining());
        return """
                #!/bin/sh
                # podlint pre-commit hook, written by 'podlint hook install' (replace it with --force).
                # Lints the staged content (git's index, not the working files) of the staged manifests
                # that the config file's include/exclude select; a finding at or above the fail
                # threshold blocks the commit. Skip it once with 'git commit --no-verify'.
                podlint=%s

                # No staged manifest: nothing to lint, no JVM to start.
                if [ -z "$(git diff --cached --name-only --diff-filter=ACMT -- \\
                    '*.[yY][aA][mM][lL]' '*.[yY][mM][lL]' '*.[jJ][sS][oO][nN]')" ]; then
                  exit 0
                fi
                if [ ! -x "$podlint" ]; then
                  echo "podlint hook: $podlint is missing or not executable;" \\
                    "run 'podlint hook install --force' again, or commit with --no-verify" >&2
                  exit 2
                fi
                "$podlint" lint --staged --force-exclude%s
                status=$?
                if [ "$status" -ne 0 ]; then
                  echo "podlint hook: commit refused (exit $status): fix the files, 'git add' them, commit again" >&2
                fi
                exit "$status"
                """.formatted(quote(launcher), extra);
    }

    /** Single-quoted for sh: no expansion at all inside. */
    static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
