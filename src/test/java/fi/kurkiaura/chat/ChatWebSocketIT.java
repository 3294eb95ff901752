package fi.kurkiaura.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.testing.ChatClient;
import fi.kurkiaura.testing.ClientSideTest;
import fi.kurkiaura.testing.Http;
import fi.kurkiaura.testing.HubSession;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The chat WebSocket as a client sees it: an authenticated handshake from an allowed origin, a
 * welcome, answers to frames, errors that keep the connection.
 */
class ChatWebSocketIT extends ClientSideTest {

    private ChatClient client;

    @BeforeEach
    void connect() {
        client = ChatClient.connect(base(), "jasen@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD);
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
            builder.buildAsync(endpoint, new ChatClient()).get(10, TimeUnit.SECONDS).abort();
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
        client.close();
    }

    @Test
    void greetsWithTheProtocolVersionAndLimits() throws Exception {
        JsonObject welcome = client.welcome();
        assertEquals("welcome", welcome.getString("type"));
        assertEquals(ChatFrames.PROTOCOL_VERSION, welcome.getInt("protocol"));
        assertEquals(65536, welcome.getInt("maxTextMessageBytes"));
    }

    @Test
    void answersAPingWithAPongCarryingTheSameRef() throws Exception {
        client.sendPart("{\"type\":\"ping\",\"ref\":\"r-1\"}", true).get(5, TimeUnit.SECONDS);
        JsonObject pong = client.next();
        assertEquals("pong", pong.getString("type"));
        assertEquals("r-1", pong.getString("ref"));
    }

    @Test
    void answersBadFramesWithErrorFramesAndKeepsTheConnection() throws Exception {
        client.sendPart("this is not json", true).get(5, TimeUnit.SECONDS);
        JsonObject malformed = client.next();
        assertEquals("error", malformed.getString("type"));
        assertEquals("malformed-frame", malformed.getString("code"));

        client.sendPart("{\"type\":\"launch\",\"ref\":\"r-2\"}", true).get(5, TimeUnit.SECONDS);
        JsonObject unknown = client.next();
        assertEquals("unknown-type", unknown.getString("code"));
        assertEquals("r-2", unknown.getString("ref"));

        client.sendPart("{\"type\":\"ping\",\"ref\":\"r-3\"}", true).get(5, TimeUnit.SECONDS);
        assertEquals("pong", client.next().getString("type"), "the connection survives bad frames");
        assertTrue(client.isOpen());
    }

    @Test
    void acceptsAMessageJustUnderTheSizeLimit() throws Exception {
        String padding = "x".repeat(65_536 - 60);
        client.sendPart("{\"type\":\"ping\",\"ref\":\"big\",\"padding\":\"" + padding + "\"}", true).get(5, TimeUnit.SECONDS);
        assertEquals("big", client.next().getString("ref"));
    }

    @Test
    void closesWith1009WhenAMessageIsOverTheSizeLimit() throws Exception {
        client.sendPart("{\"type\":\"ping\",\"padding\":\"" + "x".repeat(70_000) + "\"}", true).get(5, TimeUnit.SECONDS);
        assertEquals(1009, client.closeCode().get(10, TimeUnit.SECONDS));
    }

    @Test
    void closesWith1009HoweverTheClientSplitsTheMessage() throws Exception {
        String chunk = "x".repeat(8_000);
        client.sendPart("{\"type\":\"ping\",\"padding\":\"", false).get(5, TimeUnit.SECONDS);
        for (int i = 0; i < 10 && !client.closeCode().isDone(); i++) {
            try {
                client.sendPart(chunk, false).get(5, TimeUnit.SECONDS);
            } catch (ExecutionException closedByTheServer) {
                break;
            }
        }
        assertEquals(1009, client.closeCode().get(10, TimeUnit.SECONDS));
    }
}
