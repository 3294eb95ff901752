package fi.kurkiaura.bot;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Widens a question with the other names of the concepts it mentions by a name in its own language
 * or in Finnish (SKOS prefLabels and altLabels): "unemployed" also searches for "työtön", "NEET"
 * for "nuoret". This is what lets a Swedish or English question find the graph's Finnish text. The
 * added words stand for the whole of the words that matched, so the question does not grow longer
 * for the confidence score; the parts of the added compounds stand only for a part of them.
 */
final class QueryExpansion {

    /**
     * One name of a concept, as the base forms a question's words must have, in a row (a compound
     * matches as a whole word, not by its parts: "palkkatuki" is not "tuki"), and everything the
     * concept is called.
     */
    private record Name(List<String> terms, Map<Language, Set<String>> expansion, Map<Language, Set<String>> expansionParts) {
    }

    /** What a question's word gains: whole words (the Finnish ones also apart), and the parts of compounds apart. */
    private record Added(Set<String> whole, Set<String> parts, Set<String> finnish) {

        Added() {
            this(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
        }

        void add(Name name, Language language) {
            Set<String> names = name.expansion().getOrDefault(language, Set.of());
            whole.addAll(names);
            if (language == Language.FI) {
                finnish.addAll(names);
            }
            parts.addAll(name.expansionParts().getOrDefault(language, Set.of()));
        }

        boolean isEmpty() {
            return whole.isEmpty() && parts.isEmpty();
        }
    }

    private static final int LONGEST_NAME = 4;
    /** The shortest part of a Swedish compound that is looked up on its own. */
    private static final int SHORTEST_PART = 4;

    /** The names in each language by their first term, so that a question meets only those of {@link Language#withFinnish}. */
    private final Map<Language, Map<String, List<Name>>> namesByFirstTerm = new EnumMap<>(Language.class);
    /** One-word Swedish and Finnish names by each whole form of the word (its stem, and as written), for the parts of a Swedish compound. */
    private final Map<String, Name> oneWordNames = new HashMap<>();

    QueryExpansion(List<RoutingData.Concept> vocabulary, TextAnalysis analysis) {
        for (RoutingData.Concept concept : vocabulary) {
            Map<Language, Set<String>> expansion = new EnumMap<>(Language.class);
            Map<Language, Set<String>> expansionParts = new EnumMap<>(Language.class);
            for (Routable.Text text : concept.names()) {
                List<TextAnalysis.Word> words = analysis.nameWords(text.text(), text.language());
                words.forEach(word -> {
                    expansion.computeIfAbsent(text.language(), language -> new LinkedHashSet<>()).addAll(word.whole());
                    Set<String> parts = new LinkedHashSet<>(word.forms());
                    parts.removeAll(word.whole());
                    expansionParts.computeIfAbsent(text.language(), language -> new LinkedHashSet<>()).addAll(parts);
                });
                if (words.isEmpty() || words.size() > LONGEST_NAME) {
                    continue;
                }
                List<String> terms = words.stream().map(word -> word.whole().iterator().next()).toList();
                Name name = new Name(terms, expansion, expansionParts);
                namesByFirstTerm.computeIfAbsent(text.language(), language -> new HashMap<>())
                        .computeIfAbsent(terms.getFirst(), first -> new ArrayList<>()).add(name);
                if (words.size() == 1 && text.language() != Language.EN) {
                    words.getFirst().whole().forEach(form -> oneWordNames.putIfAbsent(form, name));
                }
            }
        }
    }

    /**
     * The question's words with the other names of the concepts they name, in Finnish (the graph's
     * main language) and in the question's language: a Finnish question gains Finnish synonyms, a
     * Swedish or English one its Finnish translations too.
     */
    List<TextAnalysis.Word> expand(List<TextAnalysis.Word> words, Language language) {
        List<Added> added = new ArrayList<>(words.stream().map(word -> new Added()).toList());
        for (int start = 0; start < words.size(); start++) {
            for (String first : words.get(start).whole()) {
                for (Name name : namesIn(language, first)) {
                    int end = start + name.terms().size();
                    if (end <= words.size() && matches(name, words, start)) {
                        for (int i = start; i < end; i++) {
                            added.get(i).add(name, Language.FI);
                            added.get(i).add(name, language);
                        }
                    }
                }
            }
        }
        if (language == Language.SV) {
            for (int i = 0; i < words.size(); i++) {
                if (added.get(i).isEmpty()) {
                    added.set(i, compoundParts(words.get(i)));
                }
            }
        }
        List<TextAnalysis.Word> expanded = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            expanded.add(added.get(i).isEmpty() ? words.get(i) : words.get(i).translated(added.get(i).whole(), added.get(i).parts(), added.get(i).finnish()));
        }
        return expanded;
    }

    /**
     * A Swedish compound the vocabulary does not know as a whole ("projektsamarbete",
     * "sysselsättningsförsöket") read as two words it does know, with or without the linking s
     * ("sysselsättning|s|försök"): the names of both, in Finnish and Swedish. Nothing when no split
     * has both parts in the vocabulary; the longest first part wins.
     */
    private Added compoundParts(TextAnalysis.Word word) {
        for (String whole : word.whole()) {
            for (int cut = whole.length() - SHORTEST_PART; cut >= SHORTEST_PART; cut--) {
                String head = whole.substring(0, cut);
                Name tail = oneWordNames.get(whole.substring(cut));
                Name first = oneWordNames.get(head);
                if (first == null && head.endsWith("s")) {
                    first = oneWordNames.get(head.substring(0, head.length() - 1));
                }
                if (first != null && tail != null) {
                    Added parts = new Added();
                    for (Name name : List.of(first, tail)) {
                        parts.add(name, Language.FI);
                        parts.add(name, Language.SV);
                    }
                    return parts;
                }
            }
        }
        return new Added();
    }

    /** The names whose first term this is, in the languages a question in this language is matched in. */
    private List<Name> namesIn(Language language, String first) {
        return language.withFinnish().stream()
                .flatMap(named -> namesByFirstTerm.getOrDefault(named, Map.of()).getOrDefault(first, List.of()).stream()).toList();
    }

    private static boolean matches(Name name, List<TextAnalysis.Word> words, int start) {
        for (int i = 1; i < name.terms().size(); i++) {
            if (!words.get(start + i).whole().contains(name.terms().get(i))) {
                return false;
            }
        }
        return true;
    }
}
