package fi.kurkiaura.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.testing.Http;
import fi.kurkiaura.testing.StandaloneServer;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the hub starts when its stores cannot be used: it says so in one clear log line, readiness
 * stays DOWN with the reason, and the API answers 503 instead of half-working.
 */
class StartupFailureIT {

    private static final Duration BOOT = Duration.ofSeconds(180);

    @Test
    void anUnusableDataDirectoryKeepsReadinessDown(@TempDir Path work) throws Exception {
        Path notADirectory = Files.writeString(work.resolve("a-file"), "the data directory cannot be created under a file");
        Path dataDirectory = notADirectory.resolve("data");

        try (StandaloneServer server = StandaloneServer.start(work.resolve("server"), 300, Map.of(),
                "-Dkurkiaura.data.dir=" + dataDirectory)) {
            JsonObject readiness = server.awaitReadinessWith("graph-store", BOOT);

            assertEquals("DOWN", readiness.getString("status"));
            assertEquals("DOWN", check(readiness, "graph-store").getString("status"));
            assertEquals("DOWN", check(readiness, "database").getString("status"));
            assertTrue(check(readiness, "graph-store").getJsonObject("data").getString("problem").contains(dataDirectory.toString()));

            HttpResponse<String> summary = Http.get(server.url("api/graph/summary"));
            assertEquals(503, summary.statusCode(), summary.body());
            assertTrue(Http.json(summary).getString("error").startsWith("the graph store at " + dataDirectory));

            server.awaitReadinessWith("graph-store", BOOT);
            List<String> graphLines = server.logLines(line -> line.contains("KURKIAURA NOT READY: the graph store at " + dataDirectory));
            assertEquals(1, graphLines.size(), "one log line, however often readiness is asked: " + graphLines);
        }
    }

    @Test
    void anUnreachablePostgresqlKeepsReadinessDown(@TempDir Path work) throws Exception {
        // Port 1 (tcpmux) has no listener here: a connection is refused at once. A port borrowed from
        // the ephemeral range could meanwhile be taken by another test's listener, which would accept
        // the driver's connection and never answer.
        int closedPort = 1;
        Map<String, String> postgresql = Map.of(
                "KURKIAURA_DB", "PostgreSQL",
                "KURKIAURA_DB_URL", "jdbc:postgresql://127.0.0.1:" + closedPort + "/kurkiaura",
                "KURKIAURA_DB_USER", "kurkiaura",
                "KURKIAURA_DB_PASSWORD", "not-used");

        try (StandaloneServer server = StandaloneServer.start(work.resolve("server"), 400, postgresql,
                "-Dkurkiaura.data.dir=" + work.resolve("data"))) {
            JsonObject readiness = server.awaitReadinessWith("database", BOOT);

            assertEquals("DOWN", readiness.getString("status"));
            assertEquals("DOWN", check(readiness, "database").getString("status"));
            assertEquals("UP", check(readiness, "graph-store").getString("status"), "the graph store does not need the database");

            server.awaitReadinessWith("database", BOOT);
            List<String> databaseLines = server.logLines(line -> line.contains("KURKIAURA NOT READY: the database"));
            assertEquals(1, databaseLines.size(), "one log line, however often readiness is asked: " + databaseLines);
            assertTrue(databaseLines.get(0).contains("127.0.0.1:" + closedPort), databaseLines.get(0));
        }
    }

    private static JsonObject check(JsonObject readiness, String name) {
        return readiness.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + readiness));
    }
}
