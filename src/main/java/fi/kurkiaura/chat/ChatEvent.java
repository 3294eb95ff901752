package fi.kurkiaura.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * One entry of a conversation's log, numbered by its per-conversation sequence: a message, or a
 * later change to one. Clients that resume ask for everything after the last sequence they have.
 */
@Entity
@Table(name = "chat_event")
public class ChatEvent {

    /** What happened. */
    public enum Kind { MESSAGE, EDIT, DELETE, REACTION }

    /** From a sequence in blocks (db/migration V7), so that the messages of one group commit are inserted as one batch. */
    @Id
    @SequenceGenerator(name = "chat_event_id", sequenceName = "chat_event_ids", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "chat_event_id")
    private Long id;

    @Column(name = "conversation_id", nullable = false)
    private long conversationId;

    @Column(nullable = false)
    private long seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "client_id", length = 64)
    private String clientId;

    @Column(name = "message_seq")
    private Long messageSeq;

    @Column(length = 16000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "reaction_removed", nullable = false)
    private boolean reactionRemoved;

    protected ChatEvent() {
    }

    static ChatEvent message(long conversationId, long seq, long authorId, String clientId, String text, Instant at) {
        ChatEvent event = new ChatEvent();
        event.conversationId = conversationId;
        event.seq = seq;
        event.kind = Kind.MESSAGE;
        event.authorId = authorId;
        event.clientId = clientId;
        event.body = text;
        event.createdAt = at;
        return event;
    }

    /** A change to the message with sequence {@code messageSeq}: its new text, its deletion, or a reaction to it. */
    static ChatEvent change(long conversationId, long seq, Kind kind, long actorId, long messageSeq, String body, boolean reactionRemoved, Instant at) {
        ChatEvent event = new ChatEvent();
        event.conversationId = conversationId;
        event.seq = seq;
        event.kind = kind;
        event.authorId = actorId;
        event.messageSeq = messageSeq;
        event.body = body;
        event.reactionRemoved = reactionRemoved;
        event.createdAt = at;
        return event;
    }

    /** Deleting a message removes its text (and that of its edits) from the log; the events stay, so sequences have no gaps. */
    void eraseText() {
        body = null;
    }

    /** For a reaction: whether it takes the emoji back. */
    public boolean reactionRemoved() {
        return reactionRemoved;
    }

    public long conversationId() {
        return conversationId;
    }

    public long seq() {
        return seq;
    }

    public Kind kind() {
        return kind;
    }

    /** Empty for a deleted account's content. */
    public Optional<Long> authorId() {
        return Optional.ofNullable(authorId);
    }

    public Optional<String> clientId() {
        return Optional.ofNullable(clientId);
    }

    public Optional<Long> messageSeq() {
        return Optional.ofNullable(messageSeq);
    }

    /** Empty when the content was removed. */
    public Optional<String> body() {
        return Optional.ofNullable(body);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
