package fi.kurkiaura.bot;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Guesses whether a question is Finnish, Swedish or English from its small words and its letters.
 * Questions are short and full of names, so the guess leans on words that only one of the three
 * languages uses; when nothing tells, it is Finnish, the language of the networks.
 */
final class LanguageGuess {

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

    private static final Map<Language, Set<String>> SMALL_WORDS = Map.of(
            Language.FI, Set.of("ja", "on", "onko", "ovat", "oli", "mistä", "missä", "mihin", "mitä", "mikä", "mitkä", "kuka", "ketkä", "kenelle",
                    "miten", "milloin", "voiko", "voin", "voisin", "saa", "saako", "saan", "olen", "oon", "mä", "mulle", "minulle", "minä", "meillä",
                    "teillä", "jotain", "mitään", "kanssa", "tai", "ei", "en", "kun", "että", "haluan", "etsin", "tarvitsen", "löytyy", "apua",
                    "hei", "moi", "terve", "kiitos", "tänne", "siellä", "täällä", "joka", "jossa", "mutta", "myös", "vai", "kuin", "nyt", "jo"),
            Language.SV, Set.of("i", "och", "är", "jag", "det", "som", "för", "på", "med", "var", "vad", "hur", "finns", "kan", "till", "ett", "om",
                    "har", "söker", "hjälp", "vem", "vilka", "vilken", "när", "jobb", "arbete", "inte", "eller", "mig", "min", "mitt", "vi", "ni",
                    "hej", "tack", "också", "någon", "något", "några", "får", "man", "av", "från", "hos", "där", "här", "den"),
            Language.EN, Set.of("the", "is", "a", "an", "and", "for", "of", "to", "where", "what", "who", "how", "can", "i", "my", "me", "do",
                    "does", "help", "are", "there", "any", "with", "job", "work", "which", "when", "looking", "want", "need", "find", "about",
                    "hi", "hello", "thanks", "please", "you", "your", "we", "our", "from", "at", "on", "or", "not", "have", "has", "it", "in", "by", "near"));

    private static final Pattern SWEDISH_ENDING = Pattern.compile(".{3,}(het|ning|skap|erna|arna|orna|ande|ende|tjänst|else)");
    private static final Pattern ENGLISH_SPELLING = Pattern.compile(".*(w|th|sh|ch).*|.{3,}(ing|tion|ly|ed|ies)");
    private static final Pattern FINNISH_ENDING = Pattern.compile(".{3,}(ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi|ille|aan|ään|ko|kö|nen|set|uus|yys)");

    private LanguageGuess() {
    }

    /** The words of these texts that occur in one language only, by language. */
    static Map<Language, Set<String>> ownWords(Stream<Routable.Text> texts) {
        Map<String, Set<Language>> languagesOf = new HashMap<>();
        texts.forEach(text -> WORD.matcher(text.text().toLowerCase(Locale.ROOT)).results()
                .forEach(word -> languagesOf.computeIfAbsent(word.group(), key -> EnumSet.noneOf(Language.class)).add(text.language())));
        Map<Language, Set<String>> own = new EnumMap<>(Language.class);
        languagesOf.forEach((word, languages) -> {
            if (languages.size() == 1) {
                own.computeIfAbsent(languages.iterator().next(), key -> new HashSet<>()).add(word);
            }
        });
        return own;
    }

    /** The language of {@code text}; {@code finnishWord} tells whether a word is Finnish language (not only a name), when a dictionary can tell. */
    static Language of(String text, Predicate<String> finnishWord) {
        return of(text, finnishWord, Map.of());
    }

    /**
     * The language of {@code text}, with {@code ownWords}: the words that the graph and the lexicon
     * write in one language only ("rekryteringsmässa", "multisectoral"), which tell where the small
     * words are shared ("i" is Swedish and English) or missing.
     */
    static Language of(String text, Predicate<String> finnishWord, Map<Language, Set<String>> ownWords) {
        Map<Language, Integer> score = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            score.put(language, 0);
        }
        var words = WORD.matcher(text.toLowerCase(Locale.ROOT));
        boolean first = true;
        while (words.find()) {
            String word = words.group();
            int weight = first ? 2 : 1;
            first = false;
            SMALL_WORDS.forEach((language, small) -> {
                if (small.contains(word)) {
                    score.merge(language, 2 * weight, Integer::sum);
                }
            });
            ownWords.forEach((language, own) -> {
                if (own.contains(word)) {
                    score.merge(language, 1, Integer::sum);
                }
            });
            if (word.contains("å")) {
                score.merge(Language.SV, 3, Integer::sum);
            }
            if (SWEDISH_ENDING.matcher(word).matches()) {
                score.merge(Language.SV, 1, Integer::sum);
            }
            if (ENGLISH_SPELLING.matcher(word).matches()) {
                score.merge(Language.EN, 1, Integer::sum);
            }
            if (FINNISH_ENDING.matcher(word).matches() || finnishWord.test(word)) {
                score.merge(Language.FI, 1, Integer::sum);
            }
        }
        Language best = Language.FI;
        for (Language language : Language.values()) {
            if (score.get(language) > score.get(best)) {
                best = language;
            }
        }
        return best;
    }
}
