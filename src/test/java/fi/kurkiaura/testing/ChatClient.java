package fi.kurkiaura.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A chat WebSocket client for tests: opens /ws/chat with a ticket, sends frames, reads them back
 * in order. Presence frames come every few seconds whatever a test does, so they are kept apart and
 * read only by asking for them ({@code until("presence")}).
 */
public final class ChatClient implements WebSocket.Listener, AutoCloseable {

    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> presence = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private WebSocket socket;
    private JsonObject welcome;

    /** Listens on a socket opened some other way, as the handshake tests do. */
    public ChatClient() {
    }

    /** Connected as {@code email} (a demo account's password), past the welcome frame. */
    public static ChatClient connect(URI base, String email, String password) {
        HubSession account = HubSession.withBearerToken(base, email, password);
        String ticket = Http.json(account.post("api/session/websocket-ticket", "application/json", "{}")).getString("ticket");
        ChatClient client = new ChatClient();
        try {
            client.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create(base.toString().replaceFirst("^http", "ws")).resolve("ws/chat?ticket=" + ticket), client)
                    .get(10, TimeUnit.SECONDS);
            client.welcome = client.next();
            if (!client.welcome.getString("type").equals("welcome")) {
                throw new AssertionError("Expected a welcome, got " + client.welcome);
            }
            return client;
        } catch (Exception e) {
            throw new IllegalStateException("Could not connect the chat as " + email, e);
        }
    }

    public void send(JsonObject frame) {
        socket.sendText(frame.toString(), true).join();
    }

    public void sendText(String text) {
        socket.sendText(text, true).join();
    }

    /** One part of a message split over several frames. */
    public CompletableFuture<WebSocket> sendPart(String text, boolean last) {
        return socket.sendText(text, last);
    }

    /** The frame the server greeted with. */
    public JsonObject welcome() {
        return welcome;
    }

    /** Completes with the close code when the server closes the connection. */
    public CompletableFuture<Integer> closeCode() {
        return closeCode;
    }

    /** The next frame other than presence; fails after 10 s of silence. */
    public JsonObject next() {
        return take(received);
    }

    private static JsonObject take(BlockingQueue<String> queue) {
        try {
            String frame = queue.poll(10, TimeUnit.SECONDS);
            if (frame == null) {
                throw new AssertionError("No frame within 10 s");
            }
            return Json.createReader(new StringReader(frame)).readObject();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Frames up to and including the first of {@code type} (presence frames: only when that is the type). */
    public List<JsonObject> until(String type) {
        BlockingQueue<String> queue = type.equals("presence") ? presence : received;
        List<JsonObject> frames = new ArrayList<>();
        JsonObject frame;
        do {
            frame = take(queue);
            frames.add(frame);
        } while (!frame.getString("type").equals(type));
        return frames;
    }

    public boolean isOpen() {
        return !socket.isInputClosed();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String frame = partial.toString();
            (frame.startsWith("{\"type\":\"presence\"") ? presence : received).add(frame);
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

    @Override
    public void close() {
        socket.abort();
    }
}
