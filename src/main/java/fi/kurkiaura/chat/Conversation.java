package fi.kurkiaura.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A room, peer group or direct conversation in which members write messages. */
@Entity
public class Conversation {

    public static final int MAX_TITLE_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ConversationKind kind;

    @Column(nullable = false, length = MAX_TITLE_LENGTH)
    private String title;

    @Column(name = "about_iri", length = 2000)
    private String aboutIri;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "direct_key", length = 64)
    private String directKey;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Column(name = "slow_mode_seconds", nullable = false)
    private int slowModeSeconds;

    protected Conversation() {
    }

    public Conversation(ConversationKind kind, String title, String aboutIri, Instant createdAt) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.title = Objects.requireNonNull(title, "title").strip();
        if (this.title.isEmpty() || this.title.length() > MAX_TITLE_LENGTH) {
            throw new IllegalArgumentException("A conversation title has 1 to " + MAX_TITLE_LENGTH + " characters");
        }
        this.aboutIri = aboutIri;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public Long id() {
        return id;
    }

    public ConversationKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    /** The graph resource the conversation is about, if any. */
    public Optional<String> aboutIri() {
        return Optional.ofNullable(aboutIri);
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** A direct conversation between two accounts, named by both. */
    static Conversation direct(long first, long second, String title, Instant createdAt) {
        Conversation direct = new Conversation(ConversationKind.DIRECT, title, null, createdAt);
        direct.directKey = directKey(first, second);
        return direct;
    }

    /** In a direct conversation, the other one of the two. */
    java.util.Optional<Long> directPartnerOf(long accountId) {
        if (kind != ConversationKind.DIRECT || directKey == null) {
            return java.util.Optional.empty();
        }
        String[] both = directKey.split(":");
        long first = Long.parseLong(both[0]);
        long second = Long.parseLong(both[1]);
        return accountId == first ? java.util.Optional.of(second) : accountId == second ? java.util.Optional.of(first) : java.util.Optional.empty();
    }

    static String directKey(long first, long second) {
        return Math.min(first, second) + ":" + Math.max(first, second);
    }

    /** A peer group ends (and becomes read-only) at {@code endsAt}, if it has one. */
    void endAt(Instant end) {
        this.endsAt = end;
    }

    /** Seconds a member waits between messages (0: no slow mode); moderators are exempt. */
    public int slowModeSeconds() {
        return slowModeSeconds;
    }

    void slowDownTo(int seconds) {
        slowModeSeconds = seconds;
    }

    public Optional<Instant> endsAt() {
        return Optional.ofNullable(endsAt);
    }

    /** The last sequence number given to an event of this conversation (0: none yet). */
    public long lastSeq() {
        return lastSeq;
    }

    /** The next sequence number; call with the conversation's row locked, in the transaction that stores the event. */
    long nextSeq() {
        return ++lastSeq;
    }
}
