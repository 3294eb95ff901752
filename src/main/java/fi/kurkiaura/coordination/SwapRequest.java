package fi.kurkiaura.coordination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One host's proposal to swap two meetings with another host, and what the other host answered. */
@Entity
@Table(name = "host_swap_request")
public class SwapRequest {

    /** Waiting for the other host, or answered. */
    public enum State { PENDING, ACCEPTED, DECLINED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @ManyToOne(optional = false)
    @JoinColumn(name = "other_meeting_id", nullable = false)
    private Meeting other;

    @Column(name = "proposing_host", nullable = false, length = 2000)
    private String proposingHost;

    @Column(name = "answering_host", nullable = false, length = 2000)
    private String answeringHost;

    @Column(name = "requested_by", nullable = false)
    private long requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private State state = State.PENDING;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected SwapRequest() {
    }

    SwapRequest(Meeting meeting, Meeting other, String proposingHost, String answeringHost, long requestedBy, Instant requestedAt) {
        this.meeting = meeting;
        this.other = other;
        this.proposingHost = proposingHost;
        this.answeringHost = answeringHost;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    public Long id() {
        return id;
    }

    Meeting meeting() {
        return meeting;
    }

    Meeting other() {
        return other;
    }

    String proposingHost() {
        return proposingHost;
    }

    /** The host whose people answer. */
    String answeringHost() {
        return answeringHost;
    }

    State state() {
        return state;
    }

    void decide(State answer, long by, Instant when) {
        this.state = answer;
        this.decidedBy = by;
        this.decidedAt = when;
    }
}
