package fi.kurkiaura.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SubscriptionTest {

    private final List<String> sent = new ArrayList<>();

    @Test
    void liveEventsDuringTheReplayWaitAndNothingComesTwice() {
        Subscription subscription = new Subscription(1, 3, sent::add);
        subscription.deliver(6, "6");
        subscription.deliver(5, "5");
        subscription.replayedUpTo(5);
        subscription.live();
        subscription.deliver(6, "6");
        subscription.deliver(7, "7");
        assertEquals(List.of("6", "7"), sent);
    }

    @Test
    void anEventAheadOfAMissingSequenceWaitsForIt() {
        Subscription subscription = new Subscription(1, 0, sent::add);
        subscription.live();
        subscription.deliver(2, "2");
        subscription.deliver(3, "3");
        assertEquals(List.of(), sent);
        subscription.deliver(1, "1");
        assertEquals(List.of("1", "2", "3"), sent);
    }

    @Test
    void aGapThatNeverFillsHoldsBackAtMostSoMany() {
        Subscription subscription = new Subscription(1, 0, sent::add);
        subscription.live();
        LongStream.rangeClosed(2, Subscription.MAX_AHEAD + 1).forEach(seq -> subscription.deliver(seq, Long.toString(seq)));
        assertEquals(List.of(), sent);
        subscription.deliver(Subscription.MAX_AHEAD + 2, "last");
        assertEquals(Subscription.MAX_AHEAD + 1, sent.size());
        assertEquals("2", sent.getFirst());
        assertEquals("last", sent.getLast());
        subscription.deliver(1, "1");
        assertEquals(Subscription.MAX_AHEAD + 1, sent.size());
    }

    @Test
    void nothingAfterRemoval() {
        Subscription subscription = new Subscription(1, 0, sent::add);
        subscription.live();
        subscription.removed(9);
        subscription.deliver(1, "1");
        assertEquals(1, sent.size());
        assertEquals(ChatFrames.done("removed", null, 9, null), sent.getFirst());
    }
}
