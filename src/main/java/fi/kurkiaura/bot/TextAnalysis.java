package fi.kurkiaura.bot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Text to search terms, the same way for the index and for questions, so that they meet: words
 * lower-cased, small words dropped, each word reduced to the forms it should match on, every term
 * folded ({@link Folding}). Finnish goes through Voikko when the system has it (base forms and
 * compound parts, and for questions spelling correction); otherwise, and for Swedish and English,
 * through Lucene's Snowball analysers, which stem but do not split compounds.
 */
final class TextAnalysis {

    /**
     * A word of a question, lower-cased, and the terms it matches on: {@code whole} are the forms
     * that stand for the whole word (its base form, its stem), the other forms only for parts of it
     * (the parts of a compound, a guess at a misspelling); {@code translations} are the other names
     * of a concept the word names, which also stand for the whole word, and {@code finnish} those of
     * them that are Finnish names.
     */
    record Word(String text, Set<String> forms, Set<String> whole, Set<String> translations, Set<String> translationParts, Set<String> finnish,
            double salience) {

        Word(String text, Set<String> forms, Set<String> whole, double salience) {
            this(text, forms, whole, Set.of(), Set.of(), Set.of(), salience);
        }

        /**
         * The word with the other names of a concept it names added ({@link QueryExpansion}): their
         * whole words, and apart the parts of their compounds, which find text about the concept
         * but do not stand for the whole word ("pää" of "pääkirjasto" is not "kirjasto").
         */
        Word translated(Set<String> moreWhole, Set<String> moreParts, Set<String> moreFinnish) {
            Set<String> all = new LinkedHashSet<>(translations);
            all.addAll(moreWhole);
            all.removeAll(forms);
            Set<String> parts = new LinkedHashSet<>(translationParts);
            parts.addAll(moreParts);
            parts.removeAll(forms);
            parts.removeAll(all);
            Set<String> inFinnish = new LinkedHashSet<>(finnish);
            inFinnish.addAll(moreFinnish);
            inFinnish.retainAll(all);
            return new Word(text, forms, whole, Collections.unmodifiableSet(all), Collections.unmodifiableSet(parts), Collections.unmodifiableSet(inFinnish),
                    salience);
        }
    }

    private static final Pattern FINNISH_LOOKING = Pattern.compile("[^å]*[äö][^å]*[aeiouyäönts]");
    /** A word: letters and digits, joined by hyphens ("TE-toimisto", "25-vuotias"). */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\d][\\p{L}\\p{M}\\d'’]*(?:-[\\p{L}\\p{M}\\d]+)*");
    /** Words of spoken and chat Finnish that the stop list and the dictionary do not know. */
    private static final Set<String> COLLOQUIAL_FINNISH = Set.of("mä", "mää", "sä", "mulle", "sulle", "mun", "sun", "mulla", "sulla", "oon",
            "oot", "onks", "onkse", "jotain", "joku", "jossain", "jonkun", "vois", "voisko", "voiks", "niinku", "tai", "siis", "nyt", "kiitos",
            "hei", "moi", "mistä", "missä", "mitä", "mikä", "mihin", "kuka", "ketä", "kenelle", "kenen", "miten", "milloin", "onko", "voiko",
            "saako", "löytyykö", "löytyy", "apua", "haluaisin", "haluan", "tarvitsen", "etsin", "etsii", "kiinnostaa", "olisi", "olis", "teillä",
            "meillä", "täällä", "siellä", "tietoa", "kerro", "kertoa", "tarvis", "tarttis", "haluun", "haluisin", "haluis", "halusin", "tiiä",
            "tiiän", "tiedä", "tiedän", "tarviin", "tarvii", "tarttisin", "pitäis", "pitäisi", "kans");
    /** The case ending after an abbreviation, which Finnish and Swedish write after a colon ("TYP:stä", "ELY:ssä", "EU:s"). */
    private static final Pattern ABBREVIATION_ENDING = Pattern.compile("(?<=[\\p{L}\\d]):\\p{L}{1,5}(?![\\p{L}\\d])");
    /**
     * Abbreviations for "for example", "among others", "that is" and "and so on" in the three
     * languages ("t.ex.", "esim.", "e.g."): their letters would read as words no resource has, and
     * weigh as much as the question's topic. Those that are words of their own without the full
     * stop ("mm", "ns") are taken only with it.
     */
    private static final Pattern ABBREVIATED_FILLER = Pattern.compile(
            "(?<![\\p{L}\\d.])(?:(?:t\\.\\s?ex|bl\\.\\s?a|o\\.\\s?s\\.\\s?v|d\\.\\s?v\\.\\s?s|m\\.\\s?m|e\\.\\s?g|i\\.\\s?e|mm|ym|ns)\\.|(?:esim|osv|dvs|etc|jne|yms)\\.?)(?![\\p{L}\\d])");
    /** "ottaa yhteyttä" (to contact) says how to reach an answer, not what it is about. */
    private static final Pattern CONTACTING = Pattern.compile("(?<![\\p{L}])(ota|otta|ote|oti)\\p{L}*\\s+yhteyt\\p{L}*");
    /** Consonants before which speech drops the i of a diphthong ("sellainen" → "sellanen", "harjoitella" → "harjotella"). */
    private static final String BEFORE_DROPPED_I = "lnst";

    /**
     * Words that carry no topic in a Swedish or English question and that the Snowball stop lists
     * keep (Swedish "finns", "vill"; English "i", "can", "who", "does"): as with the Finnish ones, a
     * question is not about them, and an answer need not cover them.
     */
    private static final Map<Language, Set<String>> QUESTION_FILLER = Map.of(
            Language.SV, Set.of("finns", "finnas", "fanns", "få", "får", "fick", "vill", "ville", "vilja", "måste", "ska", "skall", "behöver",
                    "söker", "letar", "hitta", "hittar", "göra", "gör", "gjorde", "genom", "via", "andra", "annan", "annat", "bättre", "länge",
                    "hör", "också", "bara", "redan", "gärna", "just", "någonstans", "tillsammans", "ibland", "alltid", "ofta", "hos", "nån", "nåt"),
            Language.EN, Set.of("i", "i'm", "im", "i’m", "me", "my", "mine", "we", "we're", "our", "us", "you", "your", "he", "she", "his", "her",
                    "them", "it's", "its", "can", "could", "would", "should", "may", "might", "must", "shall", "do", "does", "did", "doing", "done",
                    "have", "has", "had", "having", "am", "been", "being", "get", "gets", "got", "getting", "how", "what", "when", "where", "which",
                    "who", "whom", "whose", "why", "any", "anything", "anyone", "anybody", "some", "something", "someone", "somewhere", "here",
                    "from", "after", "before", "through", "about", "just", "also", "still", "very", "really", "please", "want", "wants", "wanted",
                    "need", "needs", "needed", "like", "looking", "look", "find", "know", "tell", "give", "many", "much", "more", "most", "other",
                    "another", "own", "so", "too", "than", "all", "each", "every", "both", "only", "same", "now", "go", "going", "come", "take",
                    "there's", "what's", "where's", "who's", "anywhere", "lot", "lots"));

    /**
     * A case ending on a name the dictionary does not know ("WinNova|n", "Sataedu|ssa", "INKA|a"):
     * in a question, the name without it is read too, and counts as the whole word.
     */
    private static final Pattern NAME_CASE_ENDING = Pattern.compile("(?:n|a|ssa|sta|lla|lta|lle|ksi|na|ta|han|hen|hin|seen)");
    private static final int SHORTEST_NAME = 3;
    /** Vowels as {@link Folding} leaves them. */
    private static final String VOWELS = "aeiouy";

    private final Optional<FinnishMorphology> finnish;
    private final Optional<Dictionaries> dictionaries;
    private final Map<Language, Analyzer> snowball = new EnumMap<>(Language.class);
    private final CharArraySet finnishStopWords = FinnishAnalyzer.getDefaultStopSet();

    TextAnalysis(Optional<FinnishMorphology> finnish) {
        this(finnish, Optional.empty());
    }

    TextAnalysis(Optional<FinnishMorphology> finnish, Optional<Dictionaries> dictionaries) {
        this.finnish = finnish;
        this.dictionaries = dictionaries;
        snowball.put(Language.FI, new FinnishAnalyzer());
        snowball.put(Language.SV, new SwedishStemming());
        snowball.put(Language.EN, new EnglishAnalyzer());
    }

    Optional<Dictionaries> dictionaries() {
        return dictionaries;
    }

    boolean hasMorphology() {
        return finnish.isPresent();
    }

    /** The verbs a Finnish word of the graph is the agent noun of ("arvioija": arvioida); none without Voikko, which tells. */
    Set<String> doerOf(String word) {
        return finnish.map(morphology -> morphology.read(word, false).doerOf()).orElse(Set.of());
    }

    /**
     * Whether a lower-case word is Finnish: one the dictionary knows, or without Voikko, one with ä
     * or ö that ends the way Finnish words do (Swedish "är", "för", "företag" do not).
     */
    boolean isFinnishWord(String word) {
        return finnish.map(morphology -> morphology.read(word, false).known())
                .orElseGet(() -> FINNISH_LOOKING.matcher(word).matches());
    }

    /**
     * Whether a lower-case word tells that a text is Finnish: a Finnish word that is not only a
     * name, since a name ("Forssa", or "Grant", which the dictionary knows as a surname) is the same
     * in every language.
     */
    boolean tellsFinnish(String word) {
        return finnish.map(morphology -> morphology.read(word, false)).map(reading -> reading.known() && !reading.onlyAName())
                .orElseGet(() -> FINNISH_LOOKING.matcher(word).matches());
    }

    /** Terms of a text in the graph, in its language (a literal without a language tag counts as Finnish). */
    List<String> indexTerms(String text, Language language) {
        return terms(text, language, false);
    }

    /**
     * A question's words, each as the set of terms it matches on (small words left out), in its
     * language and, unless it is Finnish, also read as Finnish without correction: people writing
     * Swedish or English still name Finnish services and places.
     */
    List<Word> questionWords(String text, Language language) {
        return words(text, language, true);
    }

    /** The words of a name (a concept's label), read as the index reads text: no correction, no second language. */
    List<Word> nameWords(String text, Language language) {
        return words(text, language, false);
    }

    private List<Word> words(String text, Language language, boolean question) {
        List<Word> words = new ArrayList<>();
        String lowerCase = withoutAbbreviationEndings(text.toLowerCase(Locale.ROOT));
        if (question) {
            lowerCase = ABBREVIATED_FILLER.matcher(lowerCase).replaceAll(" ");
        }
        Matcher matcher = WORD.matcher(question && language == Language.FI ? CONTACTING.matcher(lowerCase).replaceAll(" ") : lowerCase);
        while (matcher.find()) {
            String asWritten = matcher.group();
            String word = question && language == Language.FI ? written(asWritten) : asWritten;
            if (question && QUESTION_FILLER.getOrDefault(language, Set.of()).contains(word)) {
                continue;
            }
            List<String> read = terms(word, language, question);
            if (read.isEmpty()) {
                continue;
            }
            Set<String> forms = new LinkedHashSet<>(read);
            if (!word.equals(asWritten)) {
                forms.addAll(terms(asWritten, language, question));
            }
            String folded = Folding.fold(asWritten.replace("-", ""));
            Set<String> whole = new LinkedHashSet<>(List.of(read.getFirst(), folded));
            Set<String> names = namesWithoutEnding(folded);
            forms.stream().filter(names::contains).forEach(whole::add);
            if (question && language != Language.FI) {
                List<String> finnishReading = terms(word, Language.FI, false);
                forms.addAll(finnishReading);
                finnishReading.stream().findFirst().ifPresent(whole::add);
            }
            double salience = language == Language.FI ? finnish.map(morphology -> morphology.read(word, true).salience()).orElse(1.0) : 1.0;
            words.add(new Word(word, Collections.unmodifiableSet(forms), Collections.unmodifiableSet(whole), salience));
        }
        return words;
    }

    /** The text with the case endings after abbreviations left out: "TYP:stä" is TYP. */
    private static String withoutAbbreviationEndings(String text) {
        return ABBREVIATION_ENDING.matcher(text).replaceAll("");
    }

    /**
     * A word of spoken Finnish as it is written, when the dictionary knows only the written form:
     * with the i that speech drops from a diphthong ("harjotella" → harjoitella, "sellasta" →
     * sellaista, "semmonen" → semmoinen), or the final i of a conditional ("pääsis" → pääsisi).
     * Otherwise, and without Voikko, the word as it is.
     */
    private String written(String word) {
        if (finnish.isEmpty() || finnish.get().read(word, false).known()) {
            return word;
        }
        List<String> candidates = new ArrayList<>();
        for (int at = 1; at < word.length(); at++) {
            char before = word.charAt(at - 1);
            if (before != 'i' && "aeouyäö".indexOf(before) >= 0 && BEFORE_DROPPED_I.indexOf(word.charAt(at)) >= 0) {
                candidates.add(word.substring(0, at) + "i" + word.substring(at));
            }
        }
        if (word.endsWith("s")) {
            candidates.add(word + "i");
        }
        return candidates.stream().filter(candidate -> finnish.get().read(candidate, false).known()).findFirst().orElse(word);
    }

    /**
     * What a folded word may be as a name under a case ending: the word without the ending, and
     * without the vowel that inflection doubles or adds before it ("TyöHämee|ssä" → työhäme,
     * "WinNova|an" → winnova, "Jämsek|issä" → jämsek).
     */
    private static Set<String> namesWithoutEnding(String folded) {
        Set<String> names = new LinkedHashSet<>();
        for (int cut = 1; cut <= 4 && folded.length() - cut >= SHORTEST_NAME; cut++) {
            String name = folded.substring(0, folded.length() - cut);
            if (NAME_CASE_ENDING.matcher(folded.substring(name.length())).matches()) {
                names.add(name);
                if (name.length() > SHORTEST_NAME && (endsInDoubledVowel(name) || endsInAddedI(name))) {
                    names.add(name.substring(0, name.length() - 1));
                }
            }
        }
        return names;
    }

    private static boolean endsInDoubledVowel(String word) {
        char last = word.charAt(word.length() - 1);
        return VOWELS.indexOf(last) >= 0 && word.charAt(word.length() - 2) == last;
    }

    /** An i after a consonant, which Finnish adds before the ending of a name that ends in one ("Jämsekissä"). */
    private static boolean endsInAddedI(String word) {
        return word.endsWith("i") && VOWELS.indexOf(word.charAt(word.length() - 2)) < 0;
    }

    /**
     * What a lower-case Finnish word may name: itself, folded, and its base forms (from Voikko, one
     * per reading, without compound parts: "Hämeenlinna" names Hämeenlinna, not Häme), or without
     * Voikko its Snowball stem.
     */
    Set<String> finnishNames(String word, boolean correct) {
        Set<String> names = new LinkedHashSet<>();
        names.add(Folding.fold(word));
        finnish.ifPresentOrElse(morphology -> names.addAll(morphology.read(word, correct).baseForms()), () -> names.addAll(snowballTerms(word, Language.FI)));
        return names;
    }

    private List<String> terms(String text, Language language, boolean question) {
        if (language != Language.FI) {
            return snowballTerms(withoutAbbreviationEndings(text), language);
        }
        List<String> terms = new ArrayList<>();
        Matcher words = WORD.matcher(withoutAbbreviationEndings(text.toLowerCase(Locale.ROOT)));
        while (words.find()) {
            terms.addAll(finnishWordTerms(words.group(), question));
        }
        return terms;
    }

    /**
     * One Finnish word's terms. A word the dictionary does not know is kept as written (a name,
     * most likely), its hyphenated parts read one by one ("TE-toimisto"), and in a question, read
     * as the dictionary's spelling suggestion too ("tyokokeilu").
     */
    private Set<String> finnishWordTerms(String word, boolean question) {
        if (finnishStopWords.contains(word) || COLLOQUIAL_FINNISH.contains(word)) {
            return Set.of();
        }
        Set<String> terms = new LinkedHashSet<>();
        if (finnish.isEmpty()) {
            if (word.contains("-")) {
                terms.addAll(hyphenatedBaseForms(word, last -> snowballTerms(last, Language.FI)));
                terms.add(Folding.fold(word.replace("-", "")));
            }
            terms.addAll(snowballTerms(word, Language.FI));
            return terms;
        }
        FinnishMorphology morphology = finnish.get();
        FinnishMorphology.Reading reading = morphology.read(word, false);
        if (reading.functionWord()) {
            return Set.of();
        }
        terms.addAll(reading.forms());
        if (terms.isEmpty()) {
            terms.addAll(hyphenatedBaseForms(word, last -> morphology.read(last, false).baseForms()));
            terms.add(Folding.fold(word.replace("-", "")));
            if (word.contains("-")) {
                for (String part : word.split("-")) {
                    if (!part.isEmpty()) {
                        terms.addAll(finnishWordTerms(part, question));
                    }
                }
            } else if (question) {
                terms.addAll(morphology.read(word, true).forms());
                terms.addAll(namesWithoutEnding(Folding.fold(word)));
            }
        }
        return terms;
    }

    /**
     * A hyphenated word the dictionary does not know whole, in its base form: what comes before the
     * last hyphen as written, the last part in its base form, since that part takes the case ending
     * ("TE-palveluiden" and "TE-palvelut" are both "tepalvelu", "EU-hankkeita" is "euhanke").
     */
    private static List<String> hyphenatedBaseForms(String word, Function<String, Collection<String>> baseForms) {
        int last = word.lastIndexOf('-');
        if (last <= 0 || last == word.length() - 1) {
            return List.of();
        }
        String head = Folding.fold(word.substring(0, last).replace("-", ""));
        return baseForms.apply(word.substring(last + 1)).stream().map(base -> head + base).toList();
    }

    private List<String> snowballTerms(String text, Language language) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = snowball.get(language).tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(Folding.fold(term.toString()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading text from a string failed", e);
        }
        return terms;
    }
}
