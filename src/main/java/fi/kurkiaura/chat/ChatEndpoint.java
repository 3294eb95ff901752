package fi.kurkiaura.chat;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one WebSocket a client opens for all of its conversations (one instance per connection). The
 * protocol is written down in docs/chat-protocol.md. A frame the server cannot act on is answered
 * with an error frame and the connection stays open; a message over the size limit closes it with
 * 1009. Only logged-in callers get here ({@link HandshakeGate}); should one arrive without a caller,
 * the connection is closed with 1008.
 */
@ServerEndpoint("/ws/chat")
public class ChatEndpoint {

    private static final Logger LOG = Logger.getLogger(ChatEndpoint.class.getName());

    @Inject
    WebSocketLimits limits;

    private TextMessageAssembler assembler;

    @OnOpen
    public void open(Session session) {
        if (session.getUserPrincipal() == null) {
            close(session, new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "Log in first"));
            return;
        }
        limits.applyTo(session);
        assembler = new TextMessageAssembler(limits.maxTextMessageBytes());
        session.getAsyncRemote().sendText(ChatFrames.welcome(limits.maxTextMessageBytes(), limits.idleTimeoutSeconds()));
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
        message.map(ChatEndpoint::answer).ifPresent(session.getAsyncRemote()::sendText);
    }

    private static String answer(String text) {
        try {
            ChatFrames.Inbound frame = ChatFrames.parse(text);
            return ChatFrames.pong(frame.ref());
        } catch (InvalidFrameException e) {
            return ChatFrames.error(e);
        }
    }

    private static void close(Session session, CloseReason reason) {
        try {
            session.close(reason);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing a chat connection failed; it is gone either way", e);
        }
    }
}
