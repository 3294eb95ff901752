package fi.kurkiaura.graph;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * Loads the vocabulary and the demo network into an empty graph on first start. The Turtle files
 * are listed, in loading order, in {@code seed/files.txt} on the class path; a graph that already
 * holds data is never touched, so a restart keeps whatever users changed. Every resource that
 * names its source gets {@code dcterms:modified} set to the moment of loading.
 */
@ApplicationScoped
public class SeedLoader {

    static final String MANIFEST = "seed/files.txt";
    private static final Query ANY_TRIPLE = QueryFactory.create("ASK { ?s ?p ?o }");

    private static final Logger LOG = Logger.getLogger(SeedLoader.class.getName());

    @Inject
    GraphStore store;

    @Inject
    Event<GraphChanged> changed;

    Clock clock = Clock.systemUTC();

    void loadOnFirstStart(@Observes Startup startup) {
        if (store.problem().isEmpty()) {
            loadIfEmpty();
        }
    }

    /** Loads the seed files, in one addition, if the public graph is empty; returns whether it did. */
    public boolean loadIfEmpty() {
        if (store.query(ANY_TRIPLE, Duration.ofSeconds(30), QueryExecution::execAsk)) {
            return false;
        }
        List<String> files = seedFiles();
        Model seed = ModelFactory.createDefaultModel();
        files.forEach(file -> ClasspathTurtle.parseInto(file, seed.getGraph()));
        Provenance.stampModified(seed, clock.instant());
        store.add(seed.getGraph());
        changed.fire(new GraphChanged());
        LOG.info("Loaded the demo network (" + seed.size() + " triples) into the empty graph from " + files);
        return true;
    }

    static List<String> seedFiles() {
        try (InputStream manifest = ClasspathTurtle.open(MANIFEST)) {
            return new String(manifest.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
