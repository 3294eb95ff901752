package fi.kurkiaura.coordination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/** An item on a meeting's agenda: proposed by a member, placed by the host, with its minutes and decision. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem {

    static final int MAX_TITLE = 300;
    static final int MAX_DETAILS = 2000;
    static final int MAX_MINUTES = 10_000;
    static final int MAX_DECISION = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(length = MAX_DETAILS)
    private String details;

    @Column(name = "proposed_by")
    private Long proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(length = MAX_MINUTES)
    private String minutes;

    @Column(length = MAX_DECISION)
    private String decision;

    @Version
    private long version;

    protected AgendaItem() {
    }

    AgendaItem(Meeting meeting, int position, String title, String details, long proposedBy, Instant proposedAt) {
        this.meeting = meeting;
        this.position = position;
        this.title = title;
        this.details = details;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    public Long id() {
        return id;
    }

    Meeting meeting() {
        return meeting;
    }

    int position() {
        return position;
    }

    String title() {
        return title;
    }

    Optional<String> details() {
        return Optional.ofNullable(details);
    }

    Optional<String> minutes() {
        return Optional.ofNullable(minutes);
    }

    Optional<String> decision() {
        return Optional.ofNullable(decision);
    }

    void placeAt(int newPosition) {
        this.position = newPosition;
    }

    void rename(String newTitle, String newDetails) {
        this.title = newTitle;
        this.details = newDetails;
    }

    void record(String newMinutes, String newDecision) {
        this.minutes = newMinutes;
        this.decision = newDecision;
    }
}
