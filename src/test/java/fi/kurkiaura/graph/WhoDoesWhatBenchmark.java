package fi.kurkiaura.graph;

import fi.kurkiaura.testing.Directories;
import fi.kurkiaura.testing.FusekiProcess;
import fi.kurkiaura.testing.Http;
import fi.kurkiaura.testing.StandaloneServer;
import fi.kurkiaura.testing.SyntheticNetwork;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who-does-what latency through the hub's REST API against the same SPARQL query sent straight to
 * Fuseki, over the same synthetic network (10⁴, 10⁵, 10⁶ triples), measured interleaved in one run;
 * and bulk-addition throughput into the embedded store. Run with {@code ./mvnw -Pbench verify};
 * each row is printed as it is measured (a run takes minutes) and the table is written to
 * target/bench/who-does-what.md, for docs/benchmarks.md.
 */
class WhoDoesWhatBenchmark {

    private static final int WARM_UP = 20;
    private static final int SAMPLES = 100;
    private static final String ID = "https://kurkiaura.fi/id/";
    private static final String SCHEMA = "https://schema.org/";

    @TempDir
    Path work;

    @Test
    void measure() throws Exception {
        List<String> rows = new ArrayList<>();
        rows.add("| date | triples | bulk add into TDB2 (triples/s) | REST p50 / p95 (ms) | Fuseki direct p50 / p95 (ms) | ratio p50 | ratio p95 |");
        rows.add("| --- | --- | --- | --- | --- | --- | --- |");
        rows.forEach(System.out::println);
        for (int size : List.of(10_000, 100_000, 1_000_000)) {
            rows.add(measure(size));
            System.out.println(rows.get(rows.size() - 1));
        }
        Path report = Path.of(System.getProperty("kurkiaura.bench.report", "target/bench/who-does-what.md"));
        Files.createDirectories(report.getParent());
        Files.write(report, rows, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    private String measure(int triples) throws Exception {
        Path run = work.resolve(String.valueOf(triples));
        Graph network = SyntheticNetwork.of(triples);

        Tdb2GraphStore store = new Tdb2GraphStore(run.resolve("data/tdb2"));
        long start = System.nanoTime();
        store.add(network);
        double addSeconds = (System.nanoTime() - start) / 1e9;
        store.close();
        // The lock names this JVM, which still runs: Fuseki would refuse a copy of it.
        Directories.copy(run.resolve("data/tdb2"), run.resolve("fuseki-tdb2"), file -> !file.getFileName().toString().equals("tdb.lock"));

        WhoDoesWhat.Question question = new WhoDoesWhat.Question(Optional.empty(),
                Optional.of(ID + "concept/target-group/nuoret"), Optional.of(ID + "place/forssa"));
        String sparql = new WhoDoesWhat().query(question, "fi").toString();
        try (FusekiProcess fuseki = FusekiProcess.start(run.resolve("fuseki"), "--loc=" + run.resolve("fuseki-tdb2"));
                StandaloneServer hub = StandaloneServer.start(run.resolve("server"), 600, Map.of(), "-Dkurkiaura.data.dir=" + run.resolve("data"))) {
            hub.awaitReadinessWith("graph-store", Duration.ofSeconds(180));
            URI rest = hub.url("api/graph/who-does-what?targetGroup=nuoret&municipality=forssa");
            HttpRequest direct = HttpRequest.newBuilder(URI.create(fuseki.datasetUrl() + "/query"))
                    .header("Content-Type", "application/sparql-query")
                    .header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString(sparql)).build();
            List<Long> restTimes = new ArrayList<>();
            List<Long> directTimes = new ArrayList<>();
            for (int i = 0; i < WARM_UP + SAMPLES; i++) {
                long restNanos = time(HttpRequest.newBuilder(rest).GET().build());
                long directNanos = time(direct);
                if (i >= WARM_UP) {
                    restTimes.add(restNanos);
                    directTimes.add(directNanos);
                }
            }
            double restP50 = percentile(restTimes, 50);
            double restP95 = percentile(restTimes, 95);
            double directP50 = percentile(directTimes, 50);
            double directP95 = percentile(directTimes, 95);
            return "| %s | %,d | %,.0f | %.1f / %.1f | %.1f / %.1f | %.2f | %.2f |".formatted(LocalDate.now(), network.size(),
                    network.size() / addSeconds, restP50, restP95, directP50, directP95, restP50 / directP50, restP95 / directP95);
        }
    }

    private static long time(HttpRequest request) {
        long start = System.nanoTime();
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(request, (name, value) -> true));
        long nanos = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
        return nanos;
    }

    private static double percentile(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
