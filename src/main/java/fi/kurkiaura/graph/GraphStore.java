package fi.kurkiaura.graph;

import java.io.OutputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.update.UpdateRequest;

/**
 * The network graph, embedded (TDB2) or behind a SPARQL service (Fuseki), chosen by configuration.
 * Queries see the public graph only (the default graph, no named graphs) and stop at their time
 * limit; an update or an addition lands whole or not at all. Throws
 * {@link fi.kurkiaura.platform.UnavailableException} while the store cannot be used.
 */
public interface GraphStore {

    /**
     * Runs {@code query} over the public graph; {@code answer} consumes the execution (results are
     * read inside it). Running past {@code timeout} throws Jena's {@code QueryCancelledException}.
     */
    <T> T query(Query query, Duration timeout, Function<QueryExecution, T> answer);

    /** Applies a SPARQL update atomically; it may write any graph, the private one included. */
    void update(UpdateRequest update);

    /** Adds triples to the public graph atomically. */
    void add(Graph triples);

    /**
     * What the private graph says about {@code iri} (a person's contact details), with the blank
     * nodes it links to; for callers allowed to see it, never for the public.
     */
    Graph privateDescription(String iri);

    /**
     * Writes the whole store as TriG to {@code out}: the public graph as the default graph, and
     * the private graph as a named graph only if {@code withPrivateGraph}.
     */
    void export(OutputStream out, boolean withPrivateGraph);

    /** Empty when the store can be used; otherwise why not. */
    Optional<String> problem();
}
