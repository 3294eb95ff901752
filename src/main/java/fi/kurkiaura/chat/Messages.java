package fi.kurkiaura.chat;

import fi.kurkiaura.identity.Account;
import fi.kurkiaura.identity.AccountDeleted;
import fi.kurkiaura.identity.Accounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Stores and reads the messages of conversations. A message gets the conversation's next sequence
 * number in the transaction that stores it (under a lock on the conversation's row), so sequences
 * have no gaps; a repeated send with the same client id returns the first one instead of storing
 * twice. Delivery to subscribers happens only after the commit ({@link Fanout}).
 */
@ApplicationScoped
public class Messages {

    public static final int MAX_TEXT_LENGTH = 4000;
    static final int MAX_PAGE = 200;

    @PersistenceContext(unitName = "kurkiaura")
    EntityManager entityManager;

    @Inject
    Memberships memberships;

    @Inject
    Accounts accounts;

    @Inject
    Event<EventsStored> storedTogether;

    @Inject
    SendRate rate;

    @Inject
    Assistants assistants;

    Clock clock = Clock.systemUTC();

    /** The answer to a send: the stored message, and whether it had been stored by an earlier send. */
    public record Sent(ChatEvent event, boolean repeated) {
    }

    /** An event with its author's name as it is shown now ("deleted user" when the account is gone). */
    public record Shown(ChatEvent event, String authorName) {
    }

    /**
     * Stores a group of new messages in one transaction ({@link GroupCommit}), each checked on its
     * own: the conversations are locked once, in id order, and what every send needs (memberships,
     * earlier sends with the same ids, names) is read in one query each.
     */
    @Transactional
    List<GroupCommit.Outcome> storeAll(List<GroupCommit.Send> sends) {
        Set<Long> conversationIds = new TreeSet<>();
        Set<Long> authorIds = new HashSet<>();
        sends.forEach(send -> {
            conversationIds.add(send.conversationId());
            authorIds.add(send.authorId());
        });
        Map<Long, Conversation> conversations = new HashMap<>();
        entityManager.createQuery("SELECT c FROM Conversation c WHERE c.id IN :ids ORDER BY c.id", Conversation.class)
                .setParameter("ids", conversationIds).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().forEach(conversation -> conversations.put(conversation.id(), conversation));
        Set<ConversationMember.Key> members = new HashSet<>();
        entityManager.createQuery("SELECT m FROM ConversationMember m WHERE m.key.conversationId IN :conversations AND m.key.accountId IN :authors",
                        ConversationMember.class)
                .setParameter("conversations", conversationIds).setParameter("authors", authorIds)
                .getResultList().forEach(member -> members.add(new ConversationMember.Key(member.conversationId(), member.accountId())));
        Map<List<Object>, ChatEvent> stored = new HashMap<>();
        for (GroupCommit.Send send : sends) {
            List<Object> clientKey = List.of(send.conversationId(), send.authorId(), send.clientId());
            if (!stored.containsKey(clientKey)) {
                entityManager.createQuery("SELECT e FROM ChatEvent e WHERE e.conversationId = :conversation AND e.authorId = :author AND e.clientId = :client",
                                ChatEvent.class)
                        .setParameter("conversation", send.conversationId()).setParameter("author", send.authorId()).setParameter("client", send.clientId())
                        .setMaxResults(1).getResultList().forEach(earlier -> stored.put(clientKey, earlier));
            }
        }
        Map<Long, String> names = new HashMap<>();
        entityManager.createQuery("SELECT a.id, a.displayName FROM Account a WHERE a.id IN :authors", Object[].class)
                .setParameter("authors", authorIds).getResultList().forEach(row -> names.put((Long) row[0], (String) row[1]));
        List<GroupCommit.Outcome> outcomes = new ArrayList<>(sends.size());
        List<EventStored> appended = new ArrayList<>();
        for (GroupCommit.Send send : sends) {
            try {
                outcomes.add(new GroupCommit.Outcome(store(send, conversations.get(send.conversationId()), members, stored, names, appended), null));
            } catch (ChatRefusedException refused) {
                outcomes.add(new GroupCommit.Outcome(null, refused));
            }
        }
        if (!appended.isEmpty()) {
            storedTogether.fire(new EventsStored(appended));
        }
        return outcomes;
    }

    private Sent store(GroupCommit.Send send, Conversation conversation, Set<ConversationMember.Key> members, Map<List<Object>, ChatEvent> stored,
            Map<Long, String> names, List<EventStored> appended) {
        if (!members.contains(new ConversationMember.Key(send.conversationId(), send.authorId()))) {
            throw Memberships.notAMember(send.conversationId(), conversation != null);
        }
        if (conversation.endsAt().map(end -> !clock.instant().isBefore(end)).orElse(false)) {
            throw new ChatRefusedException("ended", 410, "This conversation ended on " + conversation.endsAt().get() + "; it is read-only");
        }
        List<Object> clientKey = List.of(send.conversationId(), send.authorId(), send.clientId());
        ChatEvent earlier = stored.get(clientKey);
        if (earlier != null) {
            return new Sent(earlier, true);
        }
        memberships.refuseIfHeldBack(conversation, send.authorId(), true);
        if (!assistants.isAssistant(send.authorId())) {
            rate.take(send.authorId());
        }
        EventStored message = appendMessage(ChatEvent.message(send.conversationId(), conversation.nextSeq(), send.authorId(), send.clientId(), send.text(),
                clock.instant()), names.get(send.authorId()), conversation);
        appended.add(message);
        stored.put(clientKey, message.event());
        return new Sent(message.event(), false);
    }

    /** A new text for one's own message, as an EDIT event. */
    @Transactional
    public ChatEvent edit(long conversationId, long editorId, long messageSeq, String text) {
        checkText(text);
        memberships.requireMember(conversationId, editorId);
        rate.take(editorId);
        Conversation conversation = entityManager.find(Conversation.class, conversationId, LockModeType.PESSIMISTIC_WRITE);
        memberships.refuseIfHeldBack(conversation, editorId, false);
        ChatEvent message = liveMessage(conversationId, messageSeq);
        if (!message.authorId().map(author -> author == editorId).orElse(false)) {
            throw new ChatRefusedException("not-yours", 403, "Only its author edits a message");
        }
        return appendChange(ChatEvent.change(conversationId, conversation.nextSeq(), ChatEvent.Kind.EDIT, editorId, messageSeq, text, false, clock.instant()));
    }

    /** Deletes a message (its author, or a moderator of the conversation): its text leaves the log, a DELETE event says so. */
    @Transactional
    public ChatEvent delete(long conversationId, long actorId, long messageSeq) {
        memberships.requireMember(conversationId, actorId);
        Conversation conversation = entityManager.find(Conversation.class, conversationId, LockModeType.PESSIMISTIC_WRITE);
        ChatEvent message = liveMessage(conversationId, messageSeq);
        boolean own = message.authorId().map(author -> author == actorId).orElse(false);
        if (!own && !memberships.isModerator(conversationId, actorId)) {
            throw new ChatRefusedException("not-yours", 403, "Only its author or a moderator deletes a message");
        }
        entityManager.createQuery("SELECT e FROM ChatEvent e WHERE e.conversationId = :conversation AND (e.seq = :seq OR (e.kind = :edit AND e.messageSeq = :seq))", ChatEvent.class)
                .setParameter("conversation", conversationId).setParameter("seq", messageSeq).setParameter("edit", ChatEvent.Kind.EDIT)
                .getResultList().forEach(ChatEvent::eraseText);
        return appendChange(ChatEvent.change(conversationId, conversation.nextSeq(), ChatEvent.Kind.DELETE, actorId, messageSeq, null, false, clock.instant()));
    }

    /** Adds an emoji to a message, or takes it back ({@code on} false), as a REACTION event. */
    @Transactional
    public ChatEvent react(long conversationId, long actorId, long messageSeq, String emoji, boolean on) {
        if (emoji == null || emoji.isBlank() || emoji.codePointCount(0, emoji.length()) > 8 || emoji.chars().anyMatch(Character::isWhitespace)) {
            throw new ChatRefusedException("invalid-reaction", 400, "A reaction is one emoji (at most 8 characters, no spaces)");
        }
        memberships.requireMember(conversationId, actorId);
        rate.take(actorId);
        Conversation conversation = entityManager.find(Conversation.class, conversationId, LockModeType.PESSIMISTIC_WRITE);
        memberships.refuseIfHeldBack(conversation, actorId, false);
        liveMessage(conversationId, messageSeq);
        return appendChange(ChatEvent.change(conversationId, conversation.nextSeq(), ChatEvent.Kind.REACTION, actorId, messageSeq, emoji, !on, clock.instant()));
    }

    /** Stores a change (edit, delete, reaction) alone in its transaction, to be delivered after the commit. */
    private ChatEvent appendChange(ChatEvent event) {
        entityManager.persist(event);
        String authorName = event.authorId().flatMap(accounts::byId).map(Account::displayName).orElse(null);
        storedTogether.fire(new EventsStored(List.of(new EventStored(event, authorName, Set.of(), List.of()))));
        return event;
    }

    /** Stores a new message: the members it mentions are told, the assistants it is addressed to get it to answer. */
    private EventStored appendMessage(ChatEvent message, String authorName, Conversation conversation) {
        entityManager.persist(message);
        String text = message.body().orElse("");
        long author = message.authorId().orElseThrow();
        Set<Long> mentioned = memberships.mentionedIn(message.conversationId(), text);
        List<Addressed> addressed = assistants.addressedBy(conversation, author, text, mentioned).stream()
                .map(assistant -> new Addressed(assistant, conversation.id(), conversation.kind(), message.seq(), author, authorName, text))
                .toList();
        return new EventStored(message, authorName, mentioned, addressed);
    }

    /** The message with sequence {@code seq}: 404 if there is none, 410 once it is deleted. */
    private ChatEvent liveMessage(long conversationId, long seq) {
        ChatEvent message = entityManager.createQuery("SELECT e FROM ChatEvent e WHERE e.conversationId = :conversation AND e.seq = :seq AND e.kind = :message", ChatEvent.class)
                .setParameter("conversation", conversationId).setParameter("seq", seq).setParameter("message", ChatEvent.Kind.MESSAGE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new ChatRefusedException("no-such-message", 404, "No message " + seq + " in conversation " + conversationId));
        boolean deleted = !entityManager.createQuery("SELECT e.id FROM ChatEvent e WHERE e.conversationId = :conversation AND e.kind = :delete AND e.messageSeq = :seq", Long.class)
                .setParameter("conversation", conversationId).setParameter("delete", ChatEvent.Kind.DELETE).setParameter("seq", seq)
                .setMaxResults(1).getResultList().isEmpty();
        if (deleted) {
            throw new ChatRefusedException("deleted", 410, "Message " + seq + " has been deleted");
        }
        return message;
    }

    /** Events after {@code seq}, oldest first, at most {@code limit}: what a resuming client missed. */
    public List<Shown> after(long conversationId, long readerId, long seq, int limit) {
        memberships.requireMember(conversationId, readerId);
        return shown(entityManager.createQuery("SELECT e FROM ChatEvent e WHERE e.conversationId = :conversation AND e.seq > :seq ORDER BY e.seq", ChatEvent.class)
                .setParameter("conversation", conversationId).setParameter("seq", seq).setMaxResults(page(limit)).getResultList());
    }

    /** Events before {@code seq} (all when null), the newest {@code limit} of them, oldest first: a page of history. */
    public List<Shown> before(long conversationId, long readerId, Long seq, int limit) {
        memberships.requireMember(conversationId, readerId);
        List<ChatEvent> newestFirst = entityManager.createQuery(
                "SELECT e FROM ChatEvent e WHERE e.conversationId = :conversation AND e.seq < :seq ORDER BY e.seq DESC", ChatEvent.class)
                .setParameter("conversation", conversationId).setParameter("seq", seq == null ? Long.MAX_VALUE : seq)
                .setMaxResults(page(limit)).getResultList();
        List<ChatEvent> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return shown(oldestFirst);
    }

    /** What a deleted account wrote stays as "deleted user", or loses its text, as configured. */
    void forgetAuthor(@Observes AccountDeleted deleted) {
        String removeText = deleted.content() == AccountDeleted.Content.REMOVE ? ", e.body = NULL" : "";
        entityManager.createQuery("UPDATE ChatEvent e SET e.authorId = NULL" + removeText + " WHERE e.authorId = :author")
                .setParameter("author", deleted.accountId()).executeUpdate();
    }

    private List<Shown> shown(List<ChatEvent> events) {
        Map<Long, String> names = new HashMap<>();
        return events.stream().map(event -> new Shown(event, event.authorId()
                .map(author -> names.computeIfAbsent(author, id -> accounts.byId(id).map(Account::displayName).orElse(null)))
                .orElse(null))).toList();
    }

    private static int page(int limit) {
        return Math.max(1, Math.min(limit, MAX_PAGE));
    }

    static void checkClientId(String clientId) {
        if (clientId == null || !clientId.matches("[A-Za-z0-9._:-]{1,64}")) {
            throw new ChatRefusedException("invalid-id", 400, "A message needs an \"id\" of its own: 1 to 64 letters, digits, '.', '_', ':' or '-'");
        }
    }

    static void checkText(String text) {
        if (text == null || text.isBlank()) {
            throw new ChatRefusedException("empty-message", 400, "A message has some text");
        }
        if (text.codePointCount(0, text.length()) > MAX_TEXT_LENGTH) {
            throw new ChatRefusedException("too-long", 400, "A message has at most " + MAX_TEXT_LENGTH + " characters");
        }
    }
}
