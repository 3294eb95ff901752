package fi.kurkiaura.graph;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;

/** Counts what the graph holds, for the directory and the coordinators' dashboard. */
@ApplicationScoped
public class GraphSummaries {

    private static final String RESOURCES_PER_TYPE = """
            SELECT ?type (COUNT(DISTINCT ?resource) AS ?resources)
            WHERE { ?resource a ?type }
            GROUP BY ?type
            ORDER BY DESC(?resources) ?type
            """;

    @Inject
    GraphStore store;

    public GraphSummary summarise() {
        return store.read(dataset -> new GraphSummary(dataset.getDefaultModel().size(), resourcesPerType(dataset)));
    }

    private static List<GraphSummary.TypeCount> resourcesPerType(Dataset dataset) {
        List<GraphSummary.TypeCount> counts = new ArrayList<>();
        try (QueryExecution execution = QueryExecution.dataset(dataset).query(RESOURCES_PER_TYPE).build()) {
            execution.execSelect().forEachRemaining(row -> counts.add(new GraphSummary.TypeCount(
                    row.getResource("type").getURI(),
                    row.getLiteral("resources").getLong())));
        }
        return counts;
    }
}
