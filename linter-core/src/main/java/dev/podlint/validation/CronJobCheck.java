package dev.podlint.validation;

import dev.podlint.check.Findings;
import dev.podlint.rule.functions.Quoted;
import dev.podlint.source.GoStrings;
import dev.podlint.source.MappingNode;
import org.jspecify.annotations.Nullable;

/**
 * {@code cronjob-invalid}: a CronJob's schedule (robfig/cron's standard parser, no TZ), timeZone
 * (an IANA zone Go's tzdata knows) and counters (batch/validation {@code validateCronJobSpec}).
 */
final class CronJobCheck implements ObjectCheck {

    private final String rule;

    CronJobCheck(String rule) {
        this.rule = rule;
    }

    @Override
    public void check(Target target) {
        MappingNode spec = "CronJob".equals(target.builtIn()) ? target.object().mapping("spec") : null;
        if (spec == null) {
            return;
        }
        Findings findings = target.findings(rule);
        String schedule = Nodes.string(spec, "schedule");
        if (schedule != null) {
            schedule(findings, schedule);
        }
        if (spec.get("timeZone") instanceof String zone) {
            String problem = timeZoneProblem(zone);
            if (problem != null) {
                findings.at("/spec/timeZone", "spec.timeZone " + Quoted.quote(zone) + " " + problem);
            }
        }
        for (String count :
                new String[] {"startingDeadlineSeconds", "successfulJobsHistoryLimit", "failedJobsHistoryLimit"}) {
            WorkloadCheck.nonNegative(findings, spec, "/spec", count);
        }
    }

    private static void schedule(Findings findings, String schedule) {
        if (schedule.isEmpty()) {
            findings.at(
                    "/spec/schedule",
                    "spec.schedule is required: a cron expression such as '*/5 * * * *' or" + " '@hourly'");
            return;
        }
        if (schedule.contains("TZ")) {
            findings.at(
                    "/spec/schedule",
                    "spec.schedule cannot use TZ or CRON_TZ; use the timeZone field instead"
                            + " (e.g. timeZone: Europe/Berlin)");
            return;
        }
        String problem = CronSchedule.problem(schedule);
        if (problem != null) {
            findings.at(
                    "/spec/schedule",
                    "spec.schedule " + Quoted.quote(schedule) + " is not a valid cron schedule: " + problem
                            + advice(schedule));
        }
    }

    /** A hint for the common mistakes: a sixth (seconds) field, or a day-of-week 7. */
    private static String advice(String schedule) {
        int fields = GoStrings.fields(schedule).size();
        if (fields == 6) {
            return "; Kubernetes takes five fields (minute hour day-of-month month day-of-week), no seconds";
        }
        if (fields == 5) {
            return "; fields are minute (0-59), hour (0-23), day of month (1-31), month (1-12 or jan-dec) and day"
                    + " of week (0-6 or sun-sat)";
        }
        return "";
    }

    /** batch/validation validateTimeZone. */
    static @Nullable String timeZoneProblem(String zone) {
        if (zone.isEmpty()) {
            return "must be unset or a time zone name, not empty";
        }
        for (String part : zone.split("/", -1)) {
            if (part.equals(".") || part.equals("..") || part.startsWith("-") || !zoneChars(part)) {
                return "is not a time zone: unknown time zone " + zone;
            }
        }
        if (zone.equalsIgnoreCase("Local")) {
            return "must be an explicit time zone as defined in https://www.iana.org/time-zones, not Local";
        }
        String problem = TimeZones.loadProblem(zone);
        return problem == null
                ? null
                : "is not a time zone the API server knows (" + problem + "); use an IANA"
                        + " name such as 'Etc/UTC', 'Europe/Berlin' or 'America/New_York'";
    }

    /** {@code ^[A-Za-z\.\-_0-9+]{1,14}$}. */
    private static boolean zoneChars(String part) {
        if (part.isEmpty() || part.length() > 14) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (!((c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || c == '.'
                    || c == '-'
                    || c == '_'
                    || c == '+')) {
                return false;
            }
        }
        return true;
    }
}
