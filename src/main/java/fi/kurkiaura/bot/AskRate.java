package fi.kurkiaura.bot;

import fi.kurkiaura.platform.RefusedException;
import fi.kurkiaura.platform.TokenBuckets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How fast one client address may ask the bot over REST, logged in or not: a token bucket per
 * address on each node, {@code KURKIAURA_BOT_QUESTIONS_PER_MINUTE} (default 30) with bursts of up
 * to {@code KURKIAURA_BOT_QUESTION_BURST} (default 10); past it, 429. Behind a proxy every client
 * has the proxy's address, so set the limits for the whole of them there. Questions to Kurki in the
 * chat are held back by the chat's own limit.
 */
@ApplicationScoped
public class AskRate {

    @Inject
    @ConfigProperty(name = "kurkiaura.bot.questions-per-minute", defaultValue = "30")
    int perMinute;

    @Inject
    @ConfigProperty(name = "kurkiaura.bot.question-burst", defaultValue = "10")
    int burst;

    Clock clock = Clock.systemUTC();

    private final TokenBuckets<String> buckets = new TokenBuckets<>(100_000);

    /** Takes one question from the address's allowance, or refuses it with 429. */
    public void take(String address) {
        buckets.take(address, clock.millis(), perMinute, burst).ifPresent(waitSeconds -> {
            throw new RefusedException(429, "Too many questions from your address; ask again in " + waitSeconds + " s");
        });
    }
}
