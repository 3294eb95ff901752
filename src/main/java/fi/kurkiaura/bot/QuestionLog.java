package fi.kurkiaura.bot;

import fi.kurkiaura.platform.RefusedException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The questions the bot was asked, for coordinators to see what it does not know: each question
 * with its answers and the asker's thumbs up or down. Who asked is not recorded; still, people
 * write personal things into questions, so a question is deleted {@value #KEPT_DAYS} days after it
 * was asked.
 */
@ApplicationScoped
public class QuestionLog {

    /** Answers below this confidence are worth a coordinator's look even when given. */
    static final double REVIEW_BELOW = 0.6;
    static final int KEPT_DAYS = 180;

    private static final Logger LOG = Logger.getLogger(QuestionLog.class.getName());

    @PersistenceContext(unitName = "kurkiaura")
    EntityManager entityManager;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** This bean through its container proxy, so that the scheduled deletion runs in a transaction. */
    @Inject
    QuestionLog self;

    Clock clock = Clock.systemUTC();

    private ScheduledFuture<?> forgetting;

    @PostConstruct
    void startForgetting() {
        forgetting = scheduler.scheduleWithFixedDelay(() -> self.forgetOld(), 1, 24, TimeUnit.HOURS);
    }

    @PreDestroy
    void stopForgetting() {
        forgetting.cancel(false);
    }

    /** Keeps a question and its answers; returns the token its asker gives feedback with. */
    @Transactional
    public String record(String text, Routing routing) {
        String token = UUID.randomUUID().toString();
        entityManager.persist(new AskedQuestion(token, clock.instant(), text, routing));
        return token;
    }

    /** The asker's thumbs up ({@code helpful}) or down; a second vote replaces the first. */
    @Transactional
    public void feedback(String token, boolean helpful) {
        List<AskedQuestion> asked = entityManager.createQuery("SELECT q FROM AskedQuestion q WHERE q.token = :token", AskedQuestion.class)
                .setParameter("token", token).getResultList();
        if (asked.isEmpty()) {
            throw new RefusedException(404, "No such question; feedback is possible for " + KEPT_DAYS + " days after asking");
        }
        asked.getFirst().feedback(helpful, clock.instant());
    }

    /** What coordinators should look at, newest first: questions not answered, answered with low confidence, or thumbed down, not yet reviewed. */
    public List<AskedQuestion> toReview(int limit) {
        return entityManager.createQuery("SELECT q FROM AskedQuestion q WHERE q.reviewedAt IS NULL "
                        + "AND (q.fallback = TRUE OR q.bestScore < :low OR q.helpful = FALSE) ORDER BY q.askedAt DESC, q.id DESC", AskedQuestion.class)
                .setParameter("low", REVIEW_BELOW).setMaxResults(limit).getResultList();
    }

    @Transactional
    public void reviewed(long id, long coordinatorId) {
        AskedQuestion asked = entityManager.find(AskedQuestion.class, id);
        if (asked == null) {
            throw new RefusedException(404, "No question " + id + " to review");
        }
        asked.reviewed(coordinatorId, clock.instant());
    }

    /** Public, as a method called through {@link #self} must be for its transaction (Weld left a package-private one without). */
    @Transactional
    public void forgetOld() {
        try {
            int forgotten = entityManager.createQuery("DELETE FROM AskedQuestion q WHERE q.askedAt < :before")
                    .setParameter("before", clock.instant().minus(Duration.ofDays(KEPT_DAYS))).executeUpdate();
            if (forgotten > 0) {
                LOG.info(() -> "Deleted " + forgotten + " bot questions older than " + KEPT_DAYS + " days");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Deleting old bot questions failed; trying again tomorrow", e);
        }
    }
}
