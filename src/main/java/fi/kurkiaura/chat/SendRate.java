package fi.kurkiaura.chat;

import fi.kurkiaura.platform.TokenBuckets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How fast one account may write (messages, edits, reactions): a token bucket per account on each
 * node, {@code KURKIAURA_CHAT_MESSAGES_PER_MINUTE} (default 30) with bursts of up to
 * {@code KURKIAURA_CHAT_BURST} (default 10). Past it, writes are refused with 429 / "rate-limited"
 * until the bucket refills.
 */
@ApplicationScoped
public class SendRate {

    @Inject
    @ConfigProperty(name = "kurkiaura.chat.messages-per-minute", defaultValue = "30")
    int perMinute;

    @Inject
    @ConfigProperty(name = "kurkiaura.chat.burst", defaultValue = "10")
    int burst;

    Clock clock = Clock.systemUTC();

    private final TokenBuckets<Long> buckets = new TokenBuckets<>(100_000);

    /** Takes one write from the account's allowance, or refuses it. */
    public void take(long accountId) {
        buckets.take(accountId, clock.millis(), perMinute, burst).ifPresent(waitSeconds -> {
            throw new ChatRefusedException("rate-limited", 429, "Too many messages; wait " + waitSeconds + " s");
        });
    }
}
