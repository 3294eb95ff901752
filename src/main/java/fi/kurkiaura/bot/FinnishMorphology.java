package fi.kurkiaura.bot;

import java.util.Set;

/** Finnish words to the forms a search should match on: base forms and the parts of compounds. */
interface FinnishMorphology {

    /**
     * How a lower-case word reads: its base form (first) and those of its compound parts, folded;
     * whether it is a word that routes nowhere (a pronoun, a conjunction, an adposition, "olla");
     * and how much it tells about what is asked, from 1 for nouns and names (and unknown words,
     * which are mostly names) down to adverbs; a word with several readings ("teen": tehdä or tee)
     * tells as little as its least telling one. With {@code correct}, an unknown word is read as the
     * dictionary's first spelling suggestion, or failing that, as a known word with something
     * unknown before it ("rekrymessut": "messut").
     */
    Reading read(String word, boolean correct);

    /**
     * What the dictionary makes of one word: {@code baseForms} are the word's own (one per reading
     * that cuts it into the fewest parts), without its parts; {@code doerOf} the verbs it is the agent noun of, folded ("arvioija":
     * arvioida; "ohjaaja": ohjata; "palvelujohtaja": johtaa); {@code onlyAName} when every reading
     * is a proper name ("grant" is a surname to the dictionary, "forssa" a place).
     */
    record Reading(Set<String> forms, Set<String> baseForms, Set<String> doerOf, boolean functionWord, double salience, boolean onlyAName) {

        static final Reading UNKNOWN = new Reading(Set.of(), Set.of(), Set.of(), false, 1, false);

        boolean known() {
            return !forms.isEmpty();
        }
    }
}
