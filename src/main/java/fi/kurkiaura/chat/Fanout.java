package fi.kurkiaura.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Delivers stored messages to the connections listening to their conversation on this node, and
 * mentions to every connection of the mentioned account, after
 * the transaction that stored them has committed (a listener never sees what could still roll
 * back). Each listener queues what it gets ({@link Outbox}); nothing here waits for a client.
 */
@ApplicationScoped
public class Fanout {

    /** A connection's interest in one conversation. */
    interface Listener {
        /** The event with sequence {@code seq}, as the frame every listener gets (built once per event). */
        void deliver(long seq, String frame);

        /** The account whose connection this is. */
        long accountId();

        /** The account was removed from the conversation (kicked or banned): nothing more comes. */
        void removed(long conversationId);

        /** Passes on a frame that is not an event of the log (typing). */
        void tell(String frame);
    }

    /** A connection of an account, told what concerns its account in any conversation (mentions, reports). */
    interface Notified {
        void tell(String frame);
    }

    private final Map<Long, Set<Listener>> listeners = new ConcurrentHashMap<>();
    private final Map<Long, Set<Notified>> connections = new ConcurrentHashMap<>();

    void connected(long accountId, Notified connection) {
        connections.computeIfAbsent(accountId, key -> ConcurrentHashMap.newKeySet()).add(connection);
    }

    void disconnected(long accountId, Notified connection) {
        connections.computeIfPresent(accountId, (key, set) -> {
            set.remove(connection);
            return set.isEmpty() ? null : set;
        });
    }

    void listen(long conversationId, Listener listener) {
        listeners.computeIfAbsent(conversationId, key -> ConcurrentHashMap.newKeySet()).add(listener);
    }

    void stop(long conversationId, Listener listener) {
        listeners.computeIfPresent(conversationId, (key, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    void deliverAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventsStored together) {
        together.events().forEach(this::deliver);
    }

    private void deliver(EventStored stored) {
        String live = ChatFrames.live(stored.event(), stored.authorName());
        listeners.getOrDefault(stored.event().conversationId(), Set.of()).forEach(listener -> listener.deliver(stored.event().seq(), live));
        List<Long> mentioned = stored.mentioned().stream()
                .filter(account -> !stored.event().authorId().map(account::equals).orElse(false)).toList();
        if (!mentioned.isEmpty()) {
            String mention = ChatFrames.mention(stored.event(), stored.authorName());
            mentioned.forEach(account -> tell(account, mention));
        }
    }

    void tellAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Notice notice) {
        notice.accounts().forEach(account -> tell(account, notice.frame()));
    }

    /** Tells the other listeners of a conversation that someone is typing; nothing is stored. */
    void typing(long conversationId, long accountId, String frame) {
        listeners.getOrDefault(conversationId, Set.of()).stream().filter(listener -> listener.accountId() != accountId)
                .forEach(listener -> listener.tell(frame));
    }

    /** Tells every connection of the account on this node. */
    void tell(long accountId, String frame) {
        connections.getOrDefault(accountId, Set.of()).forEach(connection -> connection.tell(frame));
    }

    /**
     * Ends the account's subscriptions to the conversation on this node once it is out for good (kicked
     * or banned): told before the commit, a client asking for its conversations could still find it in.
     */
    void removeAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) RemovedFromConversation removed) {
        long conversationId = removed.conversationId();
        long accountId = removed.accountId();
        listeners.getOrDefault(conversationId, Set.of()).stream().filter(listener -> listener.accountId() == accountId).toList()
                .forEach(listener -> {
                    stop(conversationId, listener);
                    listener.removed(conversationId);
                });
    }
}
