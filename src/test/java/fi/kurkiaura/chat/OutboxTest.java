package fi.kurkiaura.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order of frames and the close on one connection, with a container that completes sends when the test says so. */
class OutboxTest {

    private static final CloseReason FLOODED = ChatEndpoint.FLOODED;

    /** What the container was asked to do, in order: "send X" and "close N". */
    private final List<String> written = new ArrayList<>();
    private final Deque<SendHandler> onTheirWay = new ArrayDeque<>();
    private boolean completeAtOnce;
    private boolean closedHoldingTheLock;
    private Outbox outbox;

    private final Session session = (Session) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Session.class}, (proxy, method, args) -> {
        switch (method.getName()) {
            case "getAsyncRemote" -> {
                return asyncRemote();
            }
            case "close" -> {
                closedHoldingTheLock = Thread.holdsLock(outbox);
                written.add("close " + ((CloseReason) args[0]).getCloseCode().getCode());
                return null;
            }
            default -> throw new UnsupportedOperationException(method.getName());
        }
    });

    private RemoteEndpoint.Async asyncRemote() {
        return (RemoteEndpoint.Async) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {RemoteEndpoint.Async.class}, (proxy, method, args) -> {
            if (!method.getName().equals("sendText") || args.length != 2) {
                throw new UnsupportedOperationException(method.getName());
            }
            written.add("send " + args[0]);
            SendHandler handler = (SendHandler) args[1];
            if (completeAtOnce) {
                handler.onResult(new SendResult());
            } else {
                onTheirWay.add(handler);
            }
            return null;
        });
    }

    private void completeNextSend() {
        onTheirWay.removeFirst().onResult(new SendResult());
    }

    @Test
    void framesGoOneAtATimeInOrder() {
        outbox = new Outbox(session);
        outbox.offer("a");
        outbox.offer("b");
        assertEquals(List.of("send a"), written);
        completeNextSend();
        completeNextSend();
        assertEquals(List.of("send a", "send b"), written);
    }

    @Test
    void theFrameThatExplainsACloseGoesAfterTheOneOnItsWayAndBeforeTheClose() {
        outbox = new Outbox(session);
        outbox.offer("presence");
        outbox.closeAfter("refused", FLOODED);
        assertEquals(List.of("send presence"), written);
        completeNextSend();
        assertEquals(List.of("send presence", "send refused"), written);
        completeNextSend();
        assertEquals(List.of("send presence", "send refused", "close 1008"), written);
        assertFalse(outbox.offer("too late"));
    }

    @Test
    void aCloseDropsWhatIsQueuedButWaitsForTheFrameOnItsWay() {
        outbox = new Outbox(session);
        outbox.offer("a");
        outbox.offer("b");
        outbox.close(Outbox.TOO_SLOW);
        assertEquals(List.of("send a"), written);
        completeNextSend();
        assertEquals(List.of("send a", "close 1013"), written);
    }

    @Test
    void sendsTheContainerCompletesAtOnceStillCloseOutsideTheLock() {
        completeAtOnce = true;
        outbox = new Outbox(session);
        outbox.offer("a");
        outbox.closeAfter("refused", FLOODED);
        assertEquals(List.of("send a", "send refused", "close 1008"), written);
        assertFalse(closedHoldingTheLock);
    }

    @Test
    void aClientTooFarBehindIsClosedWithTryAgainLater() {
        outbox = new Outbox(session);
        for (int i = 0; i <= Outbox.MAX_QUEUED; i++) {
            assertTrue(outbox.offer("frame " + i));
        }
        assertFalse(outbox.offer("one too many"));
        completeNextSend();
        assertEquals("close 1013", written.getLast());
        assertEquals(2, written.size());
    }

    @Test
    void aFailedSendClosesTheConnection() {
        outbox = new Outbox(session);
        outbox.offer("a");
        outbox.offer("b");
        onTheirWay.removeFirst().onResult(new SendResult(new IOException("broken pipe")));
        assertEquals(List.of("send a", "close 1006"), written);
        assertFalse(closedHoldingTheLock);
        assertNull(onTheirWay.peek());
    }
}
