package fi.kurkiaura.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.platform.UnavailableException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Tdb2GraphStoreTest {

    @TempDir
    Path dataDirectory;

    private final Tdb2GraphStore store = new Tdb2GraphStore();

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void keepsItsDatasetUnderTheDataDirectory() {
        store.dataDirectory = dataDirectory.toString();
        store.write(dataset -> dataset.getDefaultModel().add(
                ResourceFactory.createResource("urn:kurkiaura:test:a"), DCTerms.title, "A"));
        assertTrue(Files.isDirectory(dataDirectory.resolve("tdb2")));
        long triples = store.read(dataset -> dataset.getDefaultModel().size());
        assertEquals(1, triples);
        assertTrue(store.problem().isEmpty());
    }

    @Test
    void keepsWhatWasWrittenWhenOpenedAgain() {
        store.dataDirectory = dataDirectory.toString();
        store.write(dataset -> dataset.getDefaultModel().add(
                ResourceFactory.createResource("urn:kurkiaura:test:b"), RDF.type, DCTerms.BibliographicResource));
        store.close();

        long triples = store.read(dataset -> dataset.getDefaultModel().size());
        assertEquals(1, triples);
    }

    @Test
    void reportsAnUnusableDirectoryAndRecoversOnceItIsFixed() throws Exception {
        Path blocker = Files.writeString(dataDirectory.resolve("blocker"), "not a directory");
        store.dataDirectory = blocker.resolve("data").toString();

        String problem = store.problem().orElseThrow();
        assertTrue(problem.startsWith("the graph store at " + blocker.resolve("data/tdb2") + " is unusable"), problem);
        UnavailableException refused = assertThrows(UnavailableException.class, () -> store.read(dataset -> dataset.isEmpty()));
        assertEquals(problem, refused.getMessage());

        Files.delete(blocker);
        assertFalse(store.problem().isPresent(), "usable once the directory can be created");
    }
}
