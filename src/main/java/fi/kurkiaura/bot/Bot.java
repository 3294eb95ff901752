package fi.kurkiaura.bot;

import fi.kurkiaura.chat.Conversations;
import fi.kurkiaura.graph.GraphChanged;
import fi.kurkiaura.graph.GraphStore;
import fi.kurkiaura.platform.RefusedException;
import fi.kurkiaura.platform.UnavailableException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;

/**
 * The bot as the rest of the hub uses it: answers a question from the network as the graph is now.
 * Its {@link Router} (search index, places, target groups, vocabulary) is built from the graph when
 * the application starts, before it takes requests, and rebuilt, off the request threads, whenever
 * this node changes the graph; questions asked meanwhile are answered from the previous one.
 */
@ApplicationScoped
public class Bot {

    /** The longest question the bot reads. */
    public static final int MAX_QUESTION_CHARS = 2000;

    private static final Logger LOG = Logger.getLogger(Bot.class.getName());
    private static final Duration READING_TIME = Duration.ofMinutes(2);
    /** What the bot reads of the public graph: types, names, descriptions and the links that say for whom, where and by whom. */
    static final Query WHAT_THE_BOT_READS = QueryFactory.create("""
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX schema: <https://schema.org/>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX ku: <https://kurkiaura.fi/ontology#>
            CONSTRUCT { ?s ?p ?o } WHERE {
              VALUES ?p { rdf:type rdfs:label skos:prefLabel skos:altLabel foaf:name schema:name dcterms:description schema:areaServed schema:audience
                          schema:about ku:serviceClass schema:provider schema:organizer schema:location schema:containedInPlace schema:endDate
                          dcterms:isPartOf schema:superEvent org:unitOf ku:coordinator schema:funder ku:partner schema:performer schema:startDate ku:listed org:member
                          org:organization ku:roleLabel ku:forProject ku:minAge ku:maxAge foaf:homepage ku:agendaItem ku:decision ku:host
                          schema:availableChannel schema:serviceLocation }
              ?s ?p ?o
            }""");

    @Inject
    GraphStore graph;

    @Resource
    ManagedExecutorService executor;

    @Inject
    QuestionLog log;

    @Inject
    Handover handover;

    @Inject
    Conversations conversations;

    private TextAnalysis analysis;
    private Model lexicon;
    private volatile Router router;
    private volatile boolean started;
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final AtomicBoolean changedMeanwhile = new AtomicBoolean();

    @PostConstruct
    void loadLanguage() {
        analysis = new TextAnalysis(VoikkoMorphology.load(), Dictionaries.load());
        lexicon = Lexicon.read();
    }

    /**
     * Reads the graph before the application takes requests, after the seed is loaded (a later
     * priority than {@code SeedLoader}'s), so that the first question finds the network. A graph
     * that cannot be read now is read at its next change.
     */
    void readOnStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) Startup startup) {
        try {
            read();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The bot could not read the graph at start; it answers 503 until the graph changes", e);
        } finally {
            started = true;
        }
    }

    /** A change before the start-up read (the seed being loaded) is in what that read finds; later ones are read again. */
    void graphChanged(@Observes GraphChanged change) {
        if (started) {
            rebuildSoon();
        }
    }

    /**
     * Routes a question, adds the chat's conversations about the answers, hands it over to the
     * coordinators when nothing fits ({@link Handover}), and keeps it for their review
     * ({@link QuestionLog}). Refused (400) when it is empty, longer than
     * {@value #MAX_QUESTION_CHARS} characters or in a language the bot does not speak; {@code lang}
     * may be null, and then the bot tells the language from the text.
     */
    public Routing ask(String text, String lang, Asker asker) {
        return answer(text, lang, asker, Kind.ALL);
    }

    /** As {@link #ask}, with answers of the given kinds only. */
    Routing answer(String text, String lang, Asker asker, Set<Kind> kinds) {
        if (text == null || text.isBlank()) {
            throw new RefusedException(400, "Ask something: \"text\" is empty");
        }
        if (text.length() > MAX_QUESTION_CHARS) {
            throw new RefusedException(400, "A question can be at most " + MAX_QUESTION_CHARS + " characters; this one has " + text.length());
        }
        Optional<Language> language = Optional.empty();
        if (lang != null) {
            language = Optional.of(Language.ofCode(lang)
                    .orElseThrow(() -> new RefusedException(400, "Unknown lang '" + lang + "': the bot speaks fi, sv and en; leave lang out to let it tell")));
        }
        String question = text.strip();
        Routing routing = withConversations(router().route(question, language, kinds));
        if (routing.fallback()) {
            Language answeredIn = Language.ofCode(routing.lang()).orElseThrow();
            boolean told = handover.toCoordinators(question, answeredIn, asker);
            routing = routing.handedOver(told, told ? Replies.handedOver(answeredIn, asker.known()) : routing.reply());
        }
        try {
            return routing.kept(log.record(question, routing));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The bot's question could not be kept for review; it is answered all the same", e);
            return routing;
        }
    }

    /** Events that have not ended, soonest first: all, or those about {@code topic}. */
    List<Routing.Answer> comingEvents(String topic, Language language, int max) {
        return router().comingEvents(topic, language, max);
    }

    /** The language of a text, as the bot tells it. */
    Language languageOf(String text) {
        return router().language(text, Optional.empty());
    }

    private Router router() {
        Router current = router;
        if (current == null) {
            throw new UnavailableException("The bot is still reading the network; ask again in a moment");
        }
        return current;
    }

    /** Each answer with the oldest room or peer group about it, if the chat has one; the answers alone if the chat cannot tell. */
    private Routing withConversations(Routing routing) {
        if (routing.answers().isEmpty()) {
            return routing;
        }
        try {
            Map<String, Routing.Join> joins = new HashMap<>();
            conversations.joinableAbout(routing.answers().stream().map(Routing.Answer::iri).toList()).forEach(conversation -> joins.putIfAbsent(
                    conversation.aboutIri().orElseThrow(), new Routing.Join(conversation.id(), conversation.kind().name().toLowerCase(Locale.ROOT),
                            conversation.title())));
            return routing.answering(routing.answers().stream().map(answer -> joins.containsKey(answer.iri()) ? answer.joining(joins.get(answer.iri())) : answer)
                    .toList());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The chat's conversations could not be read; the bot answers without them", e);
            return routing;
        }
    }

    /** Starts a rebuild unless one is running; a change during a rebuild makes it run once more. */
    private void rebuildSoon() {
        changedMeanwhile.set(true);
        if (rebuilding.compareAndSet(false, true)) {
            executor.execute(this::rebuild);
        }
    }

    private void read() {
        long started = System.nanoTime();
        Model network = graph.query(WHAT_THE_BOT_READS, READING_TIME, QueryExecution::execConstruct);
        Router read = new Router(RoutingData.read(network, lexicon), analysis);
        router = read;
        LOG.info(() -> String.format("The bot read %d resources from the graph in %d ms (Finnish: %s; synonyms: %s)", read.size(),
                (System.nanoTime() - started) / 1_000_000, analysis.hasMorphology() ? "Voikko" : "Snowball stemming",
                analysis.dictionaries().isPresent() ? "FreeDict dictionaries" : "the lexicon only"));
    }

    private void rebuild() {
        try {
            while (changedMeanwhile.getAndSet(false)) {
                read();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The bot could not read the graph; it answers from what it read before, if anything", e);
        } finally {
            rebuilding.set(false);
            if (changedMeanwhile.get() && rebuilding.compareAndSet(false, true)) {
                executor.execute(this::rebuild);
            }
        }
    }
}
