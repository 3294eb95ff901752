package fi.kurkiaura.bot;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A question the bot was asked and what it answered, kept for the coordinators' review. Who asked
 * is not kept. The asker's feedback is matched by an unguessable token, not by the row's id.
 */
@Entity
@Table(name = "bot_question")
public class AskedQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 36)
    private String token;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @Column(nullable = false, length = 2)
    private String lang;

    @Column(nullable = false, length = 2000)
    private String text;

    @Column(nullable = false)
    private boolean fallback;

    @Column(name = "best_score")
    private Double bestScore;

    /** The IRIs answered, best first, separated by spaces. */
    @Column(length = 2000)
    private String answers;

    private Boolean helpful;

    @Column(name = "feedback_at")
    private Instant feedbackAt;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reviewed_by")
    private Long reviewedBy;

    protected AskedQuestion() {
    }

    AskedQuestion(String token, Instant askedAt, String text, Routing routing) {
        this.token = token;
        this.askedAt = askedAt;
        this.text = text;
        this.lang = routing.lang();
        this.fallback = routing.fallback();
        this.bestScore = routing.answers().stream().mapToDouble(Routing.Answer::score).max().stream().boxed().findFirst().orElse(null);
        this.answers = String.join(" ", routing.answers().stream().map(Routing.Answer::iri).toList());
    }

    void feedback(boolean wasHelpful, Instant at) {
        helpful = wasHelpful;
        feedbackAt = at;
    }

    void reviewed(long coordinatorId, Instant at) {
        reviewedBy = coordinatorId;
        reviewedAt = at;
    }

    public Long id() {
        return id;
    }

    public Instant askedAt() {
        return askedAt;
    }

    public String lang() {
        return lang;
    }

    public String text() {
        return text;
    }

    public boolean fallback() {
        return fallback;
    }

    public Optional<Double> bestScore() {
        return Optional.ofNullable(bestScore);
    }

    public List<String> answers() {
        return answers == null || answers.isBlank() ? List.of() : Arrays.asList(answers.split(" "));
    }

    public Optional<Boolean> helpful() {
        return Optional.ofNullable(helpful);
    }
}
