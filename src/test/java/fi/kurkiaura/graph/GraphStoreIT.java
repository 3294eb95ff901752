package fi.kurkiaura.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.testing.KurkiauraDeployment;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.update.UpdateFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The graph store inside WildFly: TDB2 by default configuration, seeded on first start, read and written. */
@ExtendWith(ArquillianExtension.class)
class GraphStoreIT {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Deployment
    static WebArchive deployment() {
        return KurkiauraDeployment.war().addClass(GraphStoreIT.class);
    }

    @Inject
    GraphStore store;

    @Inject
    SeedLoader seedLoader;

    @Test
    void isTheEmbeddedTdb2DatasetUnderTheDataDirectoryByDefault() {
        assertTrue(ask("ASK { ?s ?p ?o }"));
        assertTrue(Files.isDirectory(Path.of(System.getProperty("kurkiaura.data.dir"), "tdb2", "Data-0001")));
    }

    @Test
    void holdsTheSeedAfterFirstStartAndNeverLoadsItTwice() {
        assertTrue(ask("ASK { <https://kurkiaura.fi/id/place/hameenlinna> ?p \"Tavastehus\"@sv }"));
        assertFalse(seedLoader.loadIfEmpty(), "a graph with data is never seeded again");
    }

    @Test
    void whatAnUpdateWritesIsReadBack() {
        store.update(UpdateFactory.create(
                "INSERT DATA { <urn:kurkiaura:test:meeting> <http://purl.org/dc/terms/title> \"Verkostotapaaminen\" }"));
        assertTrue(ask("ASK { <urn:kurkiaura:test:meeting> ?p \"Verkostotapaaminen\" }"));
    }

    @Test
    void reportsNoProblemWhenUsable() {
        assertEquals(java.util.Optional.empty(), store.problem());
    }

    private boolean ask(String query) {
        return store.query(QueryFactory.create(query), LIMIT, QueryExecution::execAsk);
    }
}
