package fi.kurkiaura.graph;

import fi.kurkiaura.platform.ProblemLog;
import fi.kurkiaura.platform.UnavailableException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.logging.Logger;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.G;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.update.UpdateExecution;
import org.apache.jena.update.UpdateRequest;

/**
 * The graph in an embedded Jena TDB2 dataset. If the directory cannot be used, the problem is
 * logged once and reported by readiness; opening is retried on the next access, so the store comes
 * up once the directory is fixed.
 */
public class Tdb2GraphStore implements GraphStore, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Tdb2GraphStore.class.getName());
    static final Duration STOPPING = Duration.ofSeconds(20);

    private final Path location;
    private final ProblemLog problems = new ProblemLog(LOG);
    private volatile Dataset dataset;
    /** Closed for good: the application is stopping, and a late caller must not open the files again. */
    private volatile boolean retired;

    public Tdb2GraphStore(Path location) {
        this.location = location;
    }

    @Override
    public <T> T query(Query query, Duration timeout, Function<QueryExecution, T> answer) {
        Dataset opened = open();
        return Txn.calculateRead(opened, () -> {
            Dataset publicGraph = DatasetFactory.wrap(DatasetGraphFactory.wrap(opened.asDatasetGraph().getDefaultGraph()));
            try (QueryExecution execution = QueryExecution.dataset(publicGraph).query(query)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                return answer.apply(execution);
            }
        });
    }

    @Override
    public void update(UpdateRequest update) {
        Dataset opened = open();
        Txn.executeWrite(opened, () -> UpdateExecution.dataset(opened).update(update).execute());
    }

    @Override
    public void add(Graph triples) {
        Dataset opened = open();
        Txn.executeWrite(opened, () -> G.addInto(opened.asDatasetGraph().getDefaultGraph(), triples));
    }

    @Override
    public Graph privateDescription(String iri) {
        Dataset opened = open();
        return Txn.calculateRead(opened, () -> {
            Graph privateGraph = opened.asDatasetGraph().getGraph(NodeFactory.createURI(Ontology.PRIVATE_GRAPH));
            Graph description = GraphFactory.createDefaultGraph();
            privateGraph.find(NodeFactory.createURI(iri), Node.ANY, Node.ANY).forEachRemaining(triple -> {
                description.add(triple);
                if (triple.getObject().isBlank()) {
                    privateGraph.find(triple.getObject(), Node.ANY, Node.ANY).forEachRemaining(description::add);
                }
            });
            return description;
        });
    }

    @Override
    public void export(OutputStream out, boolean withPrivateGraph) {
        Dataset opened = open();
        Txn.executeRead(opened, () -> {
            DatasetGraph all = opened.asDatasetGraph();
            DatasetGraph exported = withPrivateGraph ? all : DatasetGraphFactory.wrap(all.getDefaultGraph());
            RDFDataMgr.write(out, exported, RDFFormat.TRIG_BLOCKS);
        });
    }

    @Override
    public Optional<String> problem() {
        try {
            Dataset opened = open();
            Txn.executeRead(opened, opened::isEmpty);
            return Optional.empty();
        } catch (UnavailableException e) {
            return Optional.of(e.getMessage());
        }
    }

    private Dataset open() {
        if (retired) {
            throw new UnavailableException("the graph store at " + location + " is closed: the application is stopping");
        }
        Dataset opened = dataset;
        if (opened != null) {
            return opened;
        }
        synchronized (this) {
            if (retired) {
                throw new UnavailableException("the graph store at " + location + " is closed: the application is stopping");
            }
            if (dataset == null) {
                dataset = connect();
            }
            return dataset;
        }
    }

    private Dataset connect() {
        try {
            Files.createDirectories(location);
            Dataset connected = TDB2Factory.connectDataset(Location.create(location));
            Txn.executeRead(connected, connected::isEmpty);
            problems.cleared("Kurkiaura graph store at " + location + " is usable again");
            return connected;
        } catch (IOException | RuntimeException e) {
            String message = e.getMessage() == null ? "" : ": " + e.getMessage();
            throw new UnavailableException(problems.report(
                    "the graph store at " + location + " is unusable: " + e.getClass().getSimpleName() + message, e));
        }
    }

    /** Releases the dataset's files and lock; the next access opens them again. */
    @Override
    public synchronized void close() {
        if (dataset != null) {
            TDBInternal.expel(dataset.asDatasetGraph());
            dataset = null;
        }
    }

    /**
     * Releases the files and lock when the application stops, so that the next deployment in the
     * same server can open them: refuses new work at once, and waits (up to {@link #STOPPING})
     * for transactions still running, such as the bot reading the graph on a managed thread. A
     * caller that came later used to open the files again after the deployment had stopped, and
     * the next deployment found them locked (the graph store unusable until the server restarted).
     */
    public void closeForGood() {
        retired = true;
        Dataset opened = dataset;
        if (opened != null) {
            TransactionCoordinator transactions = TDBInternal.getTransactionCoordinator(opened.asDatasetGraph());
            long deadline = System.nanoTime() + STOPPING.toNanos();
            while (transactions.countActive() > 0 && System.nanoTime() < deadline) {
                LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            }
            if (transactions.countActive() > 0) {
                LOG.warning(() -> "Closing the graph store at " + location + " with " + transactions.countActive() + " transaction(s) still running");
            }
        }
        close();
    }
}
