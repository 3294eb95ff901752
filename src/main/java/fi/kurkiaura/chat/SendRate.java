package fi.kurkiaura.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    /** Tokens left and when they were last counted. */
    private static final class Bucket {
        double tokens;
        long countedAtMillis;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.countedAtMillis = now;
        }
    }

    /** Takes one write from the account's allowance, or refuses it. */
    public void take(long accountId) {
        long now = clock.millis();
        if (buckets.size() > 100_000) {
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(accountId, key -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.countedAtMillis) * perMinute / 60_000.0);
            bucket.countedAtMillis = now;
            if (bucket.tokens < 1) {
                long waitSeconds = (long) Math.ceil((1 - bucket.tokens) * 60.0 / perMinute);
                throw new ChatRefusedException("rate-limited", 429, "Too many messages; wait " + waitSeconds + " s");
            }
            bucket.tokens -= 1;
        }
    }
}
