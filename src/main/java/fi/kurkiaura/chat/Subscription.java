package fi.kurkiaura.chat;

import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * One connection's subscription to one conversation. It listens before the replay of what the
 * client missed starts, so that nothing falls between the replay and the live messages; live
 * messages that arrive during the replay are held and sent after it, each sequence once, in order.
 *
 * <p>Live events go out in sequence order too. Two transactions of one conversation commit one
 * after the other, but their deliveries run on their own threads and may cross: an event that
 * arrives ahead of a missing sequence waits for it. Sequences have no gaps, so the missing one is
 * on its way; should {@value #MAX_AHEAD} events ever wait, they go out as they are.
 */
final class Subscription implements Fanout.Listener {

    static final int MAX_AHEAD = 256;

    private final long accountId;
    private final Consumer<String> outbox;
    private final NavigableMap<Long, String> waiting = new TreeMap<>();
    private boolean replaying = true;
    private long lastSent;

    Subscription(long accountId, long after, Consumer<String> outbox) {
        this.accountId = accountId;
        this.lastSent = after;
        this.outbox = outbox;
    }

    @Override
    public synchronized void deliver(long seq, String frame) {
        if (seq <= lastSent) {
            return;
        }
        waiting.put(seq, frame);
        if (!replaying) {
            sendInOrder();
        }
    }

    @Override
    public long accountId() {
        return accountId;
    }

    @Override
    public synchronized void removed(long conversationId) {
        waiting.clear();
        replaying = false;
        lastSent = Long.MAX_VALUE;
        outbox.accept(ChatFrames.done("removed", null, conversationId, null));
    }

    @Override
    public void tell(String frame) {
        outbox.accept(frame);
    }

    /** The replay has sent everything up to {@code seq}. */
    synchronized void replayedUpTo(long seq) {
        lastSent = Math.max(lastSent, seq);
    }

    /** The replay is over: what arrived meanwhile and is newer goes out now, then everything live. */
    synchronized void live() {
        replaying = false;
        sendInOrder();
    }

    private void sendInOrder() {
        while (!waiting.isEmpty()) {
            long first = waiting.firstKey();
            if (first > lastSent + 1 && waiting.size() <= MAX_AHEAD) {
                return;
            }
            String frame = waiting.pollFirstEntry().getValue();
            if (first > lastSent) {
                lastSent = first;
                outbox.accept(frame);
            }
        }
    }
}
