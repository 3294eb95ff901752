package fi.kurkiaura.graph;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.query.Dataset;

/**
 * The network graph. Every access runs inside a transaction: readers see a consistent snapshot,
 * a writer's changes land whole or not at all. Throws {@link fi.kurkiaura.platform.UnavailableException}
 * while the store cannot be used.
 */
public interface GraphStore {

    <T> T read(Function<Dataset, T> reader);

    void write(Consumer<Dataset> writer);

    /** A write transaction that also answers something, such as whether it changed anything. */
    <T> T calculateWrite(Function<Dataset, T> writer);

    /** Empty when the store can be used; otherwise why not. */
    Optional<String> problem();
}
