package fi.kurkiaura.bot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * The bot's own words (bot/lexicon.ttl): a SKOS vocabulary of employment, education, community
 * and organisation words in Finnish, Swedish and English, for {@link QueryExpansion}. It is general
 * language, not knowledge about the network: the network is in the graph.
 */
final class Lexicon {

    static final String RESOURCE = "bot/lexicon.ttl";

    private Lexicon() {
    }

    static Model read() {
        Model lexicon = ModelFactory.createDefaultModel();
        try (InputStream turtle = Lexicon.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (turtle == null) {
                throw new IllegalStateException("Resource missing from the application: " + RESOURCE);
            }
            RDFParser.source(turtle).lang(Lang.TURTLE).parse(lexicon);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lexicon;
    }
}
