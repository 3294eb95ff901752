package fi.kurkiaura.bot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the places, target groups and ages a question names, however inflected: "Forssassa",
 * "forssalainen" and "Forssa" are all Forssa, "Tavastehus" is Hämeenlinna (the graph's Swedish
 * label), "25-vuotias" and "alle 30" are the target groups whose ages they fall in. The router uses
 * them as strong boosts and to say why an answer fits.
 */
final class EntityLinking {

    /** What a question names, and which of its words (as {@link TextAnalysis} splits them) named places and an age. */
    record Links(Set<String> places, Set<String> placeWords, Set<String> targetGroups, Set<String> ageWords) {

        static final Links NONE = new Links(Set.of(), Set.of(), Set.of(), Set.of());
    }

    private static final Pattern LETTERS = Pattern.compile("[\\p{L}\\p{M}]+");
    /** The age patterns use Unicode word boundaries: Java's default {@code \b} knows only ASCII letters, so "jag är 22" would never match. */
    private static final Pattern AGE = Pattern.compile("\\b(\\d{1,2})\\s*-?\\s*(?:v\\b|vuot\\p{L}*|v\\.|år\\b|års\\p{L}*|years?\\b|yrs?\\b|y/?o\\b)", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern I_AM = Pattern.compile("\\b(?:olen|oon|olin|är|am|i'm|im)\\s+(\\d{1,2})\\b", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern UNDER = Pattern.compile("\\b(?:alle|under|below|yngre än)\\s+(\\d{1,2})", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern OVER = Pattern.compile("\\b(?:yli|over|över|above|äldre än)\\s+(\\d{1,2})", Pattern.UNICODE_CHARACTER_CLASS);
    /** Finnish demonyms, folded: "forssalainen", "kokemakelaisille". */
    private static final Pattern DEMONYM = Pattern.compile("(.{3,})lai(?:nen|set|sille|sten|sia|sena|selle|sen|sta|ssa|lla|lle)$");
    private static final int LONGEST_NAME = 3;
    private static final int SHORTEST_NAME = 4;
    /**
     * What may follow a one-word place name without its last letter, folded: the letter or a vowel
     * changed from it, then a case ending or a demonym ("Forss|assa", "Lapinjärv|ellä",
     * "Kokemäk|eläinen"), so that inflected names are found without a dictionary too.
     */
    private static final Pattern CASE_ENDING = Pattern.compile(
            "[aeiouy]?(?:n|ssa|sta|lla|lta|lle|ksi|na|a|an|en|in|on|un|yn|ta|han|hen|hin|seen|lai(?:nen|set|sille|sten|sia|sena|selle|sen|sta|ssa|lla|lle))?");

    private final TextAnalysis analysis;
    private final Map<String, String> placeByName = new HashMap<>();
    /** One-word place names without their last letter ("forss", "lapinjarv"), for inflected names without a dictionary. */
    private final Map<String, String> namesWithoutLastLetter = new HashMap<>();
    private final Map<String, String> groupByName = new HashMap<>();
    private final List<RoutingData.Concept> groupsWithAges = new ArrayList<>();

    EntityLinking(RoutingData data, TextAnalysis analysis) {
        this.analysis = analysis;
        data.places().values().forEach(place -> place.names().forEach(name -> {
            nameKeys(name.text()).forEach(key -> placeByName.putIfAbsent(key, place.iri()));
            String folded = Folding.fold(name.text().toLowerCase(Locale.ROOT));
            if (folded.length() >= SHORTEST_NAME && LETTERS.matcher(folded).matches()) {
                namesWithoutLastLetter.putIfAbsent(folded.substring(0, folded.length() - 1), folded);
            }
        }));
        data.targetGroups().values().forEach(group -> {
            group.names().forEach(name -> groupByName.putIfAbsent(String.join(" ", analysis.indexTerms(name.text(), name.language())), group.iri()));
            if (group.minAge().isPresent() || group.maxAge().isPresent()) {
                groupsWithAges.add(group);
            }
        });
        groupByName.remove("");
    }

    Links link(String question, Language language, List<String> questionTerms) {
        String lower = question.toLowerCase(Locale.ROOT);
        Set<String> ageWords = new LinkedHashSet<>();
        OptionalInt age = age(lower, ageWords);
        Set<String> groups = new LinkedHashSet<>();
        age.ifPresent(years -> groupsWithAges.stream()
                .filter(group -> group.minAge().orElse(0) <= years && years <= group.maxAge().orElse(Integer.MAX_VALUE))
                .forEach(group -> groups.add(group.iri())));
        Set<String> terms = Set.copyOf(questionTerms);
        groupByName.forEach((name, group) -> {
            if (terms.containsAll(List.of(name.split(" ")))) {
                groups.add(group);
            }
        });
        Set<String> placeWords = new LinkedHashSet<>();
        return new Links(places(lower, placeWords), placeWords, groups, groups.isEmpty() ? Set.of() : ageWords);
    }

    /** The places named in the question; {@code placeWords} gets the words of the question that named them. */
    private Set<String> places(String lower, Set<String> placeWords) {
        List<String> words = new ArrayList<>();
        Matcher matcher = LETTERS.matcher(lower);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        Set<String> places = new LinkedHashSet<>();
        for (int length = LONGEST_NAME; length >= 1; length--) {
            for (int start = 0; start + length <= words.size(); start++) {
                String head = String.join(" ", words.subList(start, start + length - 1));
                for (String last : readings(words.get(start + length - 1))) {
                    String place = placeByName.get(head.isEmpty() ? last : head + " " + last);
                    if (place != null) {
                        places.add(place);
                        placeWords.addAll(words.subList(start, start + length));
                    }
                }
            }
        }
        return places;
    }

    /** A name's keys: its words folded, the last one also in each of its base forms (or its stem). */
    private Set<String> nameKeys(String name) {
        List<String> words = new ArrayList<>();
        Matcher matcher = LETTERS.matcher(name.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(Folding.fold(matcher.group()));
        }
        Set<String> keys = new LinkedHashSet<>();
        if (words.isEmpty() || words.size() > LONGEST_NAME) {
            return keys;
        }
        String head = String.join(" ", words.subList(0, words.size() - 1));
        for (String last : analysis.finnishNames(words.getLast(), false)) {
            keys.add(head.isEmpty() ? last : head + " " + last);
        }
        return keys;
    }

    /** The forms a word of a question may name a place by: itself, its base forms, and the place in a demonym. */
    private Set<String> readings(String word) {
        Set<String> readings = new LinkedHashSet<>(analysis.finnishNames(word, true));
        String folded = Folding.fold(word);
        Matcher demonym = DEMONYM.matcher(folded);
        if (demonym.matches()) {
            readings.addAll(analysis.finnishNames(demonym.group(1), false));
        }
        for (int end = SHORTEST_NAME - 1; end < folded.length(); end++) {
            String head = folded.substring(0, end);
            if (namesWithoutLastLetter.containsKey(head) && CASE_ENDING.matcher(folded.substring(end)).matches()) {
                readings.add(namesWithoutLastLetter.get(head));
            }
        }
        return readings;
    }

    /**
     * The age a question gives: "alle 30" and "yli 55" first (29, 56), then an exact "25-vuotias" or
     * "olen 25"; {@code ageWords} gets the question's words that gave it.
     */
    private static OptionalInt age(String lower, Set<String> ageWords) {
        for (Pattern pattern : List.of(UNDER, OVER, AGE, I_AM)) {
            Matcher matcher = pattern.matcher(lower);
            if (matcher.find()) {
                Matcher words = TextAnalysis.WORD.matcher(lower);
                while (words.find()) {
                    if (words.start() < matcher.end() && words.end() > matcher.start()) {
                        ageWords.add(words.group());
                    }
                }
                int years = Integer.parseInt(matcher.group(1));
                return OptionalInt.of(pattern == UNDER ? years - 1 : pattern == OVER ? years + 1 : years);
            }
        }
        return OptionalInt.empty();
    }
}
