package fi.kurkiaura.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SendRateTest {

    private Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final SendRate rate = new SendRate();

    SendRateTest() {
        rate.perMinute = 30;
        rate.burst = 3;
        rate.clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    @Test
    void allowsABurstThenRefusesUntilTheBucketRefills() {
        for (int i = 0; i < 3; i++) {
            rate.take(1);
        }
        ChatRefusedException refused = assertThrows(ChatRefusedException.class, () -> rate.take(1));
        assertEquals("rate-limited", refused.code());
        assertEquals(429, refused.status());

        now = now.plus(Duration.ofSeconds(2));
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
