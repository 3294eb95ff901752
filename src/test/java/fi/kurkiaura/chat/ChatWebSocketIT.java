package fi.kurkiaura.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.testing.ClientSideTest;
import fi.kurkiaura.testing.Http;
import fi.kurkiaura.testing.HubSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The chat WebSocket as a client sees it: an authenticated handshake from an allowed origin, a
 * welcome, answers to frames, errors that keep the connection.
 */
class ChatWebSocketIT extends ClientSideTest {

    private final Frames frames = new Frames();
    private WebSocket socket;

    @BeforeEach
    void connect() throws Exception {
        socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(chat("?ticket=" + ticket()), frames).get(10, TimeUnit.SECONDS);
    }

    private URI chat(String query) {
        return URI.create(base.toExternalForm().replaceFirst("^http", "ws")).resolve("ws/chat" + query);
    }

    private String ticket() {
        HubSession member = HubSession.withBearerToken(base(), "jasen@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD);
        return Http.json(member.post("api/session/websocket-ticket", "application/json", "{}")).getString("ticket");
    }

    private int refusedHandshake(WebSocket.Builder builder, URI endpoint) throws Exception {
        try {
            builder.buildAsync(endpoint, new Frames()).get(10, TimeUnit.SECONDS).abort();
            return 101;
        } catch (ExecutionException e) {
            return ((WebSocketHandshakeException) e.getCause()).getResponse().statusCode();
        }
    }

    @Test
    void refusesAnonymousCallersUsedTicketsAndForeignOrigins() throws Exception {
        assertEquals(401, refusedHandshake(HttpClient.newHttpClient().newWebSocketBuilder(), chat("")));

        String ticket = ticket();
        assertEquals(101, refusedHandshake(HttpClient.newHttpClient().newWebSocketBuilder(), chat("?ticket=" + ticket)));
        assertEquals(401, refusedHandshake(HttpClient.newHttpClient().newWebSocketBuilder(), chat("?ticket=" + ticket)), "a ticket is good once");

        assertEquals(403, refusedHandshake(HttpClient.newHttpClient().newWebSocketBuilder().header("Origin", "https://evil.example"),
                chat("?ticket=" + ticket())));
        assertEquals(101, refusedHandshake(HttpClient.newHttpClient().newWebSocketBuilder().header("Origin", base.toExternalForm().replaceAll("/$", "")),
                chat("?ticket=" + ticket())));
    }

    @Test
    void aBrowserSessionCookieOpensTheSocket() throws Exception {
        HttpResponse<String> login = HubSession.anonymous(base()).login("jasen@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD);
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        assertEquals(101, refusedHandshake(HttpClient.newHttpClient().newWebSocketBuilder().header("Cookie", cookie), chat("")));
    }

    @AfterEach
    void disconnect() {
        socket.abort();
    }

    @Test
    void greetsWithTheProtocolVersionAndLimits() throws Exception {
        JsonObject welcome = frames.next();
        assertEquals("welcome", welcome.getString("type"));
        assertEquals(ChatFrames.PROTOCOL_VERSION, welcome.getInt("protocol"));
        assertEquals(65536, welcome.getInt("maxTextMessageBytes"));
    }

    @Test
    void answersAPingWithAPongCarryingTheSameRef() throws Exception {
        frames.next();
        socket.sendText("{\"type\":\"ping\",\"ref\":\"r-1\"}", true).get(5, TimeUnit.SECONDS);
        JsonObject pong = frames.next();
        assertEquals("pong", pong.getString("type"));
        assertEquals("r-1", pong.getString("ref"));
    }

    @Test
    void answersBadFramesWithErrorFramesAndKeepsTheConnection() throws Exception {
        frames.next();
        socket.sendText("this is not json", true).get(5, TimeUnit.SECONDS);
        JsonObject malformed = frames.next();
        assertEquals("error", malformed.getString("type"));
        assertEquals("malformed-frame", malformed.getString("code"));

        socket.sendText("{\"type\":\"launch\",\"ref\":\"r-2\"}", true).get(5, TimeUnit.SECONDS);
        JsonObject unknown = frames.next();
        assertEquals("unknown-type", unknown.getString("code"));
        assertEquals("r-2", unknown.getString("ref"));

        socket.sendText("{\"type\":\"ping\",\"ref\":\"r-3\"}", true).get(5, TimeUnit.SECONDS);
        assertEquals("pong", frames.next().getString("type"), "the connection survives bad frames");
        assertFalse(socket.isInputClosed());
    }

    @Test
    void acceptsAMessageJustUnderTheSizeLimit() throws Exception {
        frames.next();
        String padding = "x".repeat(65_536 - 60);
        socket.sendText("{\"type\":\"ping\",\"ref\":\"big\",\"padding\":\"" + padding + "\"}", true).get(5, TimeUnit.SECONDS);
        assertEquals("big", frames.next().getString("ref"));
    }

    @Test
    void closesWith1009WhenAMessageIsOverTheSizeLimit() throws Exception {
        frames.next();
        socket.sendText("{\"type\":\"ping\",\"padding\":\"" + "x".repeat(70_000) + "\"}", true).get(5, TimeUnit.SECONDS);
        assertEquals(1009, frames.closeCode.get(10, TimeUnit.SECONDS));
    }

    @Test
    void closesWith1009HoweverTheClientSplitsTheMessage() throws Exception {
        frames.next();
        String chunk = "x".repeat(8_000);
        socket.sendText("{\"type\":\"ping\",\"padding\":\"", false).get(5, TimeUnit.SECONDS);
        for (int i = 0; i < 10 && !frames.closeCode.isDone(); i++) {
            try {
                socket.sendText(chunk, false).get(5, TimeUnit.SECONDS);
            } catch (ExecutionException closedByTheServer) {
                break;
            }
        }
        assertEquals(1009, frames.closeCode.get(10, TimeUnit.SECONDS));
    }

    /** Collects whole text frames and the close code. */
    private static final class Frames implements WebSocket.Listener {

        private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();
        final CompletableFuture<Integer> closeCode = new CompletableFuture<>();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                received.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeCode.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closeCode.completeExceptionally(error);
        }

        JsonObject next() throws InterruptedException {
            String frame = received.poll(10, TimeUnit.SECONDS);
            assertTrue(frame != null, "no frame within 10 s");
            return Json.createReader(new StringReader(frame)).readObject();
        }
    }
}
