package fi.kurkiaura.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Who belongs to which conversation. Rooms are open to anyone logged in; peer groups and direct messages are closed. */
@ApplicationScoped
public class Memberships {

    @PersistenceContext(unitName = "kurkiaura")
    EntityManager entityManager;

    Clock clock = Clock.systemUTC();

    public boolean isMember(long conversationId, long accountId) {
        return entityManager.find(ConversationMember.class, new ConversationMember.Key(conversationId, accountId)) != null;
    }

    public boolean isModerator(long conversationId, long accountId) {
        ConversationMember member = entityManager.find(ConversationMember.class, new ConversationMember.Key(conversationId, accountId));
        return member != null && member.role() == ConversationMember.Role.MODERATOR;
    }

    public boolean isBanned(long conversationId, long accountId) {
        return entityManager.find(Ban.class, new ConversationMember.Key(conversationId, accountId)) != null;
    }

    /** 403 for an account its moderators banned from the conversation. */
    void refuseIfBanned(long conversationId, long accountId) {
        if (isBanned(conversationId, accountId)) {
            throw new ChatRefusedException("banned", 403, "You are banned from conversation " + conversationId);
        }
    }

    /** Refuses writing by a muted member, and (slow mode) a message sooner than the conversation allows after one's last. */
    void refuseIfHeldBack(Conversation conversation, long accountId, boolean newMessage) {
        ConversationMember member = entityManager.find(ConversationMember.class, new ConversationMember.Key(conversation.id(), accountId));
        java.time.Instant now = clock.instant();
        if (member.isMutedAt(now)) {
            throw new ChatRefusedException("muted", 403, "A moderator has muted you in this conversation for a while");
        }
        if (newMessage && conversation.slowModeSeconds() > 0 && member.role() != ConversationMember.Role.MODERATOR) {
            java.time.Instant last = entityManager.createQuery("SELECT MAX(e.createdAt) FROM ChatEvent e WHERE e.conversationId = :conversation"
                    + " AND e.authorId = :author AND e.kind = :message", java.time.Instant.class)
                    .setParameter("conversation", conversation.id()).setParameter("author", accountId).setParameter("message", ChatEvent.Kind.MESSAGE)
                    .getSingleResult();
            if (last != null && now.isBefore(last.plusSeconds(conversation.slowModeSeconds()))) {
                long wait = java.time.Duration.between(now, last.plusSeconds(conversation.slowModeSeconds())).toSeconds() + 1;
                throw new ChatRefusedException("slow-mode", 429, "Slow mode: one message every " + conversation.slowModeSeconds() + " s; wait " + wait + " s");
            }
        }
    }

    /** 404 for a conversation that does not exist, 403 for one the account is not in; the same answer leaks nothing else. */
    public void requireMember(long conversationId, long accountId) {
        if (!isMember(conversationId, accountId)) {
            throw notAMember(conversationId, entityManager.find(Conversation.class, conversationId) != null);
        }
    }

    static ChatRefusedException notAMember(long conversationId, boolean exists) {
        return exists ? new ChatRefusedException("not-a-member", 403, "You are not a member of conversation " + conversationId)
                : new ChatRefusedException("no-such-conversation", 404, "No conversation " + conversationId);
    }

    /** Joins a room; joining one that one is in already changes nothing. Peer groups and direct messages cannot be joined this way. */
    @Transactional
    public ConversationMember joinRoom(long conversationId, long accountId) {
        Conversation conversation = entityManager.find(Conversation.class, conversationId);
        if (conversation == null) {
            throw new ChatRefusedException("no-such-conversation", 404, "No conversation " + conversationId);
        }
        if (conversation.kind() != ConversationKind.ROOM) {
            throw new ChatRefusedException("closed-conversation", 403, "Conversation " + conversationId + " is closed: it is joined by invitation or approval");
        }
        refuseIfBanned(conversationId, accountId);
        return add(conversationId, accountId, ConversationMember.Role.MEMBER);
    }

    @Transactional
    public ConversationMember add(long conversationId, long accountId, ConversationMember.Role role) {
        ConversationMember existing = entityManager.find(ConversationMember.class, new ConversationMember.Key(conversationId, accountId));
        if (existing != null) {
            return existing;
        }
        ConversationMember member = new ConversationMember(conversationId, accountId, role, clock.instant());
        entityManager.persist(member);
        return member;
    }

    /** Marks the conversation read up to {@code seq} (at most its last sequence); returns the marker. */
    @Transactional
    public long markRead(long conversationId, long accountId, long seq) {
        requireMember(conversationId, accountId);
        ConversationMember member = entityManager.find(ConversationMember.class, new ConversationMember.Key(conversationId, accountId));
        member.readUpTo(Math.min(seq, entityManager.find(Conversation.class, conversationId).lastSeq()));
        return member.readSeq();
    }

    /** One conversation as a member sees it in a list: how many messages by others came after the read marker. */
    public record Overview(Conversation conversation, boolean member, long readSeq, long unread, ConversationMember.Role role, boolean requested) {

        public Overview(Conversation conversation, boolean member, long readSeq, long unread, ConversationMember.Role role) {
            this(conversation, member, readSeq, unread, role, false);
        }
    }

    /**
     * The account's conversations with their unread counts, then the rooms it may join, then the
     * peer groups it may ask to join (not ended, not banned from), saying which it has asked already.
     */
    public List<Overview> overview(long accountId) {
        List<Overview> mine = entityManager.createQuery(
                "SELECT c, m.readSeq, m.role, (SELECT COUNT(e) FROM ChatEvent e WHERE e.conversationId = c.id AND e.kind = :message AND e.seq > m.readSeq"
                        + " AND (e.authorId IS NULL OR e.authorId <> :account))"
                        + " FROM Conversation c, ConversationMember m WHERE m.key.conversationId = c.id AND m.key.accountId = :account ORDER BY c.id",
                        Object[].class)
                .setParameter("account", accountId).setParameter("message", ChatEvent.Kind.MESSAGE).getResultList().stream()
                .map(row -> new Overview((Conversation) row[0], true, (Long) row[1], (Long) row[3], (ConversationMember.Role) row[2])).toList();
        List<Long> mineIds = mine.stream().map(overview -> overview.conversation().id()).toList();
        List<Long> asked = entityManager.createQuery("SELECT r.key.conversationId FROM JoinRequest r WHERE r.key.accountId = :account", Long.class)
                .setParameter("account", accountId).getResultList();
        List<Conversation> peerGroups = entityManager.createQuery("SELECT c FROM Conversation c WHERE c.kind = :peerGroup"
                        + " AND (c.endsAt IS NULL OR c.endsAt > :now)"
                        + " AND c.id NOT IN (SELECT b.key.conversationId FROM Ban b WHERE b.key.accountId = :account) ORDER BY c.id", Conversation.class)
                .setParameter("peerGroup", ConversationKind.PEER_GROUP).setParameter("now", clock.instant()).setParameter("account", accountId)
                .getResultList();
        return Stream.of(mine.stream(),
                rooms().stream().filter(room -> !mineIds.contains(room.id())).map(room -> new Overview(room, false, 0, 0, null)),
                peerGroups.stream().filter(group -> !mineIds.contains(group.id()))
                        .map(group -> new Overview(group, false, 0, 0, null, asked.contains(group.id()))))
                .flatMap(overviews -> overviews).toList();
    }

    /**
     * The members a text mentions: "@" followed by a member's display name (case does not matter),
     * the longest name winning, as in "@Olli Ohjaaja, katso tämä".
     */
    public Set<Long> mentionedIn(long conversationId, String text) {
        if (text.indexOf('@') < 0) {
            return Set.of();
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        List<Object[]> members = entityManager.createQuery("SELECT a.id, a.displayName FROM Account a WHERE a.id IN "
                + "(SELECT m.key.accountId FROM ConversationMember m WHERE m.key.conversationId = :conversation)", Object[].class)
                .setParameter("conversation", conversationId).getResultList();
        Set<Long> mentioned = new java.util.HashSet<>();
        for (Object[] member : members) {
            if (mentions(lower, ((String) member[1]).toLowerCase(java.util.Locale.ROOT))) {
                mentioned.add((Long) member[0]);
            }
        }
        return mentioned;
    }

    /** Whether a text (in lower case) has "@" and the name (in lower case), the name not going on as a longer word. */
    static boolean mentions(String lowerText, String lowerName) {
        int at = lowerText.indexOf("@" + lowerName);
        while (at >= 0) {
            int end = at + 1 + lowerName.length();
            if (end == lowerText.length() || !Character.isLetterOrDigit(lowerText.charAt(end))) {
                return true;
            }
            at = lowerText.indexOf("@" + lowerName, at + 1);
        }
        return false;
    }

    /** A member as other members see them in a list. */
    public record Member(long accountId, String displayName, ConversationMember.Role role) {
    }

    /** The members of a conversation; only its members may see them. */
    public List<Member> members(long conversationId, long readerId) {
        requireMember(conversationId, readerId);
        return entityManager.createQuery("SELECT m.key.accountId, a.displayName, m.role FROM ConversationMember m, Account a "
                + "WHERE a.id = m.key.accountId AND m.key.conversationId = :conversation ORDER BY a.displayName", Object[].class)
                .setParameter("conversation", conversationId).getResultList().stream()
                .map(row -> new Member((Long) row[0], (String) row[1], (ConversationMember.Role) row[2])).toList();
    }

    /** Rooms anyone logged in may join. */
    public List<Conversation> rooms() {
        return entityManager.createQuery("SELECT c FROM Conversation c WHERE c.kind = :room ORDER BY c.id", Conversation.class)
                .setParameter("room", ConversationKind.ROOM).getResultList();
    }
}
