package fi.kurkiaura.bot;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Bridges a question's words that nothing in the network or the bot's lexicon knows to words the
 * network does know, through the bilingual dictionaries ({@link Dictionaries}): a Finnish word by
 * its Finnish synonyms ("tehdas" to "teollisuus"), a Finnish compound by the translation of its
 * parts together ("palaverihuone", "meeting room", to "neuvotteluhuone"), a Swedish word or
 * two-word phrase by its Finnish translations. Only words that carry meaning are bridged (nouns,
 * adjectives, verbs; not "ensi", "yksin"), and only to words the network knows. English is not
 * bridged: the graph says everything in English too, so an English word it does not know is one
 * it lacks, and bridging it only let out-of-scope questions in ("car inspection station").
 */
final class DictionaryBridge {

    /** Voikko's salience of a verb: words below it ("ensi", "yksin") say too little to bridge. */
    private static final double MEANINGFUL = 0.3;

    private final Dictionaries dictionaries;
    private final TextAnalysis analysis;
    private final Predicate<String> known;

    DictionaryBridge(Dictionaries dictionaries, TextAnalysis analysis, Predicate<String> known) {
        this.dictionaries = dictionaries;
        this.analysis = analysis;
        this.known = known;
    }

    /**
     * The question's words, each one the network does not know with the known words the
     * dictionaries bridge it to added as its translations; an English question's words as they are.
     */
    List<TextAnalysis.Word> bridge(List<TextAnalysis.Word> words, Language language) {
        if (language == Language.EN) {
            return words;
        }
        List<TextAnalysis.Word> bridged = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            TextAnalysis.Word word = words.get(i);
            if (!isUnknown(word)) {
                bridged.add(word);
                continue;
            }
            Set<String> finnish = language == Language.FI ? synonyms(word) : translations(word, i == 0 ? null : words.get(i - 1), language);
            Set<String> terms = knownTerms(finnish);
            bridged.add(terms.isEmpty() ? word : word.translated(terms, Set.of(), Set.of()));
        }
        return bridged;
    }

    private boolean isUnknown(TextAnalysis.Word word) {
        return word.salience() >= MEANINGFUL && word.whole().stream().noneMatch(known) && word.translations().isEmpty();
    }

    /** A Finnish word's synonyms, and for a compound of two parts what the translation of both parts together translates back to. */
    private Set<String> synonyms(TextAnalysis.Word word) {
        Set<String> synonyms = new LinkedHashSet<>();
        word.whole().forEach(form -> synonyms.addAll(dictionaries.finnishSynonyms(form)));
        List<String> parts = word.forms().stream().filter(form -> !word.whole().contains(form)).toList();
        if (parts.size() == 2) {
            for (String first : dictionaries.englishFor(parts.get(0))) {
                for (String second : dictionaries.englishFor(parts.get(1))) {
                    synonyms.addAll(dictionaries.finnishFor(first + " " + second, Language.EN));
                }
            }
        }
        return synonyms;
    }

    /** A Swedish word's Finnish translations, and those of the phrase it ends ("arbetande liv"). */
    private Set<String> translations(TextAnalysis.Word word, TextAnalysis.Word before, Language language) {
        Set<String> translations = new LinkedHashSet<>(dictionaries.finnishFor(word.text(), language));
        if (before != null) {
            translations.addAll(dictionaries.finnishFor(before.text() + " " + word.text(), language));
        }
        return translations;
    }

    /** The base forms of the one-word Finnish words that the network knows. */
    private Set<String> knownTerms(Set<String> finnish) {
        Set<String> terms = new LinkedHashSet<>();
        for (String candidate : finnish) {
            if (candidate.contains(" ")) {
                continue;
            }
            analysis.nameWords(candidate, Language.FI).stream().findFirst()
                    .flatMap(word -> word.whole().stream().findFirst()).filter(known).ifPresent(terms::add);
        }
        return terms;
    }
}
