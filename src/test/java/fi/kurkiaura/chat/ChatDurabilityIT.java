package fi.kurkiaura.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.testing.ChatClient;
import fi.kurkiaura.testing.Directories;
import fi.kurkiaura.testing.Http;
import fi.kurkiaura.testing.HubSession;
import fi.kurkiaura.testing.PostgresProcess;
import fi.kurkiaura.testing.StandaloneServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Never losing a message: a client sends while the server is killed (SIGKILL) and started again on
 * the same data; after it resends what was not acknowledged, every acknowledged message is there
 * exactly once with the sequence it was acknowledged with, and the sequences have no gaps. On the
 * embedded H2 and on a real PostgreSQL. The servers' logs stay in target/durability/.
 */
class ChatDurabilityIT {

    private static final int MESSAGES = 120;
    private static final int KILL_AFTER_ACKS = 40;
    private static final int PORT_OFFSET = 700;

    @ParameterizedTest
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void everyAcknowledgedMessageSurvivesAKillExactlyOnceAndInOrder(String database) throws Exception {
        Path work = Path.of("target/durability", database).toAbsolutePath();
        Directories.delete(work);
        try (PostgresProcess postgres = database.equals("PostgreSQL") ? PostgresProcess.start() : null) {
            Map<String, String> environment = postgres == null ? Map.of()
                    : Map.of("KURKIAURA_DB", "PostgreSQL", "KURKIAURA_DB_URL", postgres.jdbcUrl(), "KURKIAURA_DB_USER", postgres.user(), "KURKIAURA_DB_PASSWORD", postgres.password());
            killAndResend(work, environment);
        }
    }

    private void killAndResend(Path work, Map<String, String> environment) throws Exception {
        String[] options = {"-Dkurkiaura.data.dir=" + work.resolve("data"), "-Dkurkiaura.demo=true",
            "-Dkurkiaura.chat.burst=1000", "-Dkurkiaura.chat.messages-per-minute=60000"};
        Map<String, Long> acknowledged = new HashMap<>();
        long room;
        try (StandaloneServer first = StandaloneServer.start(work.resolve("first"), PORT_OFFSET, environment, options)) {
            first.awaitReadinessWith("database", Duration.ofSeconds(180));
            URI base = first.url("");
            room = openRoom(base);
            try (ChatClient olli = ChatClient.connect(base, "ohjaaja@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD)) {
                for (int i = 0; i < MESSAGES; i++) {
                    olli.send(send(room, i));
                }
                while (acknowledged.size() < KILL_AFTER_ACKS) {
                    JsonObject ack = olli.next();
                    acknowledged.put(ack.getString("id"), ack.getJsonNumber("seq").longValue());
                }
                first.kill();
            }
        }
        try (StandaloneServer second = StandaloneServer.start(work.resolve("second"), PORT_OFFSET, environment, options)) {
            second.awaitReadinessWith("database", Duration.ofSeconds(180));
            URI base = second.url("");
            Map<String, Long> afterRestart = new HashMap<>();
            try (ChatClient olli = ChatClient.connect(base, "ohjaaja@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD)) {
                for (int i = 0; i < MESSAGES; i++) {
                    olli.send(send(room, i));
                    JsonObject ack = olli.next();
                    assertEquals("ack", ack.getString("type"), ack.toString());
                    afterRestart.put(ack.getString("id"), ack.getJsonNumber("seq").longValue());
                }
            }
            acknowledged.forEach((id, seq) -> assertEquals(seq, afterRestart.get(id), "message " + id + " keeps the sequence it was acknowledged with"));

            JsonArray stored = Http.jsonArray(HubSession.withBearerToken(base, "ohjaaja@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD)
                    .get("api/chat/conversations/" + room + "/events?after=0&limit=200"));
            List<Long> sequences = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            stored.getValuesAs(JsonObject.class).forEach(event -> {
                sequences.add(event.getJsonNumber("seq").longValue());
                ids.add(event.getString("id"));
            });
            assertEquals(MESSAGES, stored.size(), "every message exactly once");
            assertEquals(MESSAGES, ids.stream().distinct().count());
            for (int i = 0; i < sequences.size(); i++) {
                assertEquals(i + 1L, sequences.get(i), "no gap and no disorder at " + i);
            }
            assertTrue(acknowledged.size() >= KILL_AFTER_ACKS);
        }
    }

    private static long openRoom(URI base) {
        long room = Http.json(HubSession.withBearerToken(base, "koordinaattori@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD)
                .postJson("api/chat/rooms", Json.createObjectBuilder().add("title", "Kestävyys").build())).getJsonNumber("id").longValue();
        HubSession.withBearerToken(base, "ohjaaja@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD)
                .postJson("api/chat/conversations/" + room + "/members", Json.createObjectBuilder().build());
        return room;
    }

    private static JsonObject send(long room, int i) {
        return Json.createObjectBuilder().add("type", "send").add("conversation", room).add("id", "kestava-" + i).add("text", "Viesti " + i).build();
    }
}
