package fi.kurkiaura.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LanguageGuessTest {

    private static void guesses(TextAnalysis analysis) {
        assertEquals(Language.FI, LanguageGuess.of("mistä saa apua työnhakuun Forssassa?", analysis::tellsFinnish));
        assertEquals(Language.FI, LanguageGuess.of("tyokokeilupaikkoja hameenlinnassa", analysis::tellsFinnish));
        assertEquals(Language.SV, LanguageGuess.of("Var kan jag få hjälp att söka jobb i Tavastehus?", analysis::tellsFinnish));
        assertEquals(Language.SV, LanguageGuess.of("Vem driver Koko kylän työhuone?", analysis::tellsFinnish));
        assertEquals(Language.EN, LanguageGuess.of("Who runs the coworking space in Jämsä?", analysis::tellsFinnish));
        assertEquals(Language.EN, LanguageGuess.of("pay subsidy for hiring someone", analysis::tellsFinnish));
        assertEquals(Language.FI, LanguageGuess.of("Jämsä Tehdas", analysis::tellsFinnish), "names alone: the networks' own language");
    }

    @Test
    void withVoikko() {
        guesses(new TextAnalysis(Optional.of(Installed.voikko())));
    }

    @Test
    void aNameTellsNoLanguage() {
        TextAnalysis voikko = new TextAnalysis(Optional.of(Installed.voikko()));
        Map<Language, Set<String>> own = Map.of(Language.EN, Set.of("grant", "start"));

        assertEquals(Language.EN, LanguageGuess.of("start-up grant Forssa", voikko::tellsFinnish, own),
                "'grant' is a surname and 'Forssa' a place to the Finnish dictionary, neither Finnish language");
    }

    @Test
    void withoutVoikko() {
        guesses(new TextAnalysis(Optional.empty()));
    }

    @Test
    void wordsTheGraphWritesInOneLanguageOnlyTellTheLanguage() {
        Map<Language, Set<String>> own = LanguageGuess.ownWords(Stream.of(
                new Routable.Text("Kahvila Lapinjärvellä", Language.FI),
                new Routable.Text("Lunchkafé i Lappträsk", Language.SV),
                new Routable.Text("Lunch café in Lapinjärvi", Language.EN)));

        assertEquals(Set.of("lunchkafé", "i", "lappträsk"), own.get(Language.SV));
        assertNotEquals(Language.SV, LanguageGuess.of("lunchkafé i Lappträsk", word -> false), "'i' is Swedish and English alike");
        assertEquals(Language.SV, LanguageGuess.of("lunchkafé i Lappträsk", word -> false, own));
        assertEquals(Language.EN, LanguageGuess.of("lunch café in Lapinjärvi", word -> false, own), "'lunch' is English only");
    }
}
