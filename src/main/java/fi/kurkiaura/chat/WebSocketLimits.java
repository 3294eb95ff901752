package fi.kurkiaura.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Size and time limits for every chat WebSocket session (defined in wildfly-config/websocket.cli).
 * A message over the size limit closes the socket with 1009 (the endpoint counts it, see
 * {@link TextMessageAssembler}); a session idle longer than the idle timeout is closed; a send
 * that does not complete in time fails.
 */
@ApplicationScoped
public class WebSocketLimits {

    @Inject
    @ConfigProperty(name = "kurkiaura.websocket.max-text-message-bytes", defaultValue = "65536")
    int maxTextMessageBytes;

    @Inject
    @ConfigProperty(name = "kurkiaura.websocket.idle-timeout-seconds", defaultValue = "300")
    int idleTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "kurkiaura.websocket.send-timeout-seconds", defaultValue = "10")
    int sendTimeoutSeconds;

    void applyTo(Session session) {
        session.setMaxIdleTimeout(TimeUnit.SECONDS.toMillis(idleTimeoutSeconds));
        session.getAsyncRemote().setSendTimeout(TimeUnit.SECONDS.toMillis(sendTimeoutSeconds));
    }

    int maxTextMessageBytes() {
        return maxTextMessageBytes;
    }

    int idleTimeoutSeconds() {
        return idleTimeoutSeconds;
    }
}
