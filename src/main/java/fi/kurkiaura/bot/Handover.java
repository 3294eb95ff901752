package fi.kurkiaura.bot;

import fi.kurkiaura.chat.StaffRoom;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands a question the bot could not answer to a human: Kurki posts it, with who asked and where,
 * to the coordinators' conversation (the question is at most 2 000 characters, so it fits a message) ({@link StaffRoom}). The same question from the same asker
 * within an hour is not posted again (it is there already); past
 * {@code KURKIAURA_BOT_HANDOVERS_PER_HOUR} (default 30) an hour on this node nothing more is posted,
 * so that the public panel cannot flood the coordinators; those questions still reach the review list.
 */
@ApplicationScoped
public class Handover {

    private static final Logger LOG = Logger.getLogger(Handover.class.getName());
    private static final Duration WINDOW = Duration.ofHours(1);
    private static final int REMEMBERED = 1000;
    private static final long POSTING_SECONDS = 10;

    @Inject
    StaffRoom staffRoom;

    @Inject
    KurkiAccount kurki;

    @Inject
    @ConfigProperty(name = "kurkiaura.bot.handovers-per-hour", defaultValue = "30")
    int perHour;

    Clock clock = Clock.systemUTC();

    private final Deque<Instant> posted = new ArrayDeque<>();
    private final Map<String, Instant> lastPosted = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** Whether the question is now with the coordinators (posted, or posted within the hour before). */
    public boolean toCoordinators(String question, Language language, Asker asker) {
        String key = (asker.known() ? asker.name() : "") + "\n" + question.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Instant now = clock.instant();
        synchronized (this) {
            while (!posted.isEmpty() && posted.peekFirst().isBefore(now.minus(WINDOW))) {
                posted.removeFirst();
            }
            Instant before = lastPosted.get(key);
            if (before != null && before.isAfter(now.minus(WINDOW))) {
                return true;
            }
            if (posted.size() >= perHour) {
                LOG.fine("Handovers are at their hourly limit; the question stays in the review list only");
                return false;
            }
            posted.addLast(now);
            lastPosted.put(key, now);
        }
        try {
            staffRoom.post(kurki.id(), "handover-" + UUID.randomUUID(), message(question, language, asker)).get(POSTING_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return notPosted(key, e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            return notPosted(key, e);
        }
    }

    private boolean notPosted(String key, Exception why) {
        LOG.log(Level.WARNING, "Kurki could not hand a question over to the coordinators; it stays in the review list", why);
        synchronized (this) {
            lastPosted.remove(key);
        }
        return false;
    }

    /** What the coordinators read: in Finnish, the hub's working language, with the question as it was written. */
    static String message(String question, Language language, Asker asker) {
        String who = asker.known()
                ? "Kysyjä: " + asker.name() + " " + asker.where() + ". Vastaa hänelle yksityisviestillä."
                : "Kysyjä ei ollut kirjautunut (" + asker.where() + "), joten hänelle ei voi vastata suoraan; kysymys on myös botin tarkistuslistalla.";
        return "Kysymys, johon en löytänyt vastausta verkostosta (kieli: " + language.code() + "):\n«" + question.strip() + "»\n" + who;
    }
}
