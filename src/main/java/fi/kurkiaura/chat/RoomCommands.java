package fi.kurkiaura.chat;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Commands that other features answer in rooms, such as "/agenda Kesätyöt 2027" in a meeting's
 * room. A message that starts with a registered word reaches the feature that registered it after
 * the message is committed, on a thread of its own, once, on the node that stored it. The message
 * itself stays in the room as written; how to answer is the feature's business.
 */
@ApplicationScoped
public class RoomCommands {

    private static final Logger LOG = Logger.getLogger(RoomCommands.class.getName());
    private static final Pattern COMMAND = Pattern.compile("^/(\\p{L}+)(?:\\s+(.*))?$", Pattern.DOTALL);

    /** A command written in a room: where, by whom, the message's sequence number, the word and what follows it. */
    public record Command(long conversationId, long authorId, long seq, String word, String argument) {
    }

    @Resource
    ManagedExecutorService executor;

    private final Map<String, Consumer<Command>> handlers = new ConcurrentHashMap<>();

    /** Hands {@code handler} the room messages that start with "/" and one of {@code words} (in any case). */
    public void register(Set<String> words, Consumer<Command> handler) {
        words.forEach(word -> handlers.put(word.toLowerCase(Locale.ROOT), handler));
    }

    void handOverAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventsStored together) {
        if (handlers.isEmpty()) {
            return;
        }
        together.events().stream().map(EventStored::event)
                .filter(event -> event.kind() == ChatEvent.Kind.MESSAGE && event.authorId().isPresent() && event.body().isPresent())
                .forEach(this::handOver);
    }

    private void handOver(ChatEvent event) {
        Matcher command = COMMAND.matcher(event.body().orElseThrow().strip());
        if (!command.matches()) {
            return;
        }
        String word = command.group(1).toLowerCase(Locale.ROOT);
        Consumer<Command> handler = handlers.get(word);
        if (handler == null) {
            return;
        }
        Command handed = new Command(event.conversationId(), event.authorId().orElseThrow(), event.seq(), word,
                command.group(2) == null ? "" : command.group(2).strip());
        try {
            executor.execute(() -> {
                try {
                    handler.accept(handed);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, e, () -> "/" + word + " in conversation " + handed.conversationId() + " failed");
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warning(() -> "/" + word + " in conversation " + handed.conversationId() + " was not handled: the server is stopping");
        }
    }
}
