package fi.kurkiaura.chat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * One connection's subscription to one conversation. It listens before the replay of what the
 * client missed starts, so that nothing falls between the replay and the live messages; live
 * messages that arrive during the replay are held and sent after it, each sequence once, in order.
 */
final class Subscription implements Fanout.Listener {

    private final long accountId;
    private final Outbox outbox;
    private final BiFunction<ChatEvent, String, String> frame;
    private final List<Held> held = new ArrayList<>();
    private boolean replaying = true;
    private long lastSent;

    private record Held(ChatEvent event, String authorName) {
    }

    Subscription(long accountId, long after, Outbox outbox, BiFunction<ChatEvent, String, String> frame) {
        this.accountId = accountId;
        this.lastSent = after;
        this.outbox = outbox;
        this.frame = frame;
    }

    @Override
    public synchronized void deliver(ChatEvent event, String authorName) {
        if (replaying) {
            held.add(new Held(event, authorName));
        } else if (event.seq() > lastSent) {
            lastSent = event.seq();
            outbox.offer(frame.apply(event, authorName));
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
        held.sort(Comparator.comparingLong(entry -> entry.event().seq()));
        held.forEach(entry -> deliver(entry.event(), entry.authorName()));
        held.clear();
    }
}
