package fi.kurkiaura.chat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One connection's subscription to one conversation. It listens before the replay of what the
 * client missed starts, so that nothing falls between the replay and the live messages; live
 * messages that arrive during the replay are held and sent after it, each sequence once, in order.
 */
final class Subscription implements Fanout.Listener {

    private final long accountId;
    private final Outbox outbox;
    private final List<Held> held = new ArrayList<>();
    private boolean replaying = true;
    private long lastSent;

    private record Held(long seq, String frame) {
    }

    Subscription(long accountId, long after, Outbox outbox) {
        this.accountId = accountId;
        this.lastSent = after;
        this.outbox = outbox;
    }

    @Override
    public synchronized void deliver(long seq, String frame) {
        if (replaying) {
            held.add(new Held(seq, frame));
        } else if (seq > lastSent) {
            lastSent = seq;
            outbox.offer(frame);
        }
    }

    @Override
    public long accountId() {
        return accountId;
    }

    @Override
    public synchronized void removed(long conversationId) {
        held.clear();
        replaying = false;
        lastSent = Long.MAX_VALUE;
        outbox.offer(ChatFrames.done("removed", null, conversationId, null));
    }

    @Override
    public void tell(String frame) {
        outbox.offer(frame);
    }

    /** The replay has sent everything up to {@code seq}. */
    synchronized void replayedUpTo(long seq) {
        lastSent = Math.max(lastSent, seq);
    }

    /** The replay is over: what arrived meanwhile and is newer goes out now, then everything live. */
    synchronized void live() {
        replaying = false;
        held.sort(Comparator.comparingLong(Held::seq));
        held.forEach(entry -> deliver(entry.seq(), entry.frame()));
        held.clear();
    }
}
