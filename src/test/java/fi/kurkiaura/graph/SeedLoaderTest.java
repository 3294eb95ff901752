package fi.kurkiaura.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedLoaderTest {

    @TempDir
    Path dataDirectory;

    private final Tdb2GraphStore store = new Tdb2GraphStore();
    private final SeedLoader loader = new SeedLoader();

    @BeforeEach
    void wire() {
        store.dataDirectory = dataDirectory.toString();
        loader.store = store;
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
        long sources = store.read(dataset -> (long) dataset.getDefaultModel()
                .listSubjectsWithProperty(RDF.type, DCTerms.BibliographicResource).toList().size());
        assertEquals(5, sources);

        long triples = store.read(dataset -> dataset.getDefaultModel().size());
        assertFalse(loader.loadIfEmpty());
        long triplesAfter = store.read(dataset -> dataset.getDefaultModel().size());
        assertEquals(triples, triplesAfter);
    }
}
