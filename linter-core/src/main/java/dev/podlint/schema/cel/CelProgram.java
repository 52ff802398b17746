package dev.podlint.schema.cel;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.util.Map;

/** A compiled rule or message expression, evaluated with {@code self} under a {@link CostMeter}. */
final class CelProgram {

    private final CelRuntime.Program program;

    CelProgram(CelRuntime.Program program) {
        this.program = program;
    }

    /**
     * The result, or a {@link CostMeter.LimitExceeded} when the rule runs out of cost or time.
     *
     * @throws EvaluationError when the rule fails as the API server's would (no such key, ...)
     */
    Object evaluate(Object self, CostMeter meter) throws EvaluationError {
        try {
            return program.trace(Map.of("self", self), meter);
        } catch (CelEvaluationException e) {
            if (e.getCause() instanceof CostMeter.LimitExceeded exceeded) {
                throw exceeded;
            }
            throw new EvaluationError(String.valueOf(e.getMessage()));
        } catch (RuntimeException e) {
            throw new EvaluationError(String.valueOf(e.getMessage()));
        }
    }

    /** A rule that could not be evaluated. */
    static final class EvaluationError extends Exception {
        private static final long serialVersionUID = 1L;

        EvaluationError(String message) {
            super(message, null, false, false);
        }
    }
}
