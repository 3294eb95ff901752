package fi.kurkiaura.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** An account's place in a conversation: member or moderator, since when, read up to which sequence. */
@Entity
@Table(name = "conversation_member")
public class ConversationMember {

    /** A member's role in one conversation. */
    public enum Role { MEMBER, MODERATOR }

    /** The key: which conversation, which account. */
    @Embeddable
    public record Key(@Column(name = "conversation_id") long conversationId, @Column(name = "account_id") long accountId) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Column(name = "read_seq", nullable = false)
    private long readSeq;

    @Column(name = "muted_until")
    private Instant mutedUntil;

    protected ConversationMember() {
    }

    ConversationMember(long conversationId, long accountId, Role role, Instant joinedAt) {
        this.key = new Key(conversationId, accountId);
        this.role = role;
        this.joinedAt = joinedAt;
    }

    public long conversationId() {
        return key.conversationId();
    }

    public long accountId() {
        return key.accountId();
    }

    public Role role() {
        return role;
    }

    public long readSeq() {
        return readSeq;
    }

    /** Whether the member may not write at {@code now}. */
    public boolean isMutedAt(Instant now) {
        return mutedUntil != null && now.isBefore(mutedUntil);
    }

    void muteUntil(Instant until) {
        mutedUntil = until;
    }

    /** Moves the read marker forward to {@code seq}; it never goes back. */
    void readUpTo(long seq) {
        readSeq = Math.max(readSeq, seq);
    }
}
