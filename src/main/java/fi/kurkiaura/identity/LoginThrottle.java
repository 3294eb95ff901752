package fi.kurkiaura.identity;

import fi.kurkiaura.platform.RefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits failed logins per client address, whatever account they try, so that guessing across
 * many accounts is slow too. The per-account lockout is in {@link Accounts}. Counts are kept in
 * memory on each node: a restart forgets them, the account lockouts (in the database) stay.
 */
@ApplicationScoped
public class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int MAX_ADDRESSES = 10_000;

    @Inject
    @ConfigProperty(name = "kurkiaura.login.max-failures-per-address", defaultValue = "20")
    int maxFailuresPerAddress;

    Clock clock = Clock.systemUTC();

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    /** 429 if this address failed too often within the window. */
    public void checkAllowed(String address) {
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return;
        }
        synchronized (recent) {
            Instant cutoff = clock.instant().minus(WINDOW);
            while (!recent.isEmpty() && recent.peekFirst().isBefore(cutoff)) {
                recent.pollFirst();
            }
            if (recent.size() >= maxFailuresPerAddress) {
                throw new RefusedException(429, "Too many failed logins from your address; wait " + WINDOW.toMinutes() + " minutes");
            }
        }
    }

    public void failed(String address) {
        if (failures.size() >= MAX_ADDRESSES) {
            failures.clear();
        }
        Deque<Instant> recent = failures.computeIfAbsent(address, key -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(clock.instant());
        }
    }
}
