package fi.kurkiaura.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntityLinkingTest {

    private static final RoutingData NETWORK = RoutingData.read(GoldSet.demoNetwork(), Lexicon.read());
    private static final String PLACE = "https://kurkiaura.fi/id/place/";
    private static final String YOUNG = "https://kurkiaura.fi/id/concept/target-group/nuoret";

    private static EntityLinking.Links link(TextAnalysis analysis, String question, Language language) {
        return new EntityLinking(NETWORK, analysis).link(question, language, analysis.questionWords(question, language).stream()
                .flatMap(word -> word.forms().stream()).toList());
    }

    private static void placesAndAgesAreFound(TextAnalysis analysis) {
        assertEquals(Set.of(PLACE + "forssa"), link(analysis, "työkokeilu Forssassa", Language.FI).places());
        assertEquals(Set.of(PLACE + "forssa"), link(analysis, "olen forssalainen", Language.FI).places());
        assertEquals(Set.of(PLACE + "hameenlinna"), link(analysis, "jobb i Tavastehus", Language.SV).places());
        assertEquals(Set.of(PLACE + "lapinjarvi"), link(analysis, "soppa i Lappträsk", Language.SV).places());
        assertEquals(Set.of(PLACE + "kanta-hame"), link(analysis, "mentorointia kanta-hämeessä", Language.FI).places());
        assertTrue(link(analysis, "olen 25-vuotias", Language.FI).targetGroups().contains(YOUNG));
        assertTrue(link(analysis, "palveluja alle 30-vuotiaille", Language.FI).targetGroups().contains(YOUNG));
        assertTrue(link(analysis, "I'm 22 and looking for work", Language.EN).targetGroups().contains(YOUNG));
        assertTrue(link(analysis, "jag är 22 och bor i Forssa", Language.SV).targetGroups().contains(YOUNG));
        assertTrue(link(analysis, "tjänster för dem som är yngre än 30", Language.SV).targetGroups().contains(YOUNG));
        assertEquals(Optional.empty(), link(analysis, "olen 45-vuotias", Language.FI).targetGroups().stream().filter(YOUNG::equals).findAny());
    }

    @Test
    void withVoikko() {
        placesAndAgesAreFound(new TextAnalysis(Optional.of(Installed.voikko())));
        assertEquals(Set.of(PLACE + "kokemaki"), link(new TextAnalysis(Optional.of(Installed.voikko())), "kokemäkeläinen työtön", Language.FI).places());
    }

    @Test
    void withSnowballOnly() {
        placesAndAgesAreFound(new TextAnalysis(Optional.empty()));
    }
}
