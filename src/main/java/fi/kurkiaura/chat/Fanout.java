package fi.kurkiaura.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
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
        void deliver(ChatEvent event, String authorName);
    }

    /** A connection of an account, told about mentions of it in any conversation. */
    interface Notified {
        void mentioned(ChatEvent event, String authorName);
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

    void deliverAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventStored stored) {
        listeners.getOrDefault(stored.event().conversationId(), Set.of()).forEach(listener -> listener.deliver(stored.event(), stored.authorName()));
        stored.mentioned().stream().filter(account -> !stored.event().authorId().map(account::equals).orElse(false))
                .forEach(account -> connections.getOrDefault(account, Set.of()).forEach(connection -> connection.mentioned(stored.event(), stored.authorName())));
    }
}
