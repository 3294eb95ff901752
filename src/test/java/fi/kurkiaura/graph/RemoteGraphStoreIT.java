package fi.kurkiaura.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.testing.FusekiProcess;
import fi.kurkiaura.testing.Http;
import fi.kurkiaura.testing.StandaloneServer;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hub configured, as in production, to keep its graph in a remote Fuseki: seeded into it on
 * first start, answering /sparql from it, and not ready while it is gone.
 */
class RemoteGraphStoreIT {

    private static final Duration BOOT = Duration.ofSeconds(180);

    @Test
    void keepsTheGraphInFusekiWhenConfiguredTo(@TempDir Path work) throws Exception {
        try (FusekiProcess fuseki = FusekiProcess.start(work.resolve("fuseki"));
                StandaloneServer server = StandaloneServer.start(work.resolve("server"), 500,
                        Map.of("KURKIAURA_GRAPH_STORE", "sparql", "KURKIAURA_GRAPH_SPARQL_URL", fuseki.datasetUrl()),
                        "-Dkurkiaura.data.dir=" + work.resolve("data"))) {
            JsonObject readiness = server.awaitReadinessWith("graph-store", BOOT);
            assertEquals("UP", readiness.getString("status"), readiness.toString());

            String ask = "ASK { <https://kurkiaura.fi/id/place/hameenlinna> ?p \"Tavastehus\"@sv }";
            HttpResponse<String> inFuseki = Http.get(java.net.URI.create(fuseki.datasetUrl() + "/query?query="
                    + URLEncoder.encode(ask, StandardCharsets.UTF_8)));
            assertTrue(inFuseki.body().contains("true"), "the seed was loaded into Fuseki: " + inFuseki.body());

            HttpResponse<String> throughTheHub = Http.get(server.url("sparql?query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8)));
            assertEquals(200, throughTheHub.statusCode(), throughTheHub.body());
            assertTrue(throughTheHub.body().contains("true"), throughTheHub.body());

            fuseki.close();
            JsonObject down = server.awaitCheckStatus("graph-store", "DOWN", Duration.ofSeconds(30));
            assertEquals("DOWN", down.getString("status"), down.toString());
            assertEquals(1, server.logLines(line -> line.contains("KURKIAURA NOT READY: the SPARQL service at " + fuseki.datasetUrl())).size());
        }
    }
}
