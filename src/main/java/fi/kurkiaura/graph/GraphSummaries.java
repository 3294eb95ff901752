package fi.kurkiaura.graph;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;

/** Counts what the graph holds, for the directory and the coordinators' dashboard. */
@ApplicationScoped
public class GraphSummaries {

    private static final Query TRIPLES = QueryFactory.create("SELECT (COUNT(*) AS ?triples) WHERE { ?s ?p ?o }");
    private static final Query RESOURCES_PER_TYPE = QueryFactory.create("""
            SELECT ?type (COUNT(DISTINCT ?resource) AS ?resources)
            WHERE { ?resource a ?type FILTER(isIRI(?type)) }
            GROUP BY ?type
            ORDER BY DESC(?resources) ?type
            """);
    private static final Duration TIME_LIMIT = Duration.ofSeconds(30);

    @Inject
    GraphStore store;

    public GraphSummary summarise() {
        long triples = store.query(TRIPLES, TIME_LIMIT, execution -> execution.execSelect().next().getLiteral("triples").getLong());
        List<GraphSummary.TypeCount> types = store.query(RESOURCES_PER_TYPE, TIME_LIMIT, execution -> {
            List<GraphSummary.TypeCount> counts = new ArrayList<>();
            ResultSet rows = execution.execSelect();
            rows.forEachRemaining(row -> counts.add(new GraphSummary.TypeCount(
                    row.getResource("type").getURI(), row.getLiteral("resources").getLong())));
            return counts;
        });
        return new GraphSummary(triples, types);
    }
}
