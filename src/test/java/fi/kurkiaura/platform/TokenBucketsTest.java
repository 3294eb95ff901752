package fi.kurkiaura.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private final TokenBuckets<String> buckets = new TokenBuckets<>(2);

    @Test
    void aBurstThenTheWaitUntilTheNextToken() {
        for (int i = 0; i < 3; i++) {
            assertTrue(buckets.take("a", 0, 30, 3).isEmpty());
        }
        assertEquals(OptionalLong.of(2), buckets.take("a", 0, 30, 3), "one token every 2 s at 30 a minute");
        assertTrue(buckets.take("b", 0, 30, 3).isEmpty(), "each key has its own bucket");
        assertTrue(buckets.take("a", 2_000, 30, 3).isEmpty());
        assertEquals(OptionalLong.of(2), buckets.take("a", 2_000, 30, 3));
    }

    @Test
    void pastTheMostKeysAllAreForgottenWhichOnlyLetsMoreThrough() {
        buckets.take("a", 0, 30, 1);
        buckets.take("b", 0, 30, 1);
        buckets.take("c", 0, 30, 1);
        assertTrue(buckets.take("a", 0, 30, 1).isEmpty());
    }
}
