package fi.kurkiaura.graph;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.platform.UnavailableException;
import fi.kurkiaura.testing.FusekiProcess;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GraphStore contract against a real Apache Jena Fuseki in its own process. */
class SparqlServiceGraphStoreIT extends GraphStoreContract {

    @TempDir
    static Path work;

    private static FusekiProcess fuseki;
    private static SparqlServiceGraphStore store;

    @BeforeAll
    static void startFuseki() {
        fuseki = FusekiProcess.start(work);
        store = new SparqlServiceGraphStore(fuseki.datasetUrl());
    }

    @AfterAll
    static void stopFuseki() throws InterruptedException {
        fuseki.close();
    }

    @Override
    GraphStore store() {
        return store;
    }

    @Test
    void reportsAServiceThatDoesNotAnswer() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SparqlServiceGraphStore unreachable = new SparqlServiceGraphStore("http://127.0.0.1:" + closedPort + "/kurkiaura");

        String problem = unreachable.problem().orElseThrow();
        assertTrue(problem.startsWith("the SPARQL service at http://127.0.0.1:" + closedPort + "/kurkiaura does not answer"), problem);
        assertThrows(UnavailableException.class, () -> unreachable.add(graph(1, "refused")));
    }
}
