package fi.kurkiaura.coordination;

import fi.kurkiaura.platform.RefusedException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The values the coordination API reads from requests and writes back, each refused with a 400 that says what it should be. */
final class RequestValues {

    private RequestValues() {
    }

    /** The network a request names with {@code ?network=}, which it must. */
    static String network(String network) {
        if (network == null || network.isBlank()) {
            throw new RefusedException(400, "Name the network: ?network=https://kurkiaura.fi/id/network/…");
        }
        return network.strip();
    }

    /** A local Helsinki time, or the Helsinki time of a moment given with its offset; empty when absent. */
    static Optional<LocalDateTime> time(String name, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text.strip()));
        } catch (DateTimeParseException notLocal) {
            try {
                return Optional.of(OffsetDateTime.parse(text.strip()).atZoneSameInstant(Recurrence.ZONE).toLocalDateTime());
            } catch (DateTimeParseException e) {
                throw new RefusedException(400, "\"" + name + "\" is not a date and time such as 2027-01-01T10:00: " + text);
            }
        }
    }

    static LocalDateTime requiredTime(String name, String text) {
        return time(name, text).orElseThrow(() -> new RefusedException(400, "\"" + name + "\" is missing: a date and time such as 2027-01-01T10:00"));
    }

    /** A date; empty when absent. */
    static Optional<LocalDate> date(String name, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw new RefusedException(400, "\"" + name + "\" is a date such as 2027-01-31: " + text);
        }
    }

    static YearMonth month(String text) {
        try {
            return YearMonth.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new RefusedException(400, "\"month\" is a year and a month such as 2027-03");
        }
    }

    /** Where a meeting is held, from a request's "location" and "online" (blank ones are absent). */
    static Place place(String location, String online) {
        return new Place(Optional.ofNullable(blankToNull(location)), Optional.ofNullable(blankToNull(online)));
    }

    /** A local time as the API writes it ("2027-01-01T10:00:00"). */
    static String local(LocalDateTime time) {
        return time.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
