package fi.kurkiaura.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextAnalysisTest {

    private final TextAnalysis snowball = new TextAnalysis(Optional.empty());

    private static Set<String> forms(TextAnalysis analysis, String word) {
        List<TextAnalysis.Word> words = analysis.questionWords(word, Language.FI);
        assertEquals(1, words.size(), words.toString());
        return words.getFirst().forms();
    }

    @Test
    void voikkoReadsBaseFormsCompoundPartsAndMisspellings() {
        TextAnalysis voikko = new TextAnalysis(Optional.of(Installed.voikko()));

        assertTrue(forms(voikko, "Forssassa").contains("forssa"));
        assertTrue(forms(voikko, "maahanmuuttajille").contains("maahanmuuttaja"));
        assertTrue(forms(voikko, "työkokeilupaikkoja").containsAll(Set.of("tyokokeilupaikka", "työ", "paikka")), "compound parts, folded when long enough");
        assertTrue(forms(voikko, "tyokokeilupaikkoja").contains("tyokokeilupaikka"), "a missing ä read as the dictionary suggests");
        assertTrue(forms(voikko, "TE-toimisto").contains("toimisto"), "hyphenated parts one by one");
        assertEquals(List.of("palvelu"), voikko.questionWords("onko teillä mitään palveluja", Language.FI).stream().map(TextAnalysis.Word::text)
                .map(word -> voikko.questionWords(word, Language.FI).getFirst().whole().iterator().next()).toList(), "words that route nowhere are left out");
    }

    @Test
    void voikkoReadsAWordAsItsSimplestReading() {
        TextAnalysis voikko = new TextAnalysis(Optional.of(Installed.voikko()));

        TextAnalysis.Word calls = voikko.questionWords("työpuheluita", Language.FI).getFirst();
        assertEquals("tyopuhelu", calls.whole().iterator().next(), calls.toString());
        assertFalse(calls.forms().contains("tyopuheluu"), "not työ + puhe + luu: " + calls);
        assertEquals("porukka", voikko.questionWords("porukassa", Language.FI).getFirst().whole().iterator().next(), "not poru + kassa, nor a name");
    }

    @Test
    void voikkoTellsTheVerbAnAgentNounNamesTheDoerOf() {
        TextAnalysis voikko = new TextAnalysis(Optional.of(Installed.voikko()));

        assertEquals(Set.of("arvioida"), voikko.doerOf("arvioija"));
        assertEquals(Set.of("ohjata"), voikko.doerOf("ohjaaja"), "a stem that gains a vowel before -ja");
        assertEquals(Set.of("johtaa"), voikko.doerOf("palvelujohtaja"), "a compound's last part");
        assertEquals(Set.of(), voikko.doerOf("projektipäällikkö"), "not an agent noun");
        assertEquals(Set.of(), new TextAnalysis(Optional.empty()).doerOf("arvioija"), "without Voikko nothing tells");
    }

    @Test
    void aCompoundIsSplitAsVoikkosCoarsestReadingSplitsIt() {
        TextAnalysis voikko = new TextAnalysis(Optional.of(Installed.voikko()));

        Set<String> statutory = forms(voikko, "lakisääteiset");
        assertTrue(statutory.containsAll(Set.of("lakisaateinen", "laki")), statutory.toString());
        assertFalse(statutory.contains("sää") || statutory.contains("tie"), "no finer reading's parts: " + statutory);
    }

    @Test
    void aNameTheDictionaryDoesNotKnowIsReadWithoutItsCaseEnding() {
        TextAnalysis voikko = new TextAnalysis(Optional.of(Installed.voikko()));

        TextAnalysis.Word winnova = voikko.questionWords("WinNovan", Language.FI).getFirst();
        assertTrue(winnova.whole().contains("winnova"), winnova.toString());
        assertTrue(voikko.questionWords("Sataedussa", Language.FI).getFirst().whole().contains("sataedu"));
        assertFalse(voikko.indexTerms("WinNovan", Language.FI).contains("winnova"), "the index keeps a name as written");
        assertTrue(voikko.questionWords("TyöHämeessä", Language.FI).getFirst().whole().contains("tyohame"), "the vowel the ending doubles");
        assertTrue(voikko.questionWords("WinNovaan", Language.FI).getFirst().whole().contains("winnova"), "the vowel the ending doubles");
        assertTrue(voikko.questionWords("Jämsekissä", Language.FI).getFirst().whole().contains("jamsek"), "the i added after a consonant");
    }

    @Test
    void spokenFinnishIsReadAsItIsWritten() {
        TextAnalysis voikko = new TextAnalysis(Optional.of(Installed.voikko()));

        TextAnalysis.Word practise = voikko.questionWords("harjotella", Language.FI).getFirst();
        assertTrue(practise.forms().contains("harjoitella"), "the i speech drops: " + practise);
        assertTrue(practise.forms().contains("harjotella"), "and as written, in case it is a name: " + practise);
        assertTrue(voikko.questionWords("semmonen", Language.FI).isEmpty(), "semmoinen, which points and names nothing");
        assertTrue(voikko.questionWords("pääsis", Language.FI).getFirst().forms().contains("paasta"), "the conditional's final i");
        assertEquals(List.of("tyokokeilu"), voikko.questionWords("haluun työkokeiluun", Language.FI).stream().map(word -> word.forms().iterator().next()).toList(),
                "haluun is haluan, not the illative of halu");
        assertFalse(snowball.questionWords("harjotella", Language.FI).getFirst().forms().contains("harjoitella"), "without Voikko, nothing tells");
    }

    @Test
    void anAbbreviationsCaseEndingAfterAColonIsNoWord() {
        TextAnalysis voikko = new TextAnalysis(Optional.of(Installed.voikko()));

        assertEquals(List.of("typ", "ely"), voikko.questionWords("TYP:stä ELY:ssä", Language.FI).stream().map(TextAnalysis.Word::text).toList());
        assertEquals(List.of("eu", "hanke"), voikko.indexTerms("EU:n hankkeet", Language.FI));
        assertEquals(List.of("eu", "projek"), snowball.indexTerms("EU:s projekt", Language.SV), "Snowball stems projekt so");
    }

    @Test
    void forExampleAndItsLikeAreNoWordsOfAQuestion() {
        assertEquals(List.of("kuhmois", "kommun"), snowball.questionWords("t.ex. Kuhmois kommun", Language.SV).stream().map(TextAnalysis.Word::text).toList());
        assertEquals(List.of("forssa"), snowball.questionWords("e.g. Forssa", Language.EN).stream().map(TextAnalysis.Word::text).toList());
        assertEquals(List.of("forssa", "jämsä"), snowball.questionWords("esim Forssa, Jämsä jne.", Language.FI).stream().map(TextAnalysis.Word::text).toList());
        assertEquals(List.of("10", "mm"), snowball.questionWords("10 mm", Language.FI).stream().map(TextAnalysis.Word::text).toList(),
                "mm without its full stop may be millimetres");
    }

    @Test
    void wordsThatPointOrSayHowToReachSomeoneCarryNoTopic() {
        TextAnalysis voikko = new TextAnalysis(Optional.of(Installed.voikko()));

        assertTrue(voikko.questionWords("onko sellaista", Language.FI).isEmpty());
        assertTrue(voikko.questionWords("kehen ottaa yhteyttä", Language.FI).isEmpty());
        assertEquals(List.of("yhteys"), voikko.questionWords("yhteyttä työelämään", Language.FI).stream().limit(1)
                .map(word -> word.forms().iterator().next()).toList(), "a connection to working life is a topic");
    }

    @Test
    void aHyphenatedWordTheDictionaryDoesNotKnowWholeIsInflectedInItsLastPart() {
        for (TextAnalysis analysis : List.of(new TextAnalysis(Optional.of(Installed.voikko())), snowball)) {
            TextAnalysis.Word asked = analysis.questionWords("TE-palveluiden", Language.FI).getFirst();
            List<String> named = analysis.indexTerms("TE-palvelut", Language.FI);

            assertTrue(asked.whole().stream().anyMatch(named::contains), asked + " / " + named);
        }
    }

    @Test
    void theIndexKeepsNamesTheDictionaryDoesNotKnowAsWritten() {
        TextAnalysis voikko = new TextAnalysis(Optional.of(Installed.voikko()));

        assertEquals(List.of("mygoals"), voikko.indexTerms("MyGoals", Language.FI));
    }

    @Test
    void withoutVoikkoFinnishIsStemmedSoInflectedFormsStillMeet() {
        Set<String> inflected = forms(snowball, "työnhakijoille");
        Set<String> plain = forms(snowball, "työnhakija");

        assertFalse(inflected.stream().noneMatch(plain::contains), inflected + " / " + plain);
        assertEquals(snowball.indexTerms("työnhakijat", Language.FI), snowball.indexTerms("tyonhakijat", Language.FI), "folded alike");
    }

    @Test
    void swedishAndEnglishQuestionFillerIsLeftOut() {
        TextAnalysis snowball = new TextAnalysis(Optional.empty());

        assertEquals(List.of("help", "forssa"), snowball.questionWords("How can I get help in Forssa?", Language.EN).stream().map(TextAnalysis.Word::text).toList());
        assertEquals(List.of("arbetsprövning", "forssa"), snowball.questionWords("Var finns det arbetsprövning i Forssa, vill jag veta", Language.SV).stream()
                .map(TextAnalysis.Word::text).filter(word -> !word.equals("veta")).toList());
    }

    @Test
    void swedishAndEnglishAreStemmedAndAlsoReadAsFinnishNames() {
        assertEquals(snowball.indexTerms("arbetssökande", Language.SV), snowball.indexTerms("arbetssökanden", Language.SV));
        assertEquals(snowball.indexTerms("services", Language.EN), snowball.indexTerms("service", Language.EN));
    }

    @Test
    void aSwedishGenitivePluralFindsThePlural() {
        assertEquals(snowball.indexTerms("bildkonstnärer", Language.SV), snowball.indexTerms("bildkonstnärers", Language.SV));
        assertEquals(snowball.indexTerms("ungdom", Language.SV), snowball.indexTerms("ungdomars", Language.SV));
        assertTrue(snowball.questionWords("coworking i Jämsä", Language.SV).stream().anyMatch(word -> word.forms().contains("jamsa")));
    }
}
