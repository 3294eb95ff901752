package fi.kurkiaura.graph;

import fi.kurkiaura.platform.ProblemLog;
import fi.kurkiaura.platform.UnavailableException;
import java.io.OutputStream;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.DSP;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.update.UpdateRequest;

/**
 * The graph behind a SPARQL 1.1 service such as Apache Jena Fuseki: queries to {@code <url>/query},
 * updates to {@code <url>/update}, bulk additions through the Graph Store Protocol at
 * {@code <url>/data}. Each update or addition is one request, which the service applies in one
 * transaction. Queries name the service's default graph as their only graph, so named graphs
 * (the private one) stay out of them, as they do with the embedded store.
 */
public class SparqlServiceGraphStore implements GraphStore {

    /** How Jena-based services name the real default graph in a protocol dataset description. */
    static final String DEFAULT_GRAPH = "urn:x-arq:DefaultGraph";

    private static final Logger LOG = Logger.getLogger(SparqlServiceGraphStore.class.getName());
    private static final Query PING = QueryFactory.create("ASK {}");

    private final String service;
    private final ProblemLog problems = new ProblemLog(LOG);

    public SparqlServiceGraphStore(String serviceUrl) {
        this.service = serviceUrl.replaceAll("/+$", "");
    }

    @Override
    public <T> T query(Query query, Duration timeout, Function<QueryExecution, T> answer) {
        return reachable(() -> {
            try (QueryExecution execution = QueryExecutionHTTP.service(service + "/query")
                    .query(query)
                    .addDefaultGraphURI(DEFAULT_GRAPH)
                    .param("timeout", String.valueOf(timeout.toMillis() / 1000.0))
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .build()) {
                return answer.apply(execution);
            }
        });
    }

    @Override
    public void update(UpdateRequest update) {
        reachable(() -> {
            UpdateExecHTTP.service(service + "/update").update(update).execute();
            return null;
        });
    }

    @Override
    public void add(Graph triples) {
        reachable(() -> {
            GSP.service(service + "/data").defaultGraph().POST(triples);
            return null;
        });
    }

    @Override
    public Graph privateDescription(String iri) {
        ParameterizedSparqlString construct = new ParameterizedSparqlString(
                "CONSTRUCT { ?resource ?p ?o . ?o ?bp ?bo } WHERE { GRAPH ?private { ?resource ?p ?o OPTIONAL { FILTER(isBlank(?o)) ?o ?bp ?bo } } }");
        construct.setIri("resource", iri);
        construct.setIri("private", Ontology.PRIVATE_GRAPH);
        return reachable(() -> {
            try (QueryExecution execution = QueryExecutionHTTP.service(service + "/query").query(construct.asQuery()).build()) {
                return execution.execConstruct().getGraph();
            }
        });
    }

    @Override
    public void export(OutputStream out, boolean withPrivateGraph) {
        DatasetGraph exported = reachable(() -> withPrivateGraph
                ? DSP.service(service + "/data").GET()
                : DatasetGraphFactory.wrap(GSP.service(service + "/data").defaultGraph().GET()));
        RDFDataMgr.write(out, exported, RDFFormat.TRIG_BLOCKS);
    }

    @Override
    public Optional<String> problem() {
        try {
            query(PING, Duration.ofSeconds(5), QueryExecution::execAsk);
            return Optional.empty();
        } catch (UnavailableException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Runs a call to the service, telling apart a service that cannot be reached (no HTTP answer,
     * or a gateway's 502/504: UnavailableException, logged once), a query the service stopped at
     * its time limit (QueryCancelledException, as the embedded store throws), and an operation the
     * service answered with an error (passed on as it is).
     */
    private <T> T reachable(Supplier<T> call) {
        try {
            T result = call.get();
            problems.cleared("Kurkiaura graph store at " + service + " answers again");
            return result;
        } catch (QueryExceptionHTTP e) {
            if (e.getStatusCode() == 503 || e.getCause() instanceof HttpTimeoutException) {
                throw new QueryCancelledException();
            }
            throw failedOrUnavailable(e, e.getStatusCode());
        } catch (HttpException e) {
            throw failedOrUnavailable(e, e.getStatusCode());
        }
    }

    private RuntimeException failedOrUnavailable(RuntimeException e, int status) {
        boolean answered = status > 0 && status != 502 && status != 504;
        if (answered) {
            return e;
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String detail = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return new UnavailableException(problems.report("the SPARQL service at " + service + " does not answer: " + detail, e));
    }
}
