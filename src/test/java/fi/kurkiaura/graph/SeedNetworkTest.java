package fi.kurkiaura.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.testing.FiredEvents;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo network as loaded on first start: conforms to the shapes and is as large as promised. */
class SeedNetworkTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    @TempDir
    static Path dataDirectory;

    private static Tdb2GraphStore STORE;

    @BeforeAll
    static void loadSeed() {
        STORE = new Tdb2GraphStore(dataDirectory.resolve("tdb2"));
        SeedLoader loader = new SeedLoader();
        loader.store = STORE;
        loader.changed = new FiredEvents<>();
        assertTrue(loader.loadIfEmpty());
    }

    @AfterAll
    static void close() {
        STORE.close();
    }

    @Test
    void conformsToTheShapes() {
        List<ShapeValidator.Violation> violations = new ShapeValidator().violations(everything().getGraph());
        assertEquals(List.of(), violations, () -> violations.stream().limit(30).map(Object::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void namesItsSourceAndModificationTimeForEveryResourceWithASource() {
        long unstamped = everything().listSubjectsWithProperty(DCTerms.source).toList().stream()
                .filter(resource -> !resource.hasProperty(DCTerms.modified))
                .count();
        assertEquals(0, unstamped);
    }

    @Test
    void isAsLargeAsTheDemoNeeds() {
        assertAtLeast(150, "{ ?x a ?t VALUES ?t { org:FormalOrganization org:OrganizationalUnit org:OrganizationalCollaboration foaf:Person } }");
        assertAtLeast(30, "{ ?x a ?t VALUES ?t { schema:Project ku:Pilot } }");
        assertAtLeast(60, "{ ?x a schema:Service }");
        assertAtLeast(40, "{ ?x a ?t VALUES ?t { schema:Event schema:EventSeries } }");
    }

    @Test
    void everyServiceSaysWhoProvidesItForWhomAndWhere() {
        assertNone("{ ?x a schema:Service FILTER NOT EXISTS { ?x schema:provider ?p ; schema:audience ?a ; schema:areaServed ?m } }");
    }

    @Test
    void namesEveryMunicipalityOfTheDocuments() {
        for (String municipality : List.of("hameenlinna", "hattula", "forssa", "tammela", "jokioinen", "ypaja", "humppila",
                "pori", "rauma", "kankaanpaa", "sakyla", "ulvila", "kokemaki", "jamsa", "jyvaskyla", "keuruu", "kuhmoinen",
                "lapinjarvi", "helsinki", "tampere")) {
            assertAtLeast(1, "{ ?x a ku:Municipality ; rdfs:label ?sv FILTER(?x = <https://kurkiaura.fi/id/place/" + municipality
                    + "> && lang(?sv) = \"sv\") }");
        }
    }

    @Test
    void coversTheMunicipalitiesOfTheDocumentsWithTheirSwedishNames() {
        String tavastehus = firstValue(PREFIXES + "SELECT ?x WHERE { ?x a ku:Municipality ; rdfs:label \"Tavastehus\"@sv }");
        assertEquals("https://kurkiaura.fi/id/place/hameenlinna", tavastehus);
    }

    private static final String PREFIXES = """
            PREFIX org: <http://www.w3.org/ns/org#> PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX schema: <https://schema.org/> PREFIX ku: <https://kurkiaura.fi/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    private static void assertAtLeast(long minimum, String pattern) {
        long count = count(pattern);
        assertTrue(count >= minimum, "expected at least " + minimum + " for " + pattern + ", found " + count);
    }

    private static void assertNone(String pattern) {
        assertEquals(0, count(pattern), pattern);
    }

    private static long count(String pattern) {
        return Long.parseLong(firstValue(PREFIXES + "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE " + pattern));
    }

    /** The first column of the first row, as text; read inside the query, as the store requires. */
    private static String firstValue(String query) {
        return STORE.query(QueryFactory.create(query), LIMIT, execution -> {
            QuerySolution row = execution.execSelect().next();
            RDFNode value = row.get(row.varNames().next());
            return value.isLiteral() ? value.asLiteral().getLexicalForm() : value.asResource().getURI();
        });
    }

    private static Model everything() {
        return STORE.query(QueryFactory.create("CONSTRUCT WHERE { ?s ?p ?o }"), LIMIT, QueryExecution::execConstruct);
    }
}
