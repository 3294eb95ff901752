package fi.kurkiaura.chat;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stores new messages in groups: sends that arrive while a transaction is running wait for the
 * next one, which stores all of them together (up to {@value #MAX_GROUP}). Each send is still
 * acknowledged only after the commit that stored it, and refused on its own terms: one refused
 * send does not hold back the others in its group. The cost of a transaction (the connection, the
 * locks, the commit) is paid once per group instead of once per message.
 *
 * <p>Conversations are spread over {@value #LANES} lanes by their id, each storing one group at a
 * time in arrival order: the sends of one conversation are stored in the order they came, and
 * lanes never wait for each other's row locks.
 */
@ApplicationScoped
public class GroupCommit {

    static final int LANES = 2;
    static final int MAX_GROUP = 64;
    /** Sends waiting in one lane beyond which new ones are refused as "busy": the rate limits keep it far away. */
    static final int MAX_WAITING = 8192;
    /** Groups one task stores before giving its thread back to the pool (and queuing itself again). */
    private static final int GROUPS_PER_TASK = 16;

    private static final Logger LOG = Logger.getLogger(GroupCommit.class.getName());

    /** A message to store, as a client sent it. */
    record Send(long conversationId, long authorId, String clientId, String text) {
    }

    /** What became of one send: stored (or found stored before), or refused. */
    record Outcome(Messages.Sent sent, ChatRefusedException refusal) {
    }

    private record Waiting(Send send, CompletableFuture<Messages.Sent> answer) {
    }

    @Inject
    Messages messages;

    @Resource
    ManagedExecutorService executor;

    private final Lane[] lanes = new Lane[LANES];

    GroupCommit() {
        for (int lane = 0; lane < LANES; lane++) {
            lanes[lane] = new Lane();
        }
    }

    /**
     * Stores a message with the client's own id; completes after the commit, with the stored
     * message (or the one stored before under the same id), or with a {@link ChatRefusedException}.
     */
    public CompletableFuture<Messages.Sent> send(long conversationId, long authorId, String clientId, String text) {
        CompletableFuture<Messages.Sent> answer = new CompletableFuture<>();
        try {
            Messages.checkClientId(clientId);
            Messages.checkText(text);
        } catch (ChatRefusedException refused) {
            answer.completeExceptionally(refused);
            return answer;
        }
        Lane lane = lanes[(int) Math.floorMod(conversationId, (long) LANES)];
        if (lane.add(new Waiting(new Send(conversationId, authorId, clientId, text), answer))) {
            start(lane);
        }
        return answer;
    }

    /** {@link #send} for callers that wait: the stored message, or the refusal thrown as it is. */
    public Messages.Sent sendAndWait(long conversationId, long authorId, String clientId, String text) {
        try {
            return send(conversationId, authorId, clientId, text).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private void start(Lane lane) {
        try {
            executor.execute(() -> drain(lane));
        } catch (RejectedExecutionException e) {
            lane.failAll(new ChatRefusedException("unavailable", 503, "The server is shutting down; send again when it is back"));
        }
    }

    private void drain(Lane lane) {
        for (int groups = 0; groups < GROUPS_PER_TASK; groups++) {
            List<Waiting> group = lane.next();
            if (group.isEmpty()) {
                return;
            }
            store(group);
        }
        start(lane);
    }

    /** Stores the group in one transaction; should the transaction fail, each send is tried alone, so that one cannot fail the others. */
    private void store(List<Waiting> group) {
        List<Outcome> outcomes;
        try {
            outcomes = messages.storeAll(group.stream().map(Waiting::send).toList());
        } catch (RuntimeException failure) {
            if (group.size() > 1) {
                group.forEach(alone -> store(List.of(alone)));
            } else {
                LOG.log(Level.WARNING, "Storing a chat message failed", failure);
                group.getFirst().answer().completeExceptionally(failure);
            }
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            Outcome outcome = outcomes.get(i);
            if (outcome.refusal() != null) {
                group.get(i).answer().completeExceptionally(outcome.refusal());
            } else {
                group.get(i).answer().complete(outcome.sent());
            }
        }
    }

    /** The sends of a lane's conversations waiting for their group, and whether a task is storing them. */
    private static final class Lane {

        private final Deque<Waiting> waiting = new ArrayDeque<>();
        private boolean draining;

        /** Queues a send; true when nothing is draining the lane, so the caller starts a task. */
        synchronized boolean add(Waiting send) {
            if (waiting.size() >= MAX_WAITING) {
                send.answer().completeExceptionally(new ChatRefusedException("busy", 503, "The server is busy; send again in a moment"));
                return false;
            }
            waiting.addLast(send);
            if (draining) {
                return false;
            }
            draining = true;
            return true;
        }

        /** The next group, oldest first; empty (and the lane idle) when nothing waits. */
        synchronized List<Waiting> next() {
            List<Waiting> group = new ArrayList<>(Math.min(waiting.size(), MAX_GROUP));
            while (group.size() < MAX_GROUP && !waiting.isEmpty()) {
                group.add(waiting.pollFirst());
            }
            draining = !group.isEmpty();
            return group;
        }

        synchronized void failAll(ChatRefusedException reason) {
            waiting.forEach(send -> send.answer().completeExceptionally(reason));
            waiting.clear();
            draining = false;
        }
    }
}
