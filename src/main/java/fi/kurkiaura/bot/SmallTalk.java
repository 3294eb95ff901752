package fi.kurkiaura.bot;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Greetings, thanks and asking for help, in the three languages: a question made only of such
 * words gets a friendly reply that says what the bot can do, instead of a search for them.
 */
final class SmallTalk {

    private static final Set<String> THANKING = Set.of("kiitos", "kiitti", "kiitoksia", "tack", "tackar", "thanks", "thank");
    private static final Set<String> POLITE = Set.of("paljon", "så", "mycket", "you", "very", "much", "so");
    private static final Set<String> GREETING_OR_HELP = Set.of("hei", "heippa", "moi", "moikka", "terve", "huomenta", "päivää", "iltaa",
            "hej", "hejsan", "tjena", "god", "morgon", "dag", "hello", "hi", "hey", "good", "morning", "afternoon", "evening", "apua", "ohje",
            "ohjeet", "mitä", "osaat", "miten", "toimit", "help", "what", "can", "you", "do", "how", "does", "this", "work", "hjälp", "vad", "kan",
            "du", "göra", "hur", "fungerar", "det", "botti", "bot", "boten");
    private static final int LONGEST = 5;

    private SmallTalk() {
    }

    /** The reply when the question is only small talk; empty when it asks about something. */
    static Optional<String> reply(String question, Language language) {
        List<String> words = Arrays.stream(question.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).filter(word -> !word.isEmpty()).toList();
        if (words.isEmpty() || words.size() > LONGEST) {
            return Optional.empty();
        }
        if (words.stream().anyMatch(THANKING::contains) && words.stream().allMatch(word -> THANKING.contains(word) || POLITE.contains(word))) {
            return Optional.of(Replies.thanks(language));
        }
        if (words.stream().allMatch(GREETING_OR_HELP::contains)) {
            return Optional.of(Replies.help(language));
        }
        return Optional.empty();
    }
}
