package fi.kurkiaura.graph;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Loads the vocabulary and the demo network into an empty graph on first start. The Turtle files
 * are listed, in loading order, in {@code seed/files.txt} on the class path; a graph that already
 * holds data is never touched, so a restart keeps whatever users changed. Every resource that
 * names its source gets {@code dcterms:modified} set to the moment of loading.
 */
@ApplicationScoped
public class SeedLoader {

    static final String MANIFEST = "seed/files.txt";

    private static final Logger LOG = Logger.getLogger(SeedLoader.class.getName());

    @Inject
    GraphStore store;

    Clock clock = Clock.systemUTC();

    void loadOnFirstStart(@Observes Startup startup) {
        if (store.problem().isEmpty()) {
            loadIfEmpty();
        }
    }

    /** Loads the seed files if the graph is empty, in one transaction; returns whether it did. */
    public boolean loadIfEmpty() {
        List<String> files = seedFiles();
        boolean loaded = store.calculateWrite(dataset -> {
            if (!dataset.isEmpty()) {
                return false;
            }
            files.forEach(file -> parseInto(file, dataset.asDatasetGraph()));
            Provenance.stampModified(dataset.getDefaultModel(), clock.instant());
            return true;
        });
        if (loaded) {
            LOG.info("Loaded the demo network into the empty graph from " + files);
        }
        return loaded;
    }

    static List<String> seedFiles() {
        try (InputStream manifest = resource(MANIFEST)) {
            return new String(manifest.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void parseInto(String file, DatasetGraph target) {
        try (InputStream turtle = resource(file)) {
            RDFParser.source(turtle).lang(Lang.TURTLE).parse(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream stream = SeedLoader.class.getClassLoader().getResourceAsStream(name);
        if (stream == null) {
            throw new IllegalStateException("Seed resource missing from the application: " + name);
        }
        return stream;
    }
}
