package fi.kurkiaura.chat;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** An account kept out of a conversation by its moderators: it cannot join again until unbanned. */
@Entity
@Table(name = "conversation_ban")
public class Ban {

    @EmbeddedId
    private ConversationMember.Key key;

    @Column(name = "banned_by")
    private Long bannedBy;

    @Column(length = 500)
    private String reason;

    @Column(name = "banned_at", nullable = false)
    private Instant bannedAt;

    protected Ban() {
    }

    Ban(long conversationId, long accountId, long bannedBy, String reason, Instant bannedAt) {
        this.key = new ConversationMember.Key(conversationId, accountId);
        this.bannedBy = bannedBy;
        this.reason = reason;
        this.bannedAt = bannedAt;
    }
}
