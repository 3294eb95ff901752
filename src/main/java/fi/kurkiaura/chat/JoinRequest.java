package fi.kurkiaura.chat;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** Someone asking to join a peer group, waiting for its facilitator's answer. */
@Entity
@Table(name = "join_request")
public class JoinRequest {

    @EmbeddedId
    private ConversationMember.Key key;

    @Column(length = 500)
    private String message;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    protected JoinRequest() {
    }

    JoinRequest(long conversationId, long accountId, String message, Instant requestedAt) {
        this.key = new ConversationMember.Key(conversationId, accountId);
        this.message = message;
        this.requestedAt = requestedAt;
    }

    public long accountId() {
        return key.accountId();
    }

    public Optional<String> message() {
        return Optional.ofNullable(message);
    }

    public Instant requestedAt() {
        return requestedAt;
    }
}
