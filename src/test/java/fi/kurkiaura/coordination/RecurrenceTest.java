package fi.kurkiaura.coordination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.platform.RefusedException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

    private static final LocalDateTime NEW_YEAR_2027 = LocalDateTime.of(2027, 1, 1, 10, 0);

    @Test
    void theFirstFridayOfEveryMonth() {
        Recurrence firstFridays = Recurrence.of("FREQ=MONTHLY;BYDAY=1FR", NEW_YEAR_2027);
        assertEquals(List.of(NEW_YEAR_2027, LocalDateTime.of(2027, 2, 5, 10, 0), LocalDateTime.of(2027, 3, 5, 10, 0), LocalDateTime.of(2027, 4, 2, 10, 0)),
                firstFridays.startsBetween(NEW_YEAR_2027, NEW_YEAR_2027.plusMonths(4)));
    }

    @Test
    void theFirstMeetingIsTheRulesFirstOnOrAfterTheStart() {
        Recurrence firstFridays = Recurrence.of("RRULE:FREQ=MONTHLY;BYDAY=1FR", LocalDateTime.of(2027, 1, 10, 10, 0));
        assertEquals(LocalDateTime.of(2027, 2, 5, 10, 0), firstFridays.first());
        assertEquals("FREQ=MONTHLY;BYDAY=1FR", firstFridays.rule());
    }

    @Test
    void aMeetingAtTenStaysAtTenWhenTheClocksChange() {
        List<LocalDateTime> starts = Recurrence.of("FREQ=MONTHLY;BYDAY=1FR", NEW_YEAR_2027).startsBetween(LocalDateTime.of(2027, 3, 1, 0, 0), LocalDateTime.of(2027, 5, 1, 0, 0));
        assertEquals(ZoneOffset.ofHours(2), Recurrence.inZone(starts.get(0)).getOffset(), "5 March 2027: winter time");
        assertEquals(ZoneOffset.ofHours(3), Recurrence.inZone(starts.get(1)).getOffset(), "2 April 2027: summer time, from 28 March");
        assertEquals(10, Recurrence.inZone(starts.get(1)).getHour());
        assertEquals(7, Recurrence.inZone(starts.get(1)).withZoneSameInstant(ZoneOffset.UTC).getHour());
        assertEquals(10, Recurrence.inZone(LocalDateTime.of(2027, 11, 5, 10, 0)).getHour(), "November: winter time again");
    }

    @Test
    void aTimeTheSpringChangeSkipsIsMovedAnHourOn() {
        assertEquals(LocalDateTime.of(2027, 3, 28, 4, 30), Recurrence.inZone(LocalDateTime.of(2027, 3, 28, 3, 30)).toLocalDateTime());
    }

    @Test
    void countAndUntilEndTheSeries() {
        assertEquals(3, Recurrence.of("FREQ=MONTHLY;BYDAY=1FR;COUNT=3", NEW_YEAR_2027).startsBetween(NEW_YEAR_2027, NEW_YEAR_2027.plusYears(2)).size());
        assertEquals(3, Recurrence.of("FREQ=MONTHLY;BYDAY=1FR;UNTIL=20270401", NEW_YEAR_2027).startsBetween(NEW_YEAR_2027, NEW_YEAR_2027.plusYears(2)).size());
    }

    @Test
    void refusesRulesThatCannotBeReadOrNeverMeet() {
        assertRefused("garbage", "cannot be read");
        assertRefused("FREQ=MONTHLY;BYDAY=1XX", "cannot be read");
        assertRefused("", "needs a recurrence rule");
        assertRefused("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "produces no meeting");
        assertRefused("FREQ=MONTHLY;BYDAY=1FR;UNTIL=20261201", "produces no meeting");
        assertRefused("FREQ=HOURLY", "too often");
        assertRefused("FREQ=DAILY;BYHOUR=10,14", "at most once a day");
        assertRefused("FREQ=MONTHLY;BYDAY=1FR" + ";BYMONTH=1".repeat(60), "at most 500 characters");
    }

    private static void assertRefused(String rule, String reason) {
        RefusedException refused = assertThrows(RefusedException.class, () -> Recurrence.of(rule, NEW_YEAR_2027));
        assertEquals(422, refused.status());
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }
}
