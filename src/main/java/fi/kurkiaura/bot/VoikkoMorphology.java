package fi.kurkiaura.bot;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.puimula.libvoikko.Analysis;
import org.puimula.libvoikko.Voikko;

/**
 * Finnish morphology from Voikko (the system's libvoikko and its Finnish dictionary, Debian
 * {@code libvoikko1} and {@code voikko-fi}): base forms, compound parts and spelling suggestions.
 * A Voikko handle is not safe for concurrent use, so calls are serialised; readings are cached,
 * since the same words come again and again.
 */
final class VoikkoMorphology implements FinnishMorphology {

    private static final Logger LOG = Logger.getLogger(VoikkoMorphology.class.getName());
    private static final int CACHED_WORDS = 100_000;
    private static final Set<String> FUNCTION_CLASSES = Set.of("asemosana", "sidesana", "suhdesana", "kieltosana", "huudahdussana");
    /** Words that point rather than name ("onko sellaista"), though the dictionary calls them adjectives. */
    private static final Set<String> POINTING_ADJECTIVES = Set.of("sellainen", "tällainen", "tuollainen", "semmoinen", "tämmöinen", "tommoinen",
            "millainen", "minkälainen", "jonkinlainen", "jonkunlainen", "kaikenlainen");
    private static final Map<String, Double> SALIENCE = Map.of("nimisana", 1.0, "paikannimi", 1.0, "etunimi", 1.0, "sukunimi", 1.0, "nimi", 1.0,
            "lyhenne", 1.0, "nimisana_laatusana", 0.6, "laatusana", 0.5, "teonsana", 0.3);
    private static final double OTHER_SALIENCE = 0.2;
    private static final Set<String> NAME_CLASSES = Set.of("etunimi", "sukunimi", "paikannimi", "nimi");
    /**
     * A word that ends in a verb with the agent suffix -ja/-jä, in Voikko's WORDBASES:
     * {@code +arvioi(arvioida)+ja(+ja)}, {@code +ohja(ohjata)+a+ja(+ja)},
     * {@code +palvelu(palvelu)+johta(johtaa)+ja(+ja)}; the verb is group 1.
     */
    private static final Pattern AGENT_NOUN = Pattern.compile("\\(([^()+]+)\\)(?:\\+[^()+]+)?\\+j[aä]\\(\\+j[aä]\\)$");
    /** The shortest known tail an unknown word is split at ("rekry|messut"). */
    private static final int SHORTEST_TAIL = 4;

    private final Voikko voikko;
    private final Map<String, Reading> readings = new ConcurrentHashMap<>();
    private final Map<String, Reading> corrected = new ConcurrentHashMap<>();

    private VoikkoMorphology(Voikko voikko) {
        this.voikko = voikko;
    }

    /** Voikko with its Finnish dictionary, or empty (and why, in the log) when the system lacks either. */
    static Optional<FinnishMorphology> load() {
        try {
            return Optional.of(new VoikkoMorphology(new Voikko("fi")));
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.INFO, "Voikko is not available ({0}); Finnish is stemmed with Lucene's Snowball stemmer instead", e.toString());
            return Optional.empty();
        }
    }

    @Override
    public Reading read(String word, boolean correct) {
        Map<String, Reading> cache = correct ? corrected : readings;
        if (cache.size() > CACHED_WORDS) {
            cache.clear();
        }
        return cache.computeIfAbsent(word, unread -> analyse(unread, correct));
    }

    private Reading analyse(String word, boolean correct) {
        List<Analysis> analyses;
        String unknownHead = null;
        synchronized (voikko) {
            analyses = voikko.analyze(word);
            if (analyses.isEmpty() && correct && word.length() >= 5) {
                analyses = voikko.suggest(word).stream().findFirst().map(voikko::analyze).orElse(List.of());
            }
            for (int split = 3; analyses.isEmpty() && correct && split <= word.length() - SHORTEST_TAIL; split++) {
                analyses = voikko.analyze(word.substring(split));
                unknownHead = word.substring(0, split);
            }
        }
        if (analyses.isEmpty()) {
            return Reading.UNKNOWN;
        }
        Set<String> forms = new LinkedHashSet<>();
        Set<String> baseForms = new LinkedHashSet<>();
        if (unknownHead != null) {
            forms.add(Folding.fold(word));
            forms.add(Folding.fold(unknownHead));
        }
        boolean functionWord = true;
        boolean onlyAName = true;
        double salience = 1;
        for (Analysis analysis : likeliestReadings(analyses)) {
            String base = analysis.get("BASEFORM");
            if (base != null) {
                forms.add(Folding.fold(base.toLowerCase(Locale.ROOT)));
                baseForms.add(Folding.fold(base.toLowerCase(Locale.ROOT)));
            }
            onlyAName &= NAME_CLASSES.contains(analysis.get("CLASS"));
            functionWord &= FUNCTION_CLASSES.contains(analysis.get("CLASS")) || "olla".equals(base) || POINTING_ADJECTIVES.contains(base);
            salience = Math.min(salience, SALIENCE.getOrDefault(analysis.get("CLASS"), OTHER_SALIENCE));
        }
        forms.addAll(likeliestParts(analyses));
        Set<String> doerOf = new LinkedHashSet<>();
        analyses.stream().map(analysis -> analysis.get("WORDBASES")).filter(Objects::nonNull).map(AGENT_NOUN::matcher).filter(Matcher::find)
                .forEach(agentNoun -> doerOf.add(Folding.fold(agentNoun.group(1).toLowerCase(Locale.ROOT))));
        return new Reading(Collections.unmodifiableSet(forms), Collections.unmodifiableSet(baseForms), Collections.unmodifiableSet(doerOf), functionWord,
                unknownHead != null ? 1 : salience, unknownHead == null && onlyAName);
    }

    /**
     * The readings that cut the word into the fewest parts: Voikko also reads "työpuheluita" as
     * työ + puhe + luu beside työ + puhelu, and "porukassa" as poru + kassa beside porukka, and
     * nobody means the finer ones. Common words come before names, since the first reading's base
     * form is what the word is ("Porukassa" is a name too).
     */
    private static List<Analysis> likeliestReadings(List<Analysis> analyses) {
        ToIntFunction<Analysis> partCount = analysis -> Optional.ofNullable(analysis.get("WORDBASES")).map(VoikkoMorphology::compoundParts)
                .map(Set::size).filter(count -> count > 0).orElse(1);
        int fewest = analyses.stream().mapToInt(partCount).min().orElse(1);
        return analyses.stream().filter(analysis -> partCount.applyAsInt(analysis) == fewest)
                .sorted(Comparator.comparing(analysis -> NAME_CLASSES.contains(analysis.get("CLASS")))).toList();
    }

    /**
     * The parts of the readings that split the word into the fewest parts: Voikko also offers
     * readings that cut it finer than anyone reads it ("lakisääteinen" as laki + sää + tie + …
     * beside laki + sääteinen), and those parts ("sää", "tie") would make the word match questions
     * about the weather or roads.
     */
    private static Set<String> likeliestParts(List<Analysis> analyses) {
        List<Set<String>> readings = analyses.stream().map(analysis -> analysis.get("WORDBASES")).filter(Objects::nonNull)
                .map(VoikkoMorphology::compoundParts).filter(parts -> !parts.isEmpty()).toList();
        int fewest = readings.stream().mapToInt(Set::size).min().orElse(0);
        Set<String> parts = new LinkedHashSet<>();
        readings.stream().filter(reading -> reading.size() == fewest).forEach(parts::addAll);
        return parts;
    }

    /**
     * The base forms of a compound's parts from Voikko's WORDBASES, say {@code +työ(työ)+kokeil(kokeilla)+u(+u)+paikka(paikka)}:
     * the bases in brackets, without derivational endings (those start with +) and without the
     * marks (=) that Voikko puts inside names such as Hämeen=linna.
     */
    static Set<String> compoundParts(String wordBases) {
        Set<String> parts = new LinkedHashSet<>();
        for (String part : wordBases.split("\\+")) {
            int open = part.indexOf('(');
            int close = part.lastIndexOf(')');
            if (open < 0 || close <= open + 1 || part.charAt(open + 1) == '+') {
                continue;
            }
            String base = part.substring(open + 1, close).replace("=", "").toLowerCase(Locale.ROOT);
            if (base.length() >= 3) {
                parts.add(Folding.fold(base));
            }
        }
        return parts;
    }
}
