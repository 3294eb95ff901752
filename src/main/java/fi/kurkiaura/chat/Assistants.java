package fi.kurkiaura.chat;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Programs of the hub that take part in the chat with an account of their own (the bot, "Kurki").
 * A message addressed to one reaches it after the message is committed, on a thread of its own,
 * never on the thread that stores or delivers messages. Each message reaches it once, on the node
 * that stored it; one that the node could not hand over before stopping is not answered.
 * An assistant may be mentioned in any room, also before it is a member; in a closed conversation
 * only where it is a member. Assistants write without the per-account rate limit: what they write
 * answers what others wrote, which the limit already holds back.
 */
@ApplicationScoped
public class Assistants {

    private static final Logger LOG = Logger.getLogger(Assistants.class.getName());

    private record Assistant(String name, Consumer<Addressed> answerer) {
    }

    @Resource
    ManagedExecutorService executor;

    private final Map<Long, Assistant> assistants = new ConcurrentHashMap<>();

    /** Hands {@code answerer} every message addressed to the account {@code accountId}, which is called {@code name} in the chat. */
    public void register(long accountId, String name, Consumer<Addressed> answerer) {
        assistants.put(accountId, new Assistant(name, answerer));
    }

    /** The account of the assistant called {@code name}, once it has taken its place in the chat. */
    public Optional<Long> accountNamed(String name) {
        return assistants.entrySet().stream().filter(entry -> entry.getValue().name().equals(name)).map(Map.Entry::getKey).findFirst();
    }

    boolean isAssistant(long accountId) {
        return assistants.containsKey(accountId);
    }

    /** The assistants a new message is addressed to, given the members its text mentions. */
    Set<Long> addressedBy(Conversation conversation, long authorId, String text, Set<Long> mentioned) {
        if (assistants.isEmpty() || isAssistant(authorId)) {
            return Set.of();
        }
        Set<Long> addressed = new LinkedHashSet<>();
        switch (conversation.kind()) {
            case DIRECT -> conversation.directPartnerOf(authorId).filter(this::isAssistant).ifPresent(addressed::add);
            case ROOM -> {
                String lower = text.toLowerCase(Locale.ROOT);
                assistants.forEach((id, assistant) -> {
                    if (Memberships.mentions(lower, assistant.name().toLowerCase(Locale.ROOT))) {
                        addressed.add(id);
                    }
                });
            }
            case PEER_GROUP, STAFF -> mentioned.stream().filter(this::isAssistant).forEach(addressed::add);
        }
        return addressed;
    }

    void handOverAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventsStored together) {
        together.events().stream().map(EventStored::addressed).flatMap(List::stream).forEach(this::handOver);
    }

    private void handOver(Addressed message) {
        Assistant assistant = assistants.get(message.assistantId());
        if (assistant == null) {
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    assistant.answerer().accept(message);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, e, () -> assistant.name() + " could not answer message " + message.seq() + " of conversation " + message.conversationId());
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warning(() -> assistant.name() + " did not get message " + message.seq() + " of conversation " + message.conversationId()
                    + ": the server is stopping");
        }
    }
}
