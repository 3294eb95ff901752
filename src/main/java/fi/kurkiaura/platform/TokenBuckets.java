package fi.kurkiaura.platform;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets by key (an account, a client address): each key may take up to {@code burst} at
 * once, refilled at {@code perMinute}. Kept in memory on each node; past {@code maxKeys} keys all
 * are forgotten at once, which only ever lets more through.
 */
public final class TokenBuckets<K> {

    private final int maxKeys;
    private final Map<K, Bucket> buckets = new ConcurrentHashMap<>();

    /** Tokens left and when they were last counted. */
    private static final class Bucket {
        double tokens;
        long countedAtMillis;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.countedAtMillis = now;
        }
    }

    public TokenBuckets(int maxKeys) {
        this.maxKeys = maxKeys;
    }

    /** Takes one token for {@code key} at {@code nowMillis}; when there is none, the whole seconds until there is. */
    public OptionalLong take(K key, long nowMillis, int perMinute, int burst) {
        if (buckets.size() > maxKeys) {
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(key, ignored -> new Bucket(burst, nowMillis));
        synchronized (bucket) {
            bucket.tokens = Math.min(burst, bucket.tokens + (nowMillis - bucket.countedAtMillis) * perMinute / 60_000.0);
            bucket.countedAtMillis = nowMillis;
            if (bucket.tokens < 1) {
                return OptionalLong.of((long) Math.ceil((1 - bucket.tokens) * 60.0 / perMinute));
            }
            bucket.tokens -= 1;
            return OptionalLong.empty();
        }
    }
}
