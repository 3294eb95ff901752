package fi.kurkiaura.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A member's report of a message, for the conversation's moderators and the coordinators. */
@Entity
@Table(name = "message_report")
public class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conversation_id", nullable = false)
    private long conversationId;

    @Column(name = "message_seq", nullable = false)
    private long messageSeq;

    @Column(name = "reporter_id")
    private Long reporterId;

    @Column(length = 1000)
    private String reason;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by")
    private Long resolvedBy;

    protected Report() {
    }

    Report(long conversationId, long messageSeq, long reporterId, String reason, Instant reportedAt) {
        this.conversationId = conversationId;
        this.messageSeq = messageSeq;
        this.reporterId = reporterId;
        this.reason = reason;
        this.reportedAt = reportedAt;
    }

    void resolve(long moderatorId, Instant at) {
        resolvedBy = moderatorId;
        resolvedAt = at;
    }

    public Long id() {
        return id;
    }

    public long conversationId() {
        return conversationId;
    }

    public long messageSeq() {
        return messageSeq;
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public Instant reportedAt() {
        return reportedAt;
    }
}
