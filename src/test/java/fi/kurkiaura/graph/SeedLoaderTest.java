package fi.kurkiaura.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.testing.FiredEvents;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedLoaderTest {

    @TempDir
    Path dataDirectory;

    private Tdb2GraphStore store;
    private final SeedLoader loader = new SeedLoader();
    private final FiredEvents<GraphChanged> changes = new FiredEvents<>();

    @BeforeEach
    void wire() {
        store = new Tdb2GraphStore(dataDirectory.resolve("tdb2"));
        loader.store = store;
        loader.changed = changes;
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void listsItsFilesInTheManifest() {
        assertTrue(SeedLoader.seedFiles().contains("seed/sources.ttl"), SeedLoader.seedFiles().toString());
    }

    @Test
    void loadsAnEmptyGraphOnceAndLeavesAGraphWithDataAlone() {
        assertTrue(loader.loadIfEmpty());
        assertEquals(1, changes.fired().size(), "the rest of the hub is told");
        assertEquals(5, count("SELECT (COUNT(?s) AS ?n) WHERE { ?s a <http://purl.org/dc/terms/BibliographicResource> }"));

        long triples = count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        assertFalse(loader.loadIfEmpty());
        assertEquals(1, changes.fired().size(), "nothing changed the second time");
        assertEquals(triples, count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"));
    }

    private long count(String query) {
        return store.query(QueryFactory.create(query), Duration.ofSeconds(10),
                execution -> execution.execSelect().next().getLiteral("n").getLong());
    }
}
