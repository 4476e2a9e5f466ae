package dev.berth.core.values;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a CronJob's {@code spec.schedule} the way Kubernetes does (robfig/cron v3 {@code ParseStandard}): five
 * fields (minute 0-59, hour 0-23, day of month 1-31, month 1-12 or JAN-DEC, day of week 0-6 or SUN-SAT), each a
 * comma-separated list of {@code *}, {@code ?}, a value or a range {@code a-b}, with an optional step {@code /n};
 * or a macro ({@code @yearly @annually @monthly @weekly @daily @midnight @hourly}, {@code @every 1h30m}); either may
 * be preceded by {@code TZ=zone} or {@code CRON_TZ=zone} and a space.
 *
 * <pre>{@code
 * CronSchedules.parse("0/5 * * * *").isValid();                  // true
 * CronSchedules.parse("CRON_TZ=Europe/Paris 0 3 * * MON-FRI").isValid(); // true
 * CronSchedules.parse("0 0 * * 7").problem();
 *     // Optional["0 0 * * 7 is not a cron schedule: day of week 7 is above the maximum 6"]
 * }</pre>
 */
public final class CronSchedules {

    private static final Set<String> MACROS = Set.of("@yearly", "@annually", "@monthly", "@weekly", "@daily",
            "@midnight", "@hourly");
    private static final String[] FIELDS = {"minute", "hour", "day of month", "month", "day of week"};
    private static final int[][] BOUNDS = {{0, 59}, {0, 23}, {1, 31}, {1, 12}, {0, 6}};
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final Map<String, Integer> DAYS = Map.of("sun", 0, "mon", 1, "tue", 2, "wed", 3, "thu", 4,
            "fri", 5, "sat", 6);

    private CronSchedules() {
    }

    /**
     * @param schedule the schedule as written, or null
     * @return the schedule, or a problem naming the field that is wrong
     */
    public static Parsed<String> parse(String schedule) {
        if (schedule == null || schedule.isEmpty()) {
            return Parsed.problem("an empty value is not a cron schedule (expected five fields such as 0 3 * * *)");
        }
        String problem = problem(schedule);
        if (problem == null) {
            return Parsed.of(schedule);
        }
        String shown = Placeholders.shown(schedule);
        return Parsed.problem(Placeholders.looksLikePlaceholder(schedule, true)
                ? shown + " is not a cron schedule; " + Placeholders.HINT
                : shown + " is not a cron schedule: " + problem);
    }

    private static String problem(String schedule) {
        String spec = schedule;
        if (spec.startsWith("TZ=") || spec.startsWith("CRON_TZ=")) {
            int space = spec.indexOf(' ');
            if (space < 0) {
                return "the time zone must be followed by a space and the schedule";
            }
            String zone = spec.substring(spec.indexOf('=') + 1, space);
            if (!zone.equals("Local") && !zone.equals("UTC") && !ZoneId.getAvailableZoneIds().contains(zone)) {
                return "unknown time zone " + Placeholders.shown(zone);
            }
            spec = spec.substring(space).strip();
        }
        if (spec.startsWith("@")) {
            if (MACROS.contains(spec)) {
                return null;
            }
            if (spec.startsWith("@every ")) {
                return Durations.parse(spec.substring("@every ".length())).isValid() ? null
                        : "@every needs a duration such as 1h30m";
            }
            return "unknown macro (expected @yearly, @monthly, @weekly, @daily, @hourly or @every with a duration)";
        }
        List<String> fields = split(spec, true);
        if (fields.size() != 5) {
            return "expected exactly 5 fields (minute hour day-of-month month day-of-week), found " + fields.size();
        }
        for (int i = 0; i < 5; i++) {
            for (String range : split(fields.get(i), false)) {
                String problem = range(range, i);
                if (problem != null) {
                    return FIELDS[i] + " " + problem;
                }
            }
        }
        return null;
    }

    private static String range(String expression, int field) {
        String[] rangeAndStep = expression.split("/", -1);
        if (rangeAndStep.length > 2) {
            return Placeholders.shown(expression) + " has more than one /";
        }
        String[] lowAndHigh = rangeAndStep[0].split("-", -1);
        long start;
        long end;
        int min = BOUNDS[field][0];
        int max = BOUNDS[field][1];
        if (lowAndHigh[0].equals("*") || lowAndHigh[0].equals("?")) {
            start = min;
            end = max;
        } else {
            if (lowAndHigh.length > 2) {
                return Placeholders.shown(expression) + " has more than one -";
            }
            start = value(lowAndHigh[0], field);
            end = lowAndHigh.length == 2 ? value(lowAndHigh[1], field) : start;
            if (start < 0 || end < 0) {
                return Placeholders.shown(start < 0 ? lowAndHigh[0] : lowAndHigh[1]) + " is not a number"
                        + (field == 3 ? " or month name" : field == 4 ? " or day name" : "");
            }
        }
        if (rangeAndStep.length == 2) {
            long step = number(rangeAndStep[1]);
            if (step <= 0) {
                return "step " + Placeholders.shown(rangeAndStep[1]) + " is not a positive number";
            }
            if (lowAndHigh.length == 1 && !(lowAndHigh[0].equals("*") || lowAndHigh[0].equals("?"))) {
                end = max;
            }
        }
        if (start < min) {
            return start + " is below the minimum " + min;
        }
        if (end > max) {
            return end + " is above the maximum " + max;
        }
        if (start > end) {
            return "range " + Placeholders.shown(rangeAndStep[0]) + " starts after it ends";
        }
        return null;
    }

    private static long value(String text, int field) {
        Map<String, Integer> names = field == 3 ? MONTHS : field == 4 ? DAYS : Map.of();
        Integer named = names.get(text.toLowerCase(Locale.ROOT));
        return named != null ? named : number(text);
    }

    private static long number(String text) {
        String digits = text.startsWith("+") ? text.substring(1) : text;
        if (digits.isEmpty() || digits.length() > 18) {
            return -1;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return -1;
            }
        }
        return Long.parseLong(digits);
    }

    private static List<String> split(String text, boolean onSpace) {
        List<String> parts = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean separator = i == text.length() || (onSpace ? Character.isWhitespace(text.charAt(i))
                    : text.charAt(i) == ',');
            if (separator && start >= 0) {
                parts.add(text.substring(start, i));
                start = -1;
            } else if (!separator && start < 0) {
                start = i;
            }
        }
        return parts;
    }
}
