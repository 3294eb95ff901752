package fi.kurkiaura.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the FreeDict dictd files, and bridging a question's unknown words with the installed dictionaries. */
class DictionariesTest {

    @TempDir
    Path directory;

    @Test
    void finnishWordsThatTranslateToTheSameEnglishAreSynonyms() throws IOException {
        writeFinnishEnglish();

        Dictionaries dictionaries = Dictionaries.load(directory).orElseThrow();

        assertEquals(Set.of("kokous", "tapaaminen"), dictionaries.finnishSynonyms("palaveri"));
        assertEquals(Set.of("kokoushuone", "neuvotteluhuone"), dictionaries.finnishFor("meeting room", Language.EN));
        assertEquals(Set.of("palaveri", "kokous", "tapaaminen"), dictionaries.finnishFor("Meeting", Language.EN));
    }

    @Test
    void everyNumberedSenseIsReadAndWhatIsInParenthesesIsNot() throws IOException {
        writeFinnishEnglish();

        Dictionaries dictionaries = Dictionaries.load(directory).orElseThrow();

        assertEquals(Set.of("lead", "derive"), dictionaries.englishFor("johtaa"));
        assertEquals(Set.of("workplace"), dictionaries.englishFor("tyopaikka"), "looked up as folded, the way the index keeps words");
    }

    @Test
    void anEnglishWordThatTooManyFinnishWordsTranslateToMakesNoSynonyms() throws IOException {
        writeFinnishEnglish();

        Dictionaries dictionaries = Dictionaries.load(directory).orElseThrow();

        assertTrue(dictionaries.finnishSynonyms("teos").isEmpty(), "\"work\" is five Finnish words");
    }

    @Test
    void swedishIsTranslatedBothWays() throws IOException {
        writeFinnishEnglish();
        write("swe-fin", Map.of("möte", "möte /mˈøːtə/ <n, neut>\nkokous\ntillfälle då människor kommer samman\n"));
        write("fin-swe", Map.of("palaveri", "palaveri /pˈalavˌerɪ/ <n>\npalaver\npikainen neuvottelu\n"));

        Dictionaries dictionaries = Dictionaries.load(directory).orElseThrow();

        assertEquals(Set.of("kokous"), dictionaries.finnishFor("möte", Language.SV));
        assertEquals(Set.of("palaveri"), dictionaries.finnishFor("palaver", Language.SV));
    }

    @Test
    void withoutTheFinnishEnglishDictionariesThereAreNone() {
        assertEquals(Optional.empty(), Dictionaries.load(directory));
    }

    private static final String NETWORK = """
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix schema: <https://schema.org/> .
            @prefix ku: <https://kurkiaura.fi/ontology#> .
            @prefix pl: <https://kurkiaura.fi/id/place/> .
            @prefix s: <https://kurkiaura.fi/id/service/> .
            pl:jamsa a ku:Municipality ; rdfs:label "Jämsä"@fi .
            s:neuvotteluhuoneet a schema:Service ; rdfs:label "Neuvotteluhuoneet"@fi, "Meeting rooms"@en ;
                dcterms:description "Neuvotteluhuone varattavissa Jämsässä."@fi, "Meeting rooms to book in Jämsä."@en ; schema:areaServed pl:jamsa .
            s:tyonhaku a schema:Service ; rdfs:label "Työnhaun tuki"@fi ;
                dcterms:description "Tukea työnhakuun Jämsässä."@fi ; schema:areaServed pl:jamsa .
            """;

    @Test
    void aWordTheNetworkDoesNotKnowFindsWhatItsSynonymNames() {
        Router router = routerOnTheInstalledDictionaries();

        Routing routing = router.route("tarvitsen palaverihuoneen jämsästä", Optional.empty());

        assertFalse(routing.fallback());
        assertEquals("https://kurkiaura.fi/id/service/neuvotteluhuoneet", routing.answers().getFirst().iri());
    }

    @Test
    void withoutTheDictionariesTheSameWordIsNotUnderstood() {
        Model network = ModelFactory.createDefaultModel();
        RDFParser.fromString(NETWORK, Lang.TURTLE).parse(network);
        Router router = new Router(RoutingData.read(network, ModelFactory.createDefaultModel()), new TextAnalysis(Optional.of(Installed.voikko())));

        Routing routing = router.route("tarvitsen palaverihuoneen jämsästä", Optional.empty());

        assertTrue(routing.fallback() || !routing.answers().getFirst().iri().endsWith("/neuvotteluhuoneet"));
    }

    private static Router routerOnTheInstalledDictionaries() {
        Model network = ModelFactory.createDefaultModel();
        RDFParser.fromString(NETWORK, Lang.TURTLE).parse(network);
        return new Router(RoutingData.read(network, ModelFactory.createDefaultModel()),
                new TextAnalysis(Optional.of(Installed.voikko()), Optional.of(Installed.dictionaries())));
    }

    private void writeFinnishEnglish() throws IOException {
        Map<String, String> finnishEnglish = new LinkedHashMap<>();
        finnishEnglish.put("palaveri", "palaveri /pˈalavˌerɪ/ <n>\nmeeting\npikainen neuvottelu tai neuvonpito\n");
        finnishEnglish.put("kokous", "kokous /kˈokous/ <n>\nassembly, meeting\ntilaisuus, johon useita ihmisiä tulee koolle\n");
        finnishEnglish.put("johtaa", "johtaa /jˈohtaː/ <v>\n1. lead 2.\nolla jonkin yrityksen johdossa\n 3.\nolla ensimmäisenä\n2. derive\njohtaa alkuperä\n");
        finnishEnglish.put("työpaikka", "työpaikka /tˈyøpˌaikːa/ <n>\nworkplace (place of work)\npaikka, jossa tehdään työtä\n");
        finnishEnglish.put("teos", "teos /tˈeos/ <n>\nwork\nluovan työn tulos\n");
        write("fin-eng", finnishEnglish);
        Map<String, String> englishFinnish = new LinkedHashMap<>();
        englishFinnish.put("meeting", "meeting /ˈmiːtɪŋ/ <n>\n1. tapaaminen\naction noun of the verb to meet\n");
        englishFinnish.put("meeting room", "meeting room /mˈiːtɪŋ ɹˈuːm/ <n>\nkokoushuone, neuvotteluhuone\nroom for holding meetings\n");
        englishFinnish.put("work", "work /wɜːk/ <n>\ntyö, tehdä, toimia, ahertaa\nemployment\n");
        write("eng-fin", englishFinnish);
    }

    /** A dictd dictionary: the entries one after another, compressed, and an index of each headword's offset and length in base 64. */
    private void write(String pair, Map<String, String> entries) throws IOException {
        StringBuilder index = new StringBuilder("00databaseinfo\tA\tB\n");
        int offset = 0;
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            int length = entry.getValue().getBytes(StandardCharsets.UTF_8).length;
            index.append(entry.getKey()).append('\t').append(base64(offset)).append('\t').append(base64(length)).append('\n');
            text.append(entry.getValue());
            offset += length;
        }
        Files.writeString(directory.resolve("freedict-" + pair + ".index"), index);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(directory.resolve("freedict-" + pair + ".dict.dz")))) {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String base64(int value) {
        String digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        StringBuilder encoded = new StringBuilder();
        int left = value;
        do {
            encoded.insert(0, digits.charAt(left % 64));
            left /= 64;
        } while (left > 0);
        return encoded.toString();
    }

    @Test
    void finnishAndSwedishWordsAreBridgedToWordsTheNetworkKnowsButEnglishOnesAreNot() throws IOException {
        writeFinnishEnglish();
        write("swe-fin", Map.of("möte", "möte /mˈøːtə/ <n, neut>\nkokous\ntillfälle då människor kommer samman\n"));
        TextAnalysis analysis = new TextAnalysis(Optional.of(Installed.voikko()));
        DictionaryBridge bridge = new DictionaryBridge(Dictionaries.load(directory).orElseThrow(), analysis, Set.of("kokous")::contains);

        assertEquals(Set.of("kokous"), bridge.bridge(analysis.questionWords("palaveri", Language.FI), Language.FI).getFirst().translations(),
                "\"tapaaminen\", the network does not know");
        assertEquals(Set.of("kokous"), bridge.bridge(analysis.questionWords("möte", Language.SV), Language.SV).getFirst().translations());
        assertEquals(Set.of(), bridge.bridge(analysis.questionWords("meeting", Language.EN), Language.EN).getFirst().translations());
    }
}
