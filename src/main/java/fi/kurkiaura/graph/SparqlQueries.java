package fi.kurkiaura.graph;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.update.UpdateFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs read-only SPARQL queries over the public graph, within a time limit and a result limit.
 * Named graphs (such as the private contact details) are not part of the dataset a query sees:
 * {@link GraphStore#query} guarantees it for either store.
 */
@ApplicationScoped
public class SparqlQueries {

    @Inject
    GraphStore store;

    @Inject
    @ConfigProperty(name = "kurkiaura.sparql.timeout-seconds", defaultValue = "10")
    int timeoutSeconds;

    @Inject
    @ConfigProperty(name = "kurkiaura.sparql.max-results", defaultValue = "10000")
    int maxResults;

    /** A formatted answer: the bytes and their media type. */
    public record Answer(byte[] body, String mediaType) {
    }

    /** The query is not SPARQL, not a query (an update), or not answerable in the formats asked for. */
    public static class RefusedQuery extends RuntimeException {
        private final int status;

        RefusedQuery(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** The query ran past the time limit and was cancelled. */
    public static class QueryTooSlow extends RuntimeException {
        QueryTooSlow(String message) {
            super(message);
        }
    }

    public Answer answer(String queryText, List<String> acceptedMediaTypes) {
        Query query = parse(queryText);
        if (!query.hasLimit() || query.getLimit() > maxResults) {
            query.setLimit(maxResults);
        }
        ResultFormat format = ResultFormat.negotiate(query, acceptedMediaTypes);
        try {
            byte[] body = store.query(query, Duration.ofSeconds(timeoutSeconds), execution -> write(query, execution, format));
            return new Answer(body, format.mediaType());
        } catch (QueryCancelledException e) {
            throw new QueryTooSlow("The query ran longer than the " + timeoutSeconds + " s time limit and was stopped");
        }
    }

    /** Formats the whole answer before anything is sent, so a query stopped half-way sends a clean error. */
    private static byte[] write(Query query, QueryExecution execution, ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (query.isSelectType()) {
            ResultSetMgr.write(out, execution.execSelect(), format.resultSetLang());
        } else if (query.isAskType()) {
            ResultSetMgr.write(out, execution.execAsk(), format.resultSetLang());
        } else if (query.isConstructType()) {
            RDFDataMgr.write(out, execution.execConstruct(), format.rdfFormat());
        } else {
            RDFDataMgr.write(out, execution.execDescribe(), format.rdfFormat());
        }
        return out.toByteArray();
    }

    private static Query parse(String queryText) {
        if (queryText == null || queryText.isBlank()) {
            throw new RefusedQuery(400, "No query: send one as the 'query' parameter or as an application/sparql-query body");
        }
        try {
            return QueryFactory.create(queryText);
        } catch (QueryParseException e) {
            if (isUpdate(queryText)) {
                throw new RefusedQuery(400, "This endpoint is read-only: SPARQL Update is not accepted");
            }
            throw new RefusedQuery(400, "Not a valid SPARQL query: " + e.getMessage());
        }
    }

    private static boolean isUpdate(String text) {
        try {
            UpdateFactory.create(text);
            return true;
        } catch (QueryParseException notAnUpdateEither) {
            return false;
        }
    }

    /** The result formats of the SPARQL 1.1 Protocol, chosen from the client's Accept header. */
    enum ResultFormat {
        JSON("application/sparql-results+json", ResultSetLang.RS_JSON, null, true),
        XML("application/sparql-results+xml", ResultSetLang.RS_XML, null, true),
        CSV("text/csv", ResultSetLang.RS_CSV, null, true),
        TSV("text/tab-separated-values", ResultSetLang.RS_TSV, null, true),
        TURTLE("text/turtle", null, RDFFormat.TURTLE_PRETTY, false),
        JSON_LD("application/ld+json", null, RDFFormat.JSONLD11, false),
        N_TRIPLES("application/n-triples", null, RDFFormat.NTRIPLES, false),
        RDF_XML("application/rdf+xml", null, RDFFormat.RDFXML, false);

        private final String mediaType;
        private final Lang resultSetLang;
        private final RDFFormat rdfFormat;
        private final boolean forResults;

        ResultFormat(String mediaType, Lang resultSetLang, RDFFormat rdfFormat, boolean forResults) {
            this.mediaType = mediaType;
            this.resultSetLang = resultSetLang;
            this.rdfFormat = rdfFormat;
            this.forResults = forResults;
        }

        String mediaType() {
            return mediaType;
        }

        Lang resultSetLang() {
            return resultSetLang;
        }

        RDFFormat rdfFormat() {
            return rdfFormat;
        }

        /** The first acceptable format for the query's kind; SELECT/ASK default to JSON, graphs to Turtle. */
        static ResultFormat negotiate(Query query, List<String> accepted) {
            boolean results = query.isSelectType() || query.isAskType();
            for (String mediaType : accepted) {
                for (ResultFormat format : values()) {
                    if (format.forResults == results && format.mediaType.equals(mediaType)) {
                        return format;
                    }
                }
                if (mediaType.equals("*/*") || mediaType.equals("application/*") || mediaType.equals("text/*")) {
                    return results ? JSON : TURTLE;
                }
                if (results && mediaType.equals("application/json")) {
                    return JSON;
                }
            }
            if (accepted.isEmpty()) {
                return results ? JSON : TURTLE;
            }
            throw new RefusedQuery(406, "None of the accepted media types " + accepted + " fits a "
                    + (results ? "result set (use application/sparql-results+json, +xml, text/csv or text/tab-separated-values)"
                            : "graph (use text/turtle, application/ld+json, application/n-triples or application/rdf+xml)"));
        }
    }
}
