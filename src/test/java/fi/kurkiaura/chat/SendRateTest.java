package fi.kurkiaura.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.kurkiaura.testing.SettableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SendRateTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final SendRate rate = new SendRate();

    SendRateTest() {
        rate.perMinute = 30;
        rate.burst = 3;
        rate.clock = clock;
    }

    @Test
    void allowsABurstThenRefusesUntilTheBucketRefills() {
        for (int i = 0; i < 3; i++) {
            rate.take(1);
        }
        ChatRefusedException refused = assertThrows(ChatRefusedException.class, () -> rate.take(1));
        assertEquals("rate-limited", refused.code());
        assertEquals(429, refused.status());

        clock.advance(Duration.ofSeconds(2));
        rate.take(1);
        assertThrows(ChatRefusedException.class, () -> rate.take(1));
    }

    @Test
    void countsEachAccountApart() {
        for (int i = 0; i < 3; i++) {
            rate.take(1);
        }
        rate.take(2);
    }
}
