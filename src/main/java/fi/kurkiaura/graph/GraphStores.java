package fi.kurkiaura.graph;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chooses the graph store from configuration: {@code kurkiaura.graph.store=tdb2} (default, under
 * {@code <kurkiaura.data.dir>/tdb2}) or {@code sparql} (a SPARQL service at
 * {@code kurkiaura.graph.sparql-url}, e.g. Fuseki's {@code http://fuseki:3030/kurkiaura}).
 */
@ApplicationScoped
public class GraphStores {

    private static final Logger LOG = Logger.getLogger(GraphStores.class.getName());

    @Inject
    @ConfigProperty(name = "kurkiaura.graph.store", defaultValue = "tdb2")
    String kind;

    @Inject
    @ConfigProperty(name = "kurkiaura.data.dir")
    String dataDirectory;

    @Inject
    @ConfigProperty(name = "kurkiaura.graph.sparql-url")
    Optional<String> sparqlUrl;

    @Produces
    @ApplicationScoped
    GraphStore configuredStore() {
        return switch (kind) {
            case "tdb2" -> new Tdb2GraphStore(Path.of(dataDirectory, "tdb2"));
            case "sparql" -> {
                String url = sparqlUrl.filter(value -> !value.isBlank()).orElseThrow(() -> new IllegalStateException(
                        "kurkiaura.graph.store=sparql needs kurkiaura.graph.sparql-url (KURKIAURA_GRAPH_SPARQL_URL)"));
                LOG.info("Kurkiaura graph store: the SPARQL service at " + url);
                yield new SparqlServiceGraphStore(url);
            }
            default -> throw new IllegalStateException(
                    "kurkiaura.graph.store is '" + kind + "'; use tdb2 (embedded, the default) or sparql (a remote SPARQL service)");
        };
    }

    void close(@Disposes GraphStore store) throws Exception {
        if (store instanceof Tdb2GraphStore embedded) {
            embedded.closeForGood();
        } else if (store instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
