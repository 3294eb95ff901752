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
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a meeting agreed that someone does by a date: its owner is a person listed in the graph or an
 * organisation. It comes back on the agenda of the series' later meetings until it is done.
 */
@Entity
@Table(name = "action_item")
public class ActionItem {

    static final int MAX_WHAT = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @ManyToOne
    @JoinColumn(name = "agenda_item_id")
    private AgendaItem agendaItem;

    @Column(nullable = false, length = MAX_WHAT)
    private String what;

    @Column(name = "owner_iri", nullable = false, length = 2000)
    private String ownerIri;

    @Column(nullable = false)
    private LocalDate due;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ActionItem() {
    }

    ActionItem(Meeting meeting, AgendaItem agendaItem, String what, String ownerIri, LocalDate due, long createdBy, Instant createdAt) {
        this.meeting = meeting;
        this.agendaItem = agendaItem;
        this.what = what;
        this.ownerIri = ownerIri;
        this.due = due;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    /** The meeting that agreed it. */
    Meeting meeting() {
        return meeting;
    }

    Optional<AgendaItem> agendaItem() {
        return Optional.ofNullable(agendaItem);
    }

    String what() {
        return what;
    }

    String ownerIri() {
        return ownerIri;
    }

    LocalDate due() {
        return due;
    }

    Optional<Instant> doneAt() {
        return Optional.ofNullable(doneAt);
    }

    void markDone(Instant when) {
        this.doneAt = when;
    }

    void reopen() {
        this.doneAt = null;
    }
}
