package fi.kurkiaura.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.testing.KurkiauraDeployment;
import jakarta.inject.Inject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The embedded TDB2 dataset inside WildFly: seeded on first start, read and written in transactions. */
@ExtendWith(ArquillianExtension.class)
class GraphStoreIT {

    private static final String TEST_GRAPH = "urn:kurkiaura:test:graph-store-it";

    @Deployment
    static WebArchive deployment() {
        return KurkiauraDeployment.war().addClass(GraphStoreIT.class);
    }

    @Inject
    GraphStore store;

    @Inject
    SeedLoader seedLoader;

    @Test
    void holdsTheSeedAfterFirstStartAndNeverLoadsItTwice() {
        long sources = store.read(dataset -> (long) dataset.getDefaultModel()
                .listSubjectsWithProperty(RDF.type, DCTerms.BibliographicResource).toList().size());
        assertEquals(5, sources);
        assertFalse(seedLoader.loadIfEmpty(), "a graph with data is never seeded again");
    }

    @Test
    void whatAWriteTransactionCommitsIsReadBack() {
        store.write(dataset -> dataset.getNamedModel(TEST_GRAPH).add(
                ResourceFactory.createResource("urn:kurkiaura:test:meeting"), DCTerms.title, "Verkostotapaaminen"));

        String title = store.read(dataset -> dataset.getNamedModel(TEST_GRAPH)
                .getRequiredProperty(ResourceFactory.createResource("urn:kurkiaura:test:meeting"), DCTerms.title)
                .getString());
        assertEquals("Verkostotapaaminen", title);
    }

    @Test
    void aWriteThatFailsHalfWayLeavesNothingBehind() {
        String graph = TEST_GRAPH + ":aborted";
        assertThrows(IllegalStateException.class, () -> store.write(dataset -> {
            Model model = dataset.getNamedModel(graph);
            model.add(ResourceFactory.createResource("urn:kurkiaura:test:half"), DCTerms.title, "puolikas");
            throw new IllegalStateException("fails after the first triple");
        }));

        boolean empty = store.read(dataset -> dataset.getNamedModel(graph).isEmpty());
        assertTrue(empty);
    }

    @Test
    void reportsNoProblemWhenUsable() {
        assertTrue(store.problem().isEmpty());
    }
}
