package dev.podlint.oracle.mutate;

import static dev.podlint.oracle.mutate.M.reject;
import static dev.podlint.oracle.mutate.M.set;

import java.util.List;

/** Jobs and CronJobs. */
final class BatchMutations {

    private BatchMutations() {}

    static List<Mutation> all() {
        var jobs = Kinds.JOBS;
        var cron = Kinds.of("CronJob");
        return List.of(
                reject("job-count-negative", jobs, (doc, r) -> {
                    At spec = doc.jobSpec();
                    String field = Pick.one(r, "completions", "parallelism", "backoffLimit", "ttlSecondsAfterFinished");
                    long bad = -1 - r.nextInt(5);
                    spec.map().put(field, YScalar.num(bad));
                    return set(spec.field(field), bad);
                }),
                reject("enum-case-completion-mode", jobs, (doc, r) -> {
                    At spec = doc.jobSpec();
                    String bad = Pick.wrongCase(r, Pick.one(r, "Indexed", "NonIndexed"));
                    spec.map().put("completionMode", YScalar.str(bad));
                    if (!spec.has("completions")) {
                        spec.map().put("completions", YScalar.num(3));
                    }
                    return set(spec.field("completionMode"), bad);
                }),
                reject("job-indexed-without-completions", jobs, (doc, r) -> {
                    At spec = doc.jobSpec();
                    spec.map().put("completionMode", YScalar.str("Indexed"));
                    spec.map().remove("completions");
                    return "completionMode Indexed without completions";
                }),
                reject("job-backoff-per-index-not-indexed", jobs, (doc, r) -> {
                    At spec = doc.jobSpec();
                    spec.map().put("completionMode", YScalar.str("NonIndexed"));
                    spec.map().put("backoffLimitPerIndex", YScalar.num(1));
                    spec.map().remove("maxFailedIndexes");
                    return "backoffLimitPerIndex on a NonIndexed Job";
                }),
                reject("job-pod-failure-policy-on-failure", jobs, (doc, r) -> {
                    At spec = doc.jobSpec();
                    spec.map()
                            .put(
                                    "podFailurePolicy",
                                    YMap.of(
                                            "rules",
                                            YList.of(YMap.of(
                                                    "action",
                                                    "FailJob",
                                                    "onExitCodes",
                                                    YMap.of("operator", "In", "values", YList.of(YScalar.num(42)))))));
                    doc.podSpec().map().put("restartPolicy", YScalar.str("OnFailure"));
                    return "podFailurePolicy with restartPolicy OnFailure (needs Never)";
                }),
                reject("enum-case-pod-failure-action", jobs, (doc, r) -> {
                    At spec = doc.jobSpec();
                    String bad = Pick.wrongCase(r, Pick.one(r, "FailJob", "Ignore", "Count"));
                    spec.map()
                            .put(
                                    "podFailurePolicy",
                                    YMap.of(
                                            "rules",
                                            YList.of(YMap.of(
                                                    "action",
                                                    bad,
                                                    "onPodConditions",
                                                    YList.of(YMap.of("type", "DisruptionTarget"))))));
                    doc.podSpec().map().put("restartPolicy", YScalar.str("Never"));
                    return "podFailurePolicy rule with action '" + bad + "'";
                }),
                reject("job-manual-selector-missing", Kinds.of("Job"), (doc, r) -> {
                    doc.spec().map().put("manualSelector", YScalar.plain("true"));
                    return "spec.manualSelector true without a selector";
                }),
                reject("cron-schedule-invalid", cron, (doc, r) -> {
                    String bad = Pick.one(
                            r,
                            "*/5 * * *",
                            "61 * * * *",
                            "every 5 minutes",
                            "0 0 * * * *",
                            "0 25 * * *",
                            "@everyday",
                            "0 3 * * MON-",
                            "*/0 * * * *",
                            "0 3 32 * *",
                            "");
                    doc.spec().map().put("schedule", YScalar.str(bad));
                    return set("spec.schedule", bad);
                }),
                reject("cron-schedule-time-zone-inline", cron, (doc, r) -> {
                    String tz = Pick.one(r, "TZ=UTC", "CRON_TZ=Europe/Berlin");
                    doc.spec().map().put("schedule", YScalar.str(tz + " 0 3 * * *"));
                    return set("spec.schedule", tz + " 0 3 * * *") + " (a time zone goes in spec.timeZone)";
                }),
                reject("cron-schedule-missing", cron, (doc, r) -> {
                    doc.spec().map().remove("schedule");
                    return "removed spec.schedule";
                }),
                reject("cron-time-zone-invalid", cron, (doc, r) -> {
                    String bad = Pick.one(
                            r,
                            "Europe/Berln",
                            "UTC+2",
                            "CEST",
                            " Europe/Berlin",
                            "europe/berlin",
                            "America/New York",
                            "Local");
                    doc.spec().map().put("timeZone", YScalar.str(bad));
                    return set("spec.timeZone", bad);
                }),
                reject("enum-case-concurrency-policy", cron, (doc, r) -> {
                    String good = doc.spec().text("concurrencyPolicy") != null
                            ? doc.spec().text("concurrencyPolicy")
                            : Pick.one(r, "Allow", "Forbid", "Replace");
                    String bad = Pick.wrongCase(r, good);
                    doc.spec().map().put("concurrencyPolicy", YScalar.str(bad));
                    return set("spec.concurrencyPolicy", bad);
                }),
                reject("cron-count-negative", cron, (doc, r) -> {
                    String field = Pick.one(
                            r, "startingDeadlineSeconds", "successfulJobsHistoryLimit", "failedJobsHistoryLimit");
                    long bad = -1 - r.nextInt(10);
                    doc.spec().map().put(field, YScalar.num(bad));
                    return set("spec." + field, bad);
                }));
    }
}
