package fi.kurkiaura.bot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** The bot's gold set (src/test/resources/bot/gold-set.tsv) and the demo network it was written from. */
final class GoldSet {

    /** The day the gold set was written: which events are over does not change with the day it is run. */
    static final Clock WRITTEN_ON = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);

    /**
     * One question and the resources that would be right at rank 1; none when the question is
     * outside the network. {@code batch} is when it was written: the first batch with the bot, the
     * second and the third each blind to the bot and to the batches before, after tuning on them.
     */
    record Question(String id, Language language, boolean frozen, String text, Set<String> expected, String note, int batch) {

        boolean inScope() {
            return !expected.isEmpty();
        }

        /** The rank of the first expected answer among the answers given; 0 when none is (or none were given). */
        int rankIn(List<Routing.Answer> answers) {
            for (int i = 0; i < answers.size(); i++) {
                if (expected.contains(answers.get(i).iri())) {
                    return i + 1;
                }
            }
            return 0;
        }
    }

    private GoldSet() {
    }

    static List<Question> questions() {
        List<Question> questions = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(open("bot/gold-set.tsv"), StandardCharsets.UTF_8))) {
            lines.readLine();
            String line;
            while ((line = lines.readLine()) != null) {
                String[] columns = line.split("\t", -1);
                Set<String> expected = columns[4].equals("-") ? Set.of() : Set.of(columns[4].split(" "));
                questions.add(new Question(columns[0], Language.ofCode(columns[1]).orElseThrow(), columns[2].equals("test"), columns[3], expected, columns[5],
                        Integer.parseInt(columns[6])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return questions;
    }

    /** The demo network, read from the seed files in the order the server loads them. */
    static Model demoNetwork() {
        Model network = ModelFactory.createDefaultModel();
        try (BufferedReader files = new BufferedReader(new InputStreamReader(open("seed/files.txt"), StandardCharsets.UTF_8))) {
            files.lines().map(String::strip).filter(file -> !file.isEmpty() && !file.startsWith("#")).forEach(file -> {
                try (InputStream turtle = open(file)) {
                    RDFParser.source(turtle).lang(Lang.TURTLE).parse(network);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return network;
    }

    private static InputStream open(String resource) {
        InputStream stream = GoldSet.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("Missing from the test class path: " + resource);
        }
        return stream;
    }
}
