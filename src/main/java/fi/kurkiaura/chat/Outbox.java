package fi.kurkiaura.chat;

import jakarta.websocket.CloseReason;
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
 */
final class Outbox {

    static final int MAX_QUEUED = 512;
    static final CloseReason TOO_SLOW = new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "Too slow: reconnect and resume");

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    private final Session session;
    private final Deque<String> queue = new ArrayDeque<>();
    private boolean sending;
    private boolean closed;
    /** Threads waiting in {@link #awaitRoom}: only they need waking, and waking nobody is not free (it inflates the lock). */
    private int awaitingRoom;
    /** A close asked for while a frame was on its way: done when that send completes. */
    private CloseReason closeWhenSent;

    Outbox(Session session) {
        this.session = session;
    }

    /** Queues a frame; false (and the connection closed) if the client is too far behind. */
    boolean offer(String frame) {
        synchronized (this) {
            if (closed) {
                return false;
            }
            if (queue.size() < MAX_QUEUED) {
                queue.addLast(frame);
                if (!sending) {
                    sendNext();
                }
                return true;
            }
        }
        close(TOO_SLOW);
        return false;
    }

    /** Waits until the queue is at most half full: for long replays, which go at the client's pace. */
    boolean awaitRoom(Duration timeout) throws InterruptedException {
        synchronized (this) {
            Instant deadline = Instant.now().plus(timeout);
            awaitingRoom++;
            try {
                while (!closed && queue.size() > MAX_QUEUED / 2) {
                    long left = Duration.between(Instant.now(), deadline).toMillis();
                    if (left <= 0) {
                        break;
                    }
                    wait(left);
                }
            } finally {
                awaitingRoom--;
            }
            if (closed || queue.size() <= MAX_QUEUED / 2) {
                return !closed;
            }
        }
        close(TOO_SLOW);
        return false;
    }

    /**
     * Stops sending and closes the session. A frame already on its way goes first (an error frame
     * that explains the close, say); its completion closes the session, so that a close frame is
     * never written while another frame is. The session is closed outside the lock: closing may
     * wait for a send in flight, whose completion needs the lock.
     */
    void close(CloseReason reason) {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            queue.clear();
            notifyAll();
            if (sending) {
                closeWhenSent = reason;
                return;
            }
        }
        closeSession(reason);
    }

    private void closeSession(CloseReason reason) {
        try {
            session.close(reason);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing a chat connection failed; it is gone either way", e);
        }
    }

    private void sendNext() {
        String next = queue.pollFirst();
        if (awaitingRoom > 0) {
            notifyAll();
        }
        if (next == null || closed) {
            sending = false;
            return;
        }
        sending = true;
        session.getAsyncRemote().sendText(next, result -> {
            CloseReason closing;
            synchronized (this) {
                if (result.isOK()) {
                    sendNext();
                } else {
                    sending = false;
                }
                closing = sending ? null : closeWhenSent;
                closeWhenSent = null;
            }
            if (closing != null) {
                closeSession(closing);
            } else if (!result.isOK()) {
                close(new CloseReason(CloseReason.CloseCodes.CLOSED_ABNORMALLY, "Sending failed"));
            }
        });
    }
}
