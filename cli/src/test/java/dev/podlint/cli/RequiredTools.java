package dev.podlint.cli;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * Tools beyond Java and Maven (go, git): a test that needs a missing one is skipped with one line saying
 * why, unless PODLINT_REQUIRE_TOOLS=1 (CI sets it) makes that a failure, as linter-core's RequiredTools.
 */
final class RequiredTools {

    private RequiredTools() {}

    /** Whether the environment says every tool must be there (PODLINT_REQUIRE_ORACLE=1 is its former name). */
    static boolean required() {
        return "1".equals(System.getenv("PODLINT_REQUIRE_TOOLS"))
                || "1".equals(System.getenv("PODLINT_REQUIRE_ORACLE"));
    }

    /** Skips the calling test (or fails it, when {@link #required()}) unless {@code present}. */
    static void presentOrSkip(boolean present, String reason) {
        if (present) {
            return;
        }
        if (required()) {
            fail(reason + " (PODLINT_REQUIRE_TOOLS=1: a missing tool is a failure)");
        }
        System.out.println("skipped: " + reason); // surefire does not show an assumption's message
        Assumptions.abort(reason);
    }
}
