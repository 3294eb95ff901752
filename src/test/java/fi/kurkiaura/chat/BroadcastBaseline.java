package fi.kurkiaura.chat;

import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.websockets.core.AbstractReceiveListener;
import io.undertow.websockets.core.BufferedTextMessage;
import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.core.WebSockets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The chat benchmark's baseline: a bare Undertow WebSocket server that broadcasts every text
 * message to everyone connected to the same room ({@code /ws/<room>}), with no authentication, no
 * storage, no protocol. What the hub does on top of this is what the benchmark prices.
 */
final class BroadcastBaseline implements AutoCloseable {

    private final Undertow server;
    private final Map<String, Set<WebSocketChannel>> rooms = new ConcurrentHashMap<>();

    BroadcastBaseline(int port) {
        server = Undertow.builder()
                .addHttpListener(port, "127.0.0.1")
                .setHandler(Handlers.path().addPrefixPath("/ws", Handlers.websocket((exchange, channel) -> {
                    String room = exchange.getRequestURI().substring(exchange.getRequestURI().lastIndexOf('/') + 1);
                    Set<WebSocketChannel> members = rooms.computeIfAbsent(room, key -> ConcurrentHashMap.newKeySet());
                    members.add(channel);
                    channel.addCloseTask(closed -> members.remove(closed));
                    channel.getReceiveSetter().set(new AbstractReceiveListener() {
                        @Override
                        protected void onFullTextMessage(WebSocketChannel from, BufferedTextMessage message) {
                            String text = message.getData();
                            members.forEach(member -> WebSockets.sendText(text, member, null));
                        }
                    });
                    channel.resumeReceives();
                })))
                .build();
        server.start();
    }

    @Override
    public void close() {
        server.stop();
    }
}
