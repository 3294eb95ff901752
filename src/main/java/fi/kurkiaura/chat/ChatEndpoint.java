package fi.kurkiaura.chat;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one WebSocket a client opens for all of its conversations (one instance per connection). The
 * protocol is written down in docs/chat-protocol.md. A frame the server cannot act on is answered
 * with an error frame and the connection stays open; a message over the size limit closes it with
 * 1009. Only logged-in callers get here ({@link HandshakeGate}); should one arrive without a caller,
 * the connection is closed with 1008. Everything sent goes through the connection's {@link Outbox}.
 */
@ServerEndpoint("/ws/chat")
public class ChatEndpoint {

    static final int REPLAY_PAGE = 200;
    static final long TYPING_EVERY_MILLIS = 3000;
    /** Refusals for writing too fast, in a row, after which the connection is closed as flooding. */
    static final int FLOODING = 5;
    static final CloseReason FLOODED = new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "Flooding: too many messages too fast");
    static final Duration REPLAY_PATIENCE = Duration.ofSeconds(30);

    private static final Logger LOG = Logger.getLogger(ChatEndpoint.class.getName());

    @Inject
    WebSocketLimits limits;

    @Inject
    Messages messages;

    @Inject
    GroupCommit groupCommit;

    @Inject
    Memberships memberships;

    @Inject
    Fanout fanout;

    @Inject
    Presence presence;

    @Inject
    fi.kurkiaura.identity.Accounts accounts;

    private TextMessageAssembler assembler;
    private Outbox outbox;
    private long accountId;
    private int rateLimitedInARow;
    private String displayName;
    private final Map<Long, Long> lastTypingMillis = new ConcurrentHashMap<>();
    private final Map<Long, Subscription> subscriptions = new ConcurrentHashMap<>();
    private final Fanout.Notified notified = frame -> outbox.offer(frame);

    @OnOpen
    public void open(Session session) {
        if (session.getUserPrincipal() == null) {
            close(session, new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "Log in first"));
            return;
        }
        accountId = Long.parseLong(session.getUserPrincipal().getName());
        limits.applyTo(session);
        assembler = new TextMessageAssembler(limits.maxTextMessageBytes());
        outbox = new Outbox(session);
        outbox.offer(ChatFrames.welcome(limits.maxTextMessageBytes(), limits.idleTimeoutSeconds()));
        fanout.connected(accountId, notified);
        presence.connected(accountId);
        displayName = accounts.byId(accountId).map(fi.kurkiaura.identity.Account::displayName).orElse(null);
    }

    /** Parts, not whole messages, so that the size limit holds however a client splits a message. */
    @OnMessage
    public void receive(Session session, String part, boolean last) {
        Optional<String> message;
        try {
            message = assembler.append(part, last);
        } catch (TextMessageAssembler.MessageTooBigException e) {
            close(session, new CloseReason(CloseReason.CloseCodes.TOO_BIG, e.getMessage()));
            return;
        }
        message.ifPresent(this::handle);
    }

    @OnClose
    public void closed() {
        if (outbox != null) {
            fanout.disconnected(accountId, notified);
            presence.disconnected(accountId);
        }
        subscriptions.forEach(fanout::stop);
        subscriptions.clear();
    }

    @OnError
    public void failed(Throwable error) {
        LOG.log(Level.FINE, "A chat connection failed", error);
    }

    private void handle(String text) {
        String ref = null;
        try {
            ChatFrames.Inbound frame = ChatFrames.parse(text);
            ref = frame.ref();
            switch (frame.type()) {
                case "ping" -> outbox.offer(ChatFrames.pong(ref));
                case "list" -> outbox.offer(ChatFrames.conversations(ref, memberships.overview(accountId)));
                case "typing" -> typing(frame.conversation());
                case "who" -> {
                    long conversation = frame.conversation();
                    List<Long> members = memberships.members(conversation, accountId).stream().map(Memberships.Member::accountId).toList();
                    outbox.offer(ChatFrames.present(ref, conversation, presence.online(members)));
                }
                case "read" -> {
                    long conversation = frame.conversation();
                    outbox.offer(ChatFrames.read(ref, conversation, memberships.markRead(conversation, accountId, frame.seq())));
                }
                case "join" -> {
                    long conversation = frame.conversation();
                    memberships.joinRoom(conversation, accountId);
                    outbox.offer(ChatFrames.done("joined", ref, conversation, null));
                }
                case "subscribe" -> subscribe(frame.conversation(), frame.number("after").orElse(0L), ref);
                case "unsubscribe" -> {
                    long conversation = frame.conversation();
                    Optional.ofNullable(subscriptions.remove(conversation)).ifPresent(subscription -> fanout.stop(conversation, subscription));
                    outbox.offer(ChatFrames.done("unsubscribed", ref, conversation, null));
                }
                case "send" -> {
                    send(frame, ref);
                    return;
                }
                case "edit" -> outbox.offer(ChatFrames.stored(ref, messages.edit(frame.conversation(), accountId, frame.seq(), frame.text("text"))));
                case "delete" -> outbox.offer(ChatFrames.stored(ref, messages.delete(frame.conversation(), accountId, frame.seq())));
                case "react" -> outbox.offer(ChatFrames.stored(ref,
                        messages.react(frame.conversation(), accountId, frame.seq(), frame.text("emoji"), frame.flag("on", true))));
                case "history" -> {
                    long conversation = frame.conversation();
                    int limit = frame.number("limit").map(Long::intValue).orElse(50);
                    List<Messages.Shown> page = messages.before(conversation, accountId, frame.number("before").orElse(null), limit);
                    boolean more = !page.isEmpty() && page.get(0).event().seq() > 1;
                    outbox.offer(ChatFrames.events("history", ref, conversation, page, more));
                }
                default -> throw new InvalidFrameException("unknown-type", ref, "Unknown frame type '" + frame.type() + "'");
            }
            accepted();
        } catch (InvalidFrameException e) {
            outbox.offer(ChatFrames.error(e));
        } catch (ChatRefusedException e) {
            refused(ref, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A send is acknowledged once the group it is stored in has committed ({@link GroupCommit}); the
     * connection goes on reading meanwhile; the sends to one conversation are stored and acknowledged
     * in the order they came. The answer goes out from the storing thread, hence the locking below.
     */
    private void send(ChatFrames.Inbound frame, String ref) throws InvalidFrameException {
        groupCommit.send(frame.conversation(), accountId, frame.text("id"), frame.text("text")).whenComplete((sent, failure) -> {
            if (failure == null) {
                outbox.offer(ChatFrames.ack(ref, sent));
                accepted();
            } else if (failure instanceof ChatRefusedException refusal) {
                refused(ref, refusal);
            } else {
                LOG.log(Level.FINE, "A chat message could not be stored (GroupCommit logged why)", failure);
                refused(ref, new ChatRefusedException("unavailable", 503, "The message could not be stored; send it again"));
            }
        });
    }

    private synchronized void accepted() {
        rateLimitedInARow = 0;
    }

    /** Answers a refusal; refusals for writing too fast, {@value #FLOODING} in a row, close the connection after the last one. */
    private synchronized void refused(String ref, ChatRefusedException refusal) {
        rateLimitedInARow = refusal.code().equals("rate-limited") ? rateLimitedInARow + 1 : 0;
        if (rateLimitedInARow >= FLOODING) {
            outbox.closeAfter(ChatFrames.refused(ref, refusal), FLOODED);
        } else {
            outbox.offer(ChatFrames.refused(ref, refusal));
        }
    }

    /** Passes "typing" on to the others in the conversation, at most once every {@value #TYPING_EVERY_MILLIS} ms per conversation. */
    private void typing(long conversation) {
        memberships.requireMember(conversation, accountId);
        long now = System.currentTimeMillis();
        Long last = lastTypingMillis.get(conversation);
        if (last == null || now - last >= TYPING_EVERY_MILLIS) {
            lastTypingMillis.put(conversation, now);
            fanout.typing(conversation, accountId, ChatFrames.typing(conversation, accountId, displayName));
        }
    }

    /**
     * Listens first, then replays what the client missed (everything after {@code after}, page by
     * page at the client's pace), then goes live: nothing falls between, nothing comes twice.
     */
    private void subscribe(long conversation, long after, String ref) throws InterruptedException {
        memberships.requireMember(conversation, accountId);
        Subscription subscription = new Subscription(accountId, after, outbox::offer);
        Subscription previous = subscriptions.put(conversation, subscription);
        if (previous != null) {
            fanout.stop(conversation, previous);
        }
        fanout.listen(conversation, subscription);
        long cursor = after;
        List<Messages.Shown> page;
        do {
            page = messages.after(conversation, accountId, cursor, REPLAY_PAGE);
            if (!page.isEmpty()) {
                cursor = page.get(page.size() - 1).event().seq();
                outbox.offer(ChatFrames.events("replay", ref, conversation, page, page.size() == REPLAY_PAGE));
                subscription.replayedUpTo(cursor);
            }
        } while (page.size() == REPLAY_PAGE && outbox.awaitRoom(REPLAY_PATIENCE));
        subscription.live();
        outbox.offer(ChatFrames.done("subscribed", ref, conversation, cursor));
    }

    private static void close(Session session, CloseReason reason) {
        try {
            session.close(reason);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing a chat connection failed; it is gone either way", e);
        }
    }
}
