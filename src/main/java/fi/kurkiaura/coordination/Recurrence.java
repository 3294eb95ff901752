package fi.kurkiaura.coordination;

import fi.kurkiaura.platform.RefusedException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * When the meetings of a series start: an RFC 5545 recurrence rule ("FREQ=MONTHLY;BYDAY=1FR") in
 * local time, from the first meeting on. Local, because a meeting at ten stays at ten when the
 * clocks change: its UTC offset follows the zone, not the other way round.
 */
final class Recurrence {

    static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

    /** How far ahead a rule must produce a meeting: one that meets less often is taken for a mistake. */
    static final Duration SEARCH = Duration.ofDays(5 * 366);

    /** The longest rule kept (the column is as wide); RFC 5545 rules for meetings are a few dozen characters. */
    static final int LONGEST_RULE = 500;

    private static final Set<Frequency> TOO_OFTEN = Set.of(Frequency.SECONDLY, Frequency.MINUTELY, Frequency.HOURLY);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm", Locale.ROOT);

    private final String rule;
    private final Recur<LocalDateTime> recur;
    private final LocalDateTime first;

    private Recurrence(String rule, Recur<LocalDateTime> recur, LocalDateTime first) {
        this.rule = rule;
        this.recur = recur;
        this.first = first;
    }

    /**
     * The series of {@code rule} from {@code start} on; its first meeting is the rule's first at or
     * after {@code start}. Refused (422) when the rule cannot be read, meets more than once a day
     * or more often than daily, or produces no meeting within five years.
     */
    static Recurrence of(String rule, LocalDateTime start) {
        String written = rule == null ? "" : rule.strip().toUpperCase(Locale.ROOT);
        if (written.startsWith("RRULE:")) {
            written = written.substring(6);
        }
        if (written.isEmpty()) {
            throw refused("A meeting series needs a recurrence rule, such as FREQ=MONTHLY;BYDAY=1FR (the first Friday of every month)");
        }
        if (written.length() > LONGEST_RULE) {
            throw refused("A recurrence rule has at most " + LONGEST_RULE + " characters");
        }
        Recur<LocalDateTime> recur;
        try {
            recur = new Recur<>(written);
        } catch (RuntimeException e) {
            throw refused("The recurrence rule \"" + written + "\" cannot be read (" + e.getMessage()
                    + "); write it as in RFC 5545, such as FREQ=MONTHLY;BYDAY=1FR");
        }
        if (recur.getFrequency() == null) {
            throw refused("The recurrence rule \"" + written + "\" has no FREQ");
        }
        if (TOO_OFTEN.contains(recur.getFrequency())) {
            throw refused("A meeting series meets at most daily; FREQ=" + recur.getFrequency() + " is too often");
        }
        List<LocalDateTime> starts = recur.getDates(start, start, start.plus(SEARCH), 2);
        if (starts.isEmpty()) {
            throw refused("The recurrence rule \"" + written + "\" produces no meeting from " + start.format(SHOWN)
                    + " within five years; check its UNTIL, COUNT and BY parts");
        }
        Recurrence recurrence = new Recurrence(written, recur, starts.getFirst());
        recurrence.requireOneADay();
        return recurrence;
    }

    /** The rule as it was written, in capitals and without "RRULE:". */
    String rule() {
        return rule;
    }

    /** When the first meeting starts. */
    LocalDateTime first() {
        return first;
    }

    /** The meetings that start on or after {@code from} and before {@code until}, in order. */
    List<LocalDateTime> startsBetween(LocalDateTime from, LocalDateTime until) {
        return recur.getDates(first, from, until).stream().filter(start -> start.isBefore(until)).toList();
    }

    /** The moment a local start is in the series' zone: a time the spring change skips is moved an hour on. */
    static ZonedDateTime inZone(LocalDateTime local) {
        return ZonedDateTime.ofLocal(local, ZONE, null);
    }

    private void requireOneADay() {
        Set<LocalDate> days = new HashSet<>();
        for (LocalDateTime start : startsBetween(first, first.plusYears(1))) {
            if (!days.add(start.toLocalDate())) {
                throw refused("A meeting series meets at most once a day; \"" + rule + "\" meets twice on " + start.toLocalDate());
            }
        }
    }

    private static RefusedException refused(String message) {
        return new RefusedException(422, message);
    }
}
