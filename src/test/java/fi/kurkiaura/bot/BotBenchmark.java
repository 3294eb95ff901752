package fi.kurkiaura.bot;

import fi.kurkiaura.testing.SyntheticNetwork;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

/**
 * The bot's answer latency on the demo network and on the synthetic network of 10⁶ triples: every
 * gold-set question through {@link Router}, against a baseline in the same run, a bare Lucene
 * BM25 search (standard analyser, no morphology, no linking, no ranking) over the same resources'
 * names and descriptions. Also how long reading the network and building the index takes. Run with
 * {@code ./mvnw -Pbench verify -Dit.test=BotBenchmark}; the table goes to target/bench/bot.md.
 */
class BotBenchmark {

    private static final int WARM_UP_ROUNDS = 2;
    private static final int ROUNDS = 5;

    @Test
    void measure() throws IOException {
        List<String> rows = new ArrayList<>(List.of(
                "| date | network | triples | resources | read + index (s) | bot p50 / p95 (ms) | bare Lucene p50 / p95 (ms) | ratio p95 |",
                "| --- | --- | --- | --- | --- | --- | --- | --- |"));
        rows.forEach(System.out::println);
        Model lexicon = Lexicon.read();
        rows.add(measure("demo", GoldSet.demoNetwork(), lexicon));
        System.out.println(rows.getLast());
        Model synthetic = ModelFactory.createModelForGraph(SyntheticNetwork.of(1_000_000));
        synthetic.add(GoldSet.demoNetwork());
        rows.add(measure("synthetic + demo", synthetic, lexicon));
        System.out.println(rows.getLast());
        Path report = Path.of("target", "bench", "bot.md");
        Files.createDirectories(report.getParent());
        Files.write(report, rows);
    }

    private static String measure(String name, Model network, Model lexicon) throws IOException {
        long started = System.nanoTime();
        RoutingData data = RoutingData.read(network, lexicon);
        Router router = new Router(data, new TextAnalysis(VoikkoMorphology.load(), Dictionaries.load()));
        double buildSeconds = (System.nanoTime() - started) / 1e9;
        BareLucene baseline = new BareLucene(data.routables());
        List<String> questions = GoldSet.questions().stream().map(GoldSet.Question::text).toList();
        List<Long> bot = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        for (int round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
            for (String question : questions) {
                long botNanos = time(() -> router.route(question, Optional.empty()));
                long bareNanos = time(() -> baseline.search(question));
                if (round >= WARM_UP_ROUNDS) {
                    bot.add(botNanos);
                    bare.add(bareNanos);
                }
            }
        }
        return "| %s | %s | %,d | %,d | %.1f | %.2f / %.2f | %.2f / %.2f | %.1f |".formatted(LocalDate.now(), name, network.size(),
                data.routables().size(), buildSeconds, percentile(bot, 50), percentile(bot, 95), percentile(bare, 50), percentile(bare, 95),
                percentile(bot, 95) / percentile(bare, 95));
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static double percentile(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    /** The baseline: names and descriptions as plain text, searched with BM25 for the question's words, top three. */
    private static final class BareLucene {

        private final StandardAnalyzer analyzer = new StandardAnalyzer();
        private final IndexSearcher searcher;

        BareLucene(List<Routable> routables) throws IOException {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (Routable routable : routables) {
                    Document document = new Document();
                    document.add(new StoredField("iri", routable.iri()));
                    StringBuilder text = new StringBuilder();
                    routable.names().forEach(name -> text.append(name.text()).append(' '));
                    routable.descriptions().forEach(description -> text.append(description.text()).append(' '));
                    document.add(new TextField("text", text.toString(), Field.Store.NO));
                    writer.addDocument(document);
                }
            }
            searcher = new IndexSearcher(DirectoryReader.open(directory));
        }

        void search(String question) {
            var query = new QueryBuilder(analyzer).createBooleanQuery("text", question);
            if (query == null) {
                return;
            }
            try {
                searcher.search(query, 3);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
