package fi.kurkiaura.coordination;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CalendarFeedsTest {

    @Test
    void anUntilDateBecomesTheEndOfThatDayInHelsinkiInUtc() {
        assertEquals("FREQ=MONTHLY;UNTIL=20201231T215959Z;BYDAY=1FR", CalendarFeeds.withUtcUntil("FREQ=MONTHLY;UNTIL=20201231;BYDAY=1FR"));
        assertEquals("FREQ=MONTHLY;BYDAY=1FR;UNTIL=20200630T205959Z", CalendarFeeds.withUtcUntil("FREQ=MONTHLY;BYDAY=1FR;UNTIL=20200630"),
                "summer time");
        assertEquals("FREQ=MONTHLY;UNTIL=20201231T100000Z", CalendarFeeds.withUtcUntil("FREQ=MONTHLY;UNTIL=20201231T100000Z"));
        assertEquals("FREQ=MONTHLY;COUNT=3", CalendarFeeds.withUtcUntil("FREQ=MONTHLY;COUNT=3"));
    }
}
