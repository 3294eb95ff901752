package fi.kurkiaura.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo network as loaded on first start: conforms to the shapes and is as large as promised. */
class SeedNetworkTest {

    @TempDir
    static Path dataDirectory;

    private static final Tdb2GraphStore STORE = new Tdb2GraphStore();

    @BeforeAll
    static void loadSeed() {
        STORE.dataDirectory = dataDirectory.toString();
        SeedLoader loader = new SeedLoader();
        loader.store = STORE;
        assertTrue(loader.loadIfEmpty());
    }

    @AfterAll
    static void close() {
        STORE.close();
    }

    @Test
    void conformsToTheShapes() {
        List<ShapeValidator.Violation> violations = STORE.read(dataset -> new ShapeValidator().violations(dataset.getDefaultModel().getGraph()));
        assertEquals(List.of(), violations, () -> violations.stream().limit(30).map(Object::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void namesItsSourceAndModificationTimeForEveryResourceWithASource() {
        long unstamped = STORE.read(dataset -> {
            Model model = dataset.getDefaultModel();
            return model.listSubjectsWithProperty(DCTerms.source).toList().stream()
                    .filter(resource -> !resource.hasProperty(DCTerms.modified))
                    .count();
        });
        assertEquals(0, unstamped);
    }

    @Test
    void coversTheMunicipalitiesOfTheDocumentsWithTheirSwedishNames() {
        QuerySolution swedish = single("""
                PREFIX ku: <https://kurkiaura.fi/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?municipality WHERE { ?municipality a ku:Municipality ; rdfs:label "Tavastehus"@sv }""");
        assertEquals("https://kurkiaura.fi/id/place/hameenlinna", swedish.getResource("municipality").getURI());
    }

    private static QuerySolution single(String query) {
        return STORE.read(dataset -> {
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
                return execution.execSelect().next();
            }
        });
    }
}
