package fi.kurkiaura.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bulk import throughput: a validated, all-or-nothing import ({@link GraphWrites#importAll}) of
 * synthetic organisations and services into the seeded embedded store, against the baseline of
 * adding the same triples unchecked ({@link GraphStore#add}) in the same run. Run with
 * {@code ./mvnw -Pbench verify}; the table goes to target/bench/import.md, for docs/benchmarks.md.
 */
class ImportBenchmark {

    private static final String ID = "https://kurkiaura.fi/id/";
    private static final String SCHEMA = "https://schema.org/";
    private static final String KU = "https://kurkiaura.fi/ontology#";

    @TempDir
    Path work;

    @Test
    void measure() throws Exception {
        List<String> rows = new ArrayList<>();
        rows.add("| date | triples imported | unchecked add (triples/s) | validated import (triples/s) | import / add |");
        rows.add("| --- | --- | --- | --- | --- |");
        rows.forEach(System.out::println);
        for (int size : List.of(10_000, 100_000, 1_000_000)) {
            Graph data = validNetwork(size);
            double addRate;
            try (SeededStore baseline = new SeededStore(work.resolve(size + "-add"))) {
                long start = System.nanoTime();
                baseline.store.add(data);
                addRate = data.size() / ((System.nanoTime() - start) / 1e9);
            }
            double importRate;
            try (SeededStore imported = new SeededStore(work.resolve(size + "-import"))) {
                long start = System.nanoTime();
                imported.writes.importAll(data, "benchmark", "benchmark");
                importRate = data.size() / ((System.nanoTime() - start) / 1e9);
            }
            rows.add("| %s | %,d | %,.0f | %,.0f | %.2f |".formatted(LocalDate.now(), data.size(), addRate, importRate, importRate / addRate));
            System.out.println(rows.get(rows.size() - 1));
        }
        Path report = Path.of(System.getProperty("kurkiaura.bench.import-report", "target/bench/import.md"));
        Files.createDirectories(report.getParent());
        Files.write(report, rows, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /**
     * Organisations and services that pass the shapes, linking to the seed's concepts and places:
     * each service with a provider, two target groups, two areas, a service class and a web channel.
     */
    static Graph validNetwork(int triples) {
        Graph graph = GraphFactory.createDefaultGraph();
        Random random = new Random(42);
        String[] groups = {"nuoret", "maahanmuuttajat", "pitkaaikaistyottomat", "tyonantajat", "yrittajat"};
        String[] places = {"forssa", "hameenlinna", "jamsa", "pori", "tammela", "hattula"};
        String[] classes = {"tyonhaku", "yrittajyys", "koulutus", "urakehitys"};
        int organisations = 0;
        for (int service = 0; graph.size() < triples; service++) {
            if (service % 10 == 0) {
                organisations++;
                Node organisation = iri(ID + "organisation/tuotu-" + organisations);
                graph.add(Triple.create(organisation, RDF.type.asNode(), iri("http://www.w3.org/ns/org#FormalOrganization")));
                graph.add(Triple.create(organisation, RDFS.label.asNode(), NodeFactory.createLiteralLang("Tuotu organisaatio " + organisations, "fi")));
                graph.add(Triple.create(organisation, iri(KU + "organisationKind"), iri(ID + "concept/organisation-kind/yhdistys")));
            }
            Node node = iri(ID + "service/tuotu-" + service);
            graph.add(Triple.create(node, RDF.type.asNode(), iri(SCHEMA + "Service")));
            graph.add(Triple.create(node, RDFS.label.asNode(), NodeFactory.createLiteralLang("Tuotu palvelu " + service, "fi")));
            graph.add(Triple.create(node, iri("http://purl.org/dc/terms/description"), NodeFactory.createLiteralLang("Tuotu palvelu numero " + service, "fi")));
            graph.add(Triple.create(node, iri(SCHEMA + "provider"), iri(ID + "organisation/tuotu-" + organisations)));
            for (int i = 0; i < 2; i++) {
                graph.add(Triple.create(node, iri(SCHEMA + "audience"), iri(ID + "concept/target-group/" + groups[random.nextInt(groups.length)])));
                graph.add(Triple.create(node, iri(SCHEMA + "areaServed"), iri(ID + "place/" + places[random.nextInt(places.length)])));
            }
            graph.add(Triple.create(node, iri(KU + "serviceClass"), iri(ID + "concept/service-class/" + classes[random.nextInt(classes.length)])));
            Node channel = NodeFactory.createBlankNode();
            graph.add(Triple.create(node, iri(SCHEMA + "availableChannel"), channel));
            graph.add(Triple.create(channel, iri(KU + "channelKind"), iri(ID + "concept/channel-kind/verkko")));
            graph.add(Triple.create(channel, iri(SCHEMA + "serviceUrl"), iri("https://example.org/palvelu/" + service)));
        }
        return graph;
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
