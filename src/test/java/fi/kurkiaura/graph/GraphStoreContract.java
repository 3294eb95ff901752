package fi.kurkiaura.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.Test;

/** What every GraphStore promises, run against each implementation. */
abstract class GraphStoreContract {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    abstract GraphStore store();

    @Test
    void whatIsAddedIsQueryable() {
        store().add(graph(3, "added"));
        assertTrue(ask("ASK { <urn:kurkiaura:test:added-2> ?p ?o }"));
    }

    @Test
    void anUpdateThatFailsPartWayLeavesNothingBehind() {
        assertThrows(RuntimeException.class, () -> store().update(UpdateFactory.create("""
                INSERT DATA { <urn:kurkiaura:test:half> <urn:kurkiaura:test:p> "first part" } ;
                LOAD <http://127.0.0.1:9/no-such-document.ttl>""")));
        assertFalse(ask("ASK { <urn:kurkiaura:test:half> ?p ?o }"));
    }

    @Test
    void queriesSeeThePublicGraphOnly() {
        store().update(UpdateFactory.create("""
                INSERT DATA { GRAPH <https://kurkiaura.fi/id/graph/private> { <urn:kurkiaura:test:person> <urn:kurkiaura:test:phone> "040 123" } }"""));
        assertFalse(ask("ASK { GRAPH ?g { ?s ?p ?o } }"));
        assertFalse(ask("ASK { ?s ?p \"040 123\" }"));
        assertFalse(ask("ASK FROM NAMED <https://kurkiaura.fi/id/graph/private> { GRAPH ?g { ?s ?p ?o } }"));
    }

    @Test
    void stopsARunawayQueryAtItsTimeLimit() {
        store().add(graph(1500, "bulk"));
        Instant start = Instant.now();
        assertThrows(QueryCancelledException.class, () -> store().query(
                QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"),
                Duration.ofSeconds(1), execution -> execution.execSelect().next()));
        assertTrue(Duration.between(start, Instant.now()).toSeconds() < 10, "stopped near the limit");
        assertTrue(store().problem().isEmpty(), "still usable afterwards");
    }

    @Test
    void exportsThePrivateGraphOnlyWhenAsked() {
        store().add(graph(2, "exported"));
        store().update(UpdateFactory.create(
                "INSERT DATA { GRAPH <https://kurkiaura.fi/id/graph/private> { <urn:kurkiaura:test:someone> <urn:kurkiaura:test:phone> \"040 999\" } }"));

        DatasetGraph everything = exported(true);
        assertTrue(everything.getDefaultGraph().contains(NodeFactory.createURI("urn:kurkiaura:test:exported-1"), Node.ANY, Node.ANY));
        assertTrue(everything.getGraph(NodeFactory.createURI("https://kurkiaura.fi/id/graph/private"))
                .contains(Node.ANY, Node.ANY, NodeFactory.createLiteralString("040 999")));

        DatasetGraph publicOnly = exported(false);
        assertTrue(publicOnly.getDefaultGraph().contains(NodeFactory.createURI("urn:kurkiaura:test:exported-1"), Node.ANY, Node.ANY));
        assertFalse(publicOnly.find(Node.ANY, Node.ANY, Node.ANY, NodeFactory.createLiteralString("040 999")).hasNext());
    }

    private DatasetGraph exported(boolean withPrivateGraph) {
        ByteArrayOutputStream trig = new ByteArrayOutputStream();
        store().export(trig, withPrivateGraph);
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(trig.toString(StandardCharsets.UTF_8), Lang.TRIG).parse(dataset);
        return dataset;
    }

    @Test
    void givesThePrivateDescriptionOfAResourceOnlyWhenAskedForIt() {
        store().update(UpdateFactory.create("INSERT DATA { GRAPH <https://kurkiaura.fi/id/graph/private> { "
                + "<urn:kurkiaura:test:listed> <urn:kurkiaura:test:mbox> <mailto:listed@example.org> ; <urn:kurkiaura:test:address> [ <urn:kurkiaura:test:street> \"Tehtaankatu 1\" ] } }"));

        Graph details = store().privateDescription("urn:kurkiaura:test:listed");

        assertTrue(details.contains(Node.ANY, Node.ANY, NodeFactory.createURI("mailto:listed@example.org")));
        assertTrue(details.contains(Node.ANY, Node.ANY, NodeFactory.createLiteralString("Tehtaankatu 1")), "with its blank nodes");
        assertTrue(store().privateDescription("urn:kurkiaura:test:nobody").isEmpty());
    }

    @Test
    void reportsNoProblemWhenUsable() {
        assertEquals(java.util.Optional.empty(), store().problem());
    }

    boolean ask(String query) {
        return store().query(QueryFactory.create(query), LIMIT, QueryExecution::execAsk);
    }

    static Graph graph(int triples, String name) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (int i = 0; i < triples; i++) {
            graph.add(Triple.create(NodeFactory.createURI("urn:kurkiaura:test:" + name + "-" + i),
                    NodeFactory.createURI("urn:kurkiaura:test:value"), NodeFactory.createLiteralString(name + " " + i)));
        }
        return graph;
    }
}
