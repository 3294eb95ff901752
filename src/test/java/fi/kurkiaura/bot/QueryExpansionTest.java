package fi.kurkiaura.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Questions widened with the vocabulary's other names, Swedish compounds read by their parts. */
class QueryExpansionTest {

    private static RoutingData.Concept concept(String iri, String finnish, String swedish) {
        return new RoutingData.Concept(iri, Map.of(Language.FI, finnish, Language.SV, swedish),
                List.of(new Routable.Text(finnish, Language.FI), new Routable.Text(swedish, Language.SV)), Optional.empty(), Optional.empty());
    }

    private static final TextAnalysis ANALYSIS = new TextAnalysis(Optional.empty());
    private static final QueryExpansion EXPANSION = new QueryExpansion(List.of(concept("lex:project", "hanke", "projekt"),
            concept("lex:cooperation", "yhteistyö", "samarbete"), concept("lex:employment", "työllisyys", "sysselsättning"),
            concept("lex:trial", "kokeilu", "försök")), ANALYSIS);

    private static TextAnalysis.Word expanded(String word) {
        return EXPANSION.expand(ANALYSIS.questionWords(word, Language.SV), Language.SV).getFirst();
    }

    @Test
    void aSwedishCompoundIsReadByItsParts() {
        TextAnalysis.Word cooperation = expanded("projektsamarbete");
        assertTrue(cooperation.translations().containsAll(ANALYSIS.indexTerms("hanke yhteistyö", Language.FI)), cooperation.toString());

        TextAnalysis.Word trial = expanded("sysselsättningsförsöket");
        assertTrue(trial.translations().containsAll(ANALYSIS.indexTerms("työllisyys kokeilu", Language.FI)), "with the linking s: " + trial);
    }

    @Test
    void aWordWithoutKnownPartsStaysAsItIs() {
        assertEquals(List.of(), List.copyOf(expanded("kanelbullar").translations()));
    }

    @Test
    void anotherNamesCompoundPartsFindButDoNotStandForTheWord() {
        TextAnalysis finnish = new TextAnalysis(Optional.of(Installed.voikko()));
        QueryExpansion expansion = new QueryExpansion(List.of(new RoutingData.Concept("lex:library", Map.of(Language.FI, "kirjasto"),
                List.of(new Routable.Text("kirjasto", Language.FI), new Routable.Text("pääkirjasto", Language.FI)), Optional.empty(), Optional.empty())),
                finnish);

        TextAnalysis.Word library = expansion.expand(finnish.questionWords("kirjaston", Language.FI), Language.FI).getFirst();

        assertTrue(library.translations().contains("paakirjasto"), library.toString());
        assertFalse(library.translations().contains("pää"), "'pää' of 'pääkirjasto' is not a library: " + library);
        assertTrue(library.translationParts().contains("pää"), library.toString());
    }

    @Test
    void aWordIsMatchedOnlyToNamesInItsOwnLanguageAndFinnish() {
        QueryExpansion expansion = new QueryExpansion(List.of(new RoutingData.Concept("lex:funding", Map.of(Language.FI, "rahoitus"),
                List.of(new Routable.Text("rahoitus", Language.FI), new Routable.Text("finansiering", Language.SV), new Routable.Text("funding", Language.EN)),
                Optional.empty(), Optional.empty())), ANALYSIS);

        TextAnalysis.Word pondering = expansion.expand(ANALYSIS.questionWords("funderar", Language.SV), Language.SV).getFirst();
        TextAnalysis.Word funded = expansion.expand(ANALYSIS.questionWords("funded", Language.EN), Language.EN).getFirst();
        TextAnalysis.Word named = expansion.expand(ANALYSIS.questionWords("rahoitus", Language.SV), Language.SV).getFirst();

        assertEquals(List.of(), List.copyOf(pondering.translations()), "Swedish 'funderar' stems as English 'funding' does, but means to ponder");
        assertTrue(funded.translations().contains("rahoitus"), funded.toString());
        assertTrue(named.translations().contains("finansiering"), "a Finnish name in a Swedish question: " + named);
    }
}
