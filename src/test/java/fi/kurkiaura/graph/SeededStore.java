package fi.kurkiaura.graph;

import fi.kurkiaura.testing.FiredEvents;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;

/** An embedded store with the demo network loaded, and the write services wired to it as CDI would. */
final class SeededStore implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    final Tdb2GraphStore store;
    final GraphWrites writes = new GraphWrites();
    final CsvImport csv = new CsvImport();
    /** What the write services told the rest of the hub. */
    final FiredEvents<GraphChanged> changes = new FiredEvents<>();

    SeededStore(Path directory) {
        store = new Tdb2GraphStore(directory.resolve("tdb2"));
        SeedLoader loader = new SeedLoader();
        loader.store = store;
        loader.changed = new FiredEvents<>();
        loader.loadIfEmpty();
        writes.store = store;
        writes.changed = changes;
        writes.shapes = new ShapeValidator();
        writes.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        csv.store = store;
        csv.writes = writes;
    }

    boolean ask(String query) {
        return store.query(QueryFactory.create(Directory.PREFIXES + "PREFIX prov: <http://www.w3.org/ns/prov#>\n" + query),
                Duration.ofSeconds(10), QueryExecution::execAsk);
    }

    long count(String where) {
        return store.query(QueryFactory.create(Directory.PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { " + where + " }"),
                Duration.ofSeconds(10), execution -> execution.execSelect().next().getLiteral("n").getLong());
    }

    @Override
    public void close() {
        store.close();
    }
}
