package dev.podlint.schema.cel;

import dev.cel.common.ast.CelExpr;
import dev.cel.runtime.CelEvaluationListener;
import java.util.Collection;
import java.util.Map;

/**
 * The cost of evaluating rules, as the API server bounds it (k8s.io/apiserver/pkg/apis/cel: a
 * per-call limit of 1,000,000 and a budget of 10,000,000 per custom resource): one unit per
 * evaluated expression, plus a tenth of the size of each string, list or map it yields (cel-go
 * charges functions of strings and lists by their size). A wall-clock limit per call guards against
 * whatever the count misses. Exceeding either stops the evaluation with {@link LimitExceeded}.
 */
final class CostMeter implements CelEvaluationListener {

    static final int PER_CALL_LIMIT = 1_000_000;
    static final long PER_OBJECT_BUDGET = 10_000_000;
    static final long PER_CALL_NANOS = 1_000_000_000L;

    private final long limit;
    private final long deadline;
    private long cost;
    private long calls;

    CostMeter(long limit) {
        this.limit = limit;
        this.deadline = System.nanoTime() + PER_CALL_NANOS;
    }

    long cost() {
        return cost;
    }

    @Override
    public void callback(CelExpr expr, Object result) {
        cost += 1;
        if (result instanceof String text) {
            cost += text.length() / 10;
        } else if (result instanceof Collection<?> collection) {
            cost += collection.size() / 10;
        } else if (result instanceof Map<?, ?> map) {
            cost += map.size() / 10;
        }
        if (cost > limit) {
            throw new LimitExceeded("it exceeds the limits of one evaluation (cost " + limit + ")");
        }
        if ((++calls & 0xff) == 0 && System.nanoTime() > deadline) {
            throw new LimitExceeded("it exceeds the limits of one evaluation (" + PER_CALL_NANOS / 1_000_000 + " ms)");
        }
    }

    /**
     * The evaluation ran out of cost or time. An Error, not an exception: CEL absorbs an exception of
     * one iteration of a comprehension ({@code all}, {@code exists}) and goes on with the next one, so
     * only an Error stops the evaluation at once.
     */
    static final class LimitExceeded extends Error {
        private static final long serialVersionUID = 1L;

        LimitExceeded(String message) {
            super(message, null, false, false);
        }
    }
}
