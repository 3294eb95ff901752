package fi.kurkiaura.chat;

import jakarta.websocket.CloseReason;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything the server sends on one connection, in order, one asynchronous send at a time, from a
 * bounded queue: a client that reads too slowly cannot make anyone else wait. When the queue is
 * full the connection is closed with 1013 (try again later); the client reconnects and resumes
 * from the last sequence it has, losing nothing.
 *
 * <p>A close never races a frame: the session is closed only once no frame is on its way, so a
 * close frame is never written alongside another one, and a last frame that explains the close
 * ({@link #closeAfter}) arrives before it.
 */
final class Outbox {

    static final int MAX_QUEUED = 512;
    static final CloseReason TOO_SLOW = new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "Too slow: reconnect and resume");
    static final CloseReason SENDING_FAILED = new CloseReason(CloseReason.CloseCodes.CLOSED_ABNORMALLY, "Sending failed");

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    private final Session session;
    private final Deque<String> queue = new ArrayDeque<>();
    private boolean sending;
    /** Set once, by the first close asked for: no frame is taken after it; the session is closed with it when the queue is empty. */
    private CloseReason closing;
    private boolean sessionClosed;
    /** Threads waiting in {@link #awaitRoom}: only they need waking, and waking nobody is not free (it inflates the lock). */
    private int awaitingRoom;

    Outbox(Session session) {
        this.session = session;
    }

    /** Queues a frame; false if the connection is closing, or if the client is too far behind (and the connection is closed). */
    boolean offer(String frame) {
        boolean queued;
        CloseReason closeNow;
        synchronized (this) {
            if (closing != null) {
                return false;
            }
            queued = queue.size() < MAX_QUEUED;
            if (queued) {
                queue.addLast(frame);
                sendIfIdle();
            } else {
                dropQueuedAndClose(TOO_SLOW);
            }
            closeNow = sessionToClose();
        }
        closeSession(closeNow);
        return queued;
    }

    /** Waits until the queue is at most half full: for long replays, which go at the client's pace. */
    boolean awaitRoom(Duration timeout) throws InterruptedException {
        synchronized (this) {
            Instant deadline = Instant.now().plus(timeout);
            awaitingRoom++;
            try {
                while (closing == null && queue.size() > MAX_QUEUED / 2) {
                    long left = Duration.between(Instant.now(), deadline).toMillis();
                    if (left <= 0) {
                        break;
                    }
                    wait(left);
                }
            } finally {
                awaitingRoom--;
            }
            if (closing != null || queue.size() <= MAX_QUEUED / 2) {
                return closing == null;
            }
        }
        close(TOO_SLOW);
        return false;
    }

    /** Sends what is queued, then {@code lastFrame}, then closes: for a close that the last frame explains. */
    void closeAfter(String lastFrame, CloseReason reason) {
        CloseReason closeNow;
        synchronized (this) {
            if (closing != null) {
                return;
            }
            closing = reason;
            queue.addLast(lastFrame);
            sendIfIdle();
            closeNow = sessionToClose();
        }
        closeSession(closeNow);
    }

    /** Drops what is queued and closes once the frame on its way, if any, has gone. */
    void close(CloseReason reason) {
        CloseReason closeNow;
        synchronized (this) {
            if (closing != null) {
                return;
            }
            dropQueuedAndClose(reason);
            closeNow = sessionToClose();
        }
        closeSession(closeNow);
    }

    private void dropQueuedAndClose(CloseReason reason) {
        closing = reason;
        queue.clear();
        notifyAll();
    }

    private void sendIfIdle() {
        if (!sending) {
            sendNext();
        }
    }

    private void sendNext() {
        String next = queue.pollFirst();
        if (awaitingRoom > 0) {
            notifyAll();
        }
        sending = next != null;
        if (sending) {
            session.getAsyncRemote().sendText(next, this::sent);
        }
    }

    /**
     * A send has completed. The container may call this from inside {@code sendText}, that is,
     * inside one of this outbox's own locked sections: then the caller closes the session, once out
     * of its lock, since closing tells the endpoint, which takes other locks.
     */
    private void sent(SendResult result) {
        boolean nested = Thread.holdsLock(this);
        CloseReason closeNow;
        synchronized (this) {
            if (result.isOK()) {
                sendNext();
            } else {
                sending = false;
                if (closing == null) {
                    dropQueuedAndClose(SENDING_FAILED);
                } else {
                    queue.clear();
                }
            }
            closeNow = nested ? null : sessionToClose();
        }
        closeSession(closeNow);
    }

    /** The reason to close the session with, once, when closing and nothing is left to send; else null. */
    private CloseReason sessionToClose() {
        if (closing == null || sending || !queue.isEmpty() || sessionClosed) {
            return null;
        }
        sessionClosed = true;
        return closing;
    }

    private void closeSession(CloseReason reason) {
        if (reason == null) {
            return;
        }
        try {
            session.close(reason);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing a chat connection failed; it is gone either way", e);
        }
    }
}
