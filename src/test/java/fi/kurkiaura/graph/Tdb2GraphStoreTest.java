package fi.kurkiaura.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.platform.UnavailableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Tdb2GraphStoreTest extends GraphStoreContract {

    @TempDir
    Path dataDirectory;

    private Tdb2GraphStore store;

    @BeforeEach
    void open() {
        store = new Tdb2GraphStore(dataDirectory.resolve("tdb2"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Override
    GraphStore store() {
        return store;
    }

    @Test
    void keepsWhatWasAddedWhenOpenedAgain() {
        store.add(graph(2, "kept"));
        store.close();
        assertTrue(ask("ASK { <urn:kurkiaura:test:kept-1> ?p ?o }"));
        assertTrue(Files.isDirectory(dataDirectory.resolve("tdb2")));
    }

    @Test
    void closingForGoodWaitsForAReaderThenReleasesTheLockAndRefusesLateComers() throws Exception {
        store.add(graph(1, "read"));
        CountDownLatch reading = new CountDownLatch(1);
        CompletableFuture<Boolean> reader = CompletableFuture.supplyAsync(() -> store.query(QueryFactory.create("ASK { ?s ?p ?o }"),
                Duration.ofSeconds(10), execution -> {
                    reading.countDown();
                    sleep(Duration.ofMillis(500));
                    return execution.execAsk();
                }));
        assertTrue(reading.await(10, TimeUnit.SECONDS));

        store.closeForGood();

        assertTrue(reader.get(10, TimeUnit.SECONDS), "the reader finished");
        assertThrows(UnavailableException.class, () -> store.add(graph(1, "late")), "no reopening after the application stopped");
        Tdb2GraphStore next = new Tdb2GraphStore(dataDirectory.resolve("tdb2"));
        next.add(graph(1, "next"));
        assertTrue(next.query(QueryFactory.create("ASK { <urn:kurkiaura:test:read-0> ?p ?o }"), Duration.ofSeconds(10), QueryExecution::execAsk),
                "the next deployment opens the same files");
        next.close();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void reportsAnUnusableDirectoryAndRecoversOnceItIsFixed() throws Exception {
        Path blocker = Files.writeString(dataDirectory.resolve("blocker"), "not a directory");
        Tdb2GraphStore blocked = new Tdb2GraphStore(blocker.resolve("data/tdb2"));

        String problem = blocked.problem().orElseThrow();
        assertTrue(problem.startsWith("the graph store at " + blocker.resolve("data/tdb2") + " is unusable"), problem);
        UnavailableException refused = assertThrows(UnavailableException.class, () -> blocked.add(graph(1, "refused")));
        assertEquals(problem, refused.getMessage());

        Files.delete(blocker);
        assertFalse(blocked.problem().isPresent(), "usable once the directory can be created");
        blocked.close();
    }
}
