package fi.kurkiaura.graph;

import fi.kurkiaura.platform.UnavailableException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The graph in an embedded Jena TDB2 dataset under {@code <kurkiaura.data.dir>/tdb2}. If the
 * directory cannot be used, the problem is logged once and reported by readiness; opening is retried
 * on the next access, so the store comes up once the directory is fixed.
 */
@ApplicationScoped
public class Tdb2GraphStore implements GraphStore {

    private static final Logger LOG = Logger.getLogger(Tdb2GraphStore.class.getName());

    @Inject
    @ConfigProperty(name = "kurkiaura.data.dir")
    String dataDirectory;

    private volatile Dataset dataset;
    private String lastReportedProblem;

    @Override
    public <T> T read(Function<Dataset, T> reader) {
        Dataset opened = open();
        return Txn.calculateRead(opened, () -> reader.apply(opened));
    }

    @Override
    public void write(Consumer<Dataset> writer) {
        Dataset opened = open();
        Txn.executeWrite(opened, () -> writer.accept(opened));
    }

    @Override
    public <T> T calculateWrite(Function<Dataset, T> writer) {
        Dataset opened = open();
        return Txn.calculateWrite(opened, () -> writer.apply(opened));
    }

    @Override
    public Optional<String> problem() {
        try {
            read(Dataset::isEmpty);
            return Optional.empty();
        } catch (UnavailableException e) {
            return Optional.of(e.getMessage());
        }
    }

    Path location() {
        return Path.of(dataDirectory, "tdb2");
    }

    private Dataset open() {
        Dataset opened = dataset;
        if (opened != null) {
            return opened;
        }
        synchronized (this) {
            if (dataset == null) {
                dataset = connect();
            }
            return dataset;
        }
    }

    private Dataset connect() {
        Path location = location();
        try {
            Files.createDirectories(location);
            Dataset connected = TDB2Factory.connectDataset(Location.create(location));
            Txn.executeRead(connected, connected::isEmpty);
            if (lastReportedProblem != null) {
                LOG.info("Kurkiaura graph store at " + location + " is usable again");
            }
            lastReportedProblem = null;
            return connected;
        } catch (IOException | RuntimeException e) {
            String problem = "the graph store at " + location + " is unusable: " + describe(e);
            if (!problem.equals(lastReportedProblem)) {
                LOG.severe("KURKIAURA NOT READY: " + problem);
                LOG.log(Level.FINE, "Graph store problem detail", e);
                lastReportedProblem = problem;
            }
            throw new UnavailableException(problem);
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** Releases the dataset's files and lock, so a redeployment in the same server can open it again. */
    @PreDestroy
    synchronized void close() {
        if (dataset != null) {
            TDBInternal.expel(dataset.asDatasetGraph());
            dataset = null;
        }
    }
}
