package fi.kurkiaura.bot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The FreeDict bilingual dictionaries between Finnish and English and between Finnish and Swedish
 * (Debian {@code dict-freedict-fin-eng}, {@code -eng-fin}, {@code -fin-swe}, {@code -swe-fin}; built
 * from Wiktionary), read from the system's dictd files: a word's Finnish translations, and a Finnish
 * word's Finnish synonyms through the English words both translate to ("palaveri" and "kokous" are
 * both "meeting"). Read once; lookups are map reads.
 */
final class Dictionaries {

    private static final Logger LOG = Logger.getLogger(Dictionaries.class.getName());
    static final Path SYSTEM = Path.of("/usr/share/dictd");
    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    /** A sense's number before its translations ("1. lead"), or after them when the next sense has none ("lyijy 2."). */
    private static final Pattern SENSE_NUMBER = Pattern.compile("^\\s*\\d+\\.\\s*|\\s*\\d+\\.\\s*$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d+\\.\\s+\\S.*");
    /**
     * An English word that more Finnish words translate to is too general to make them synonyms
     * ("work" is "työ", "tehdä", "toimia", "teos"…); measured against 100 (docs/bot.md).
     */
    static final int MOST_SYNONYMS = 4;
    private static final Pattern PARENTHESISED = Pattern.compile("\\([^)]*\\)");

    /** English words and phrases by the Finnish word they translate, folded as the index folds it. */
    private final Map<String, Set<String>> englishByFinnish = new HashMap<>();
    private final Map<String, Set<String>> finnishByEnglish = new HashMap<>();
    private final Map<String, Set<String>> finnishBySwedish = new HashMap<>();

    private Dictionaries() {
    }

    /** The dictionaries the system has, or empty (and why, in the log) when it lacks the Finnish–English ones. */
    static Optional<Dictionaries> load() {
        return load(SYSTEM);
    }

    static Optional<Dictionaries> load(Path directory) {
        Dictionaries dictionaries = new Dictionaries();
        try {
            if (!Files.exists(directory.resolve("freedict-fin-eng.index")) || !Files.exists(directory.resolve("freedict-eng-fin.index"))) {
                LOG.log(Level.INFO, "No FreeDict Finnish-English dictionaries in {0}; the bot reads no synonyms from them", directory);
                return Optional.empty();
            }
            read(directory, "fin-eng").forEach(dictionaries::addEnglish);
            read(directory, "eng-fin").forEach((english, finnish) -> finnish.forEach(word -> dictionaries.addEnglish(word, Set.of(english))));
            readIfPresent(directory, "swe-fin").forEach((swedish, finnish) -> finnish.forEach(word -> dictionaries.addSwedish(swedish, word)));
            readIfPresent(directory, "fin-swe").forEach((finnish, swedish) -> swedish.forEach(word -> dictionaries.addSwedish(word, finnish)));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The FreeDict dictionaries in " + directory + " could not be read; the bot reads no synonyms from them", e);
            return Optional.empty();
        }
        return Optional.of(dictionaries);
    }

    /** The Finnish words a Swedish or English word or phrase translates to. */
    Set<String> finnishFor(String word, Language language) {
        String key = word.toLowerCase(Locale.ROOT);
        return switch (language) {
            case EN -> finnishByEnglish.getOrDefault(key, Set.of());
            case SV -> finnishBySwedish.getOrDefault(key, Set.of());
            case FI -> Set.of();
        };
    }

    /** The English words and phrases a Finnish word (its base form) translates to. */
    Set<String> englishFor(String finnish) {
        return englishByFinnish.getOrDefault(Folding.fold(finnish.toLowerCase(Locale.ROOT)), Set.of());
    }

    /**
     * The other Finnish words that translate to an English word or phrase the Finnish word (its base
     * form) translates to, when at most {@value #MOST_SYNONYMS} Finnish words do.
     */
    Set<String> finnishSynonyms(String finnish) {
        Set<String> synonyms = new LinkedHashSet<>();
        englishFor(finnish).stream().map(english -> finnishByEnglish.getOrDefault(english, Set.of()))
                .filter(words -> words.size() <= MOST_SYNONYMS).forEach(synonyms::addAll);
        synonyms.removeIf(synonym -> Folding.fold(synonym).equals(Folding.fold(finnish.toLowerCase(Locale.ROOT))));
        return synonyms;
    }

    private void addEnglish(String finnish, Set<String> english) {
        String lowerCase = finnish.toLowerCase(Locale.ROOT);
        englishByFinnish.computeIfAbsent(Folding.fold(lowerCase), key -> new LinkedHashSet<>()).addAll(english);
        english.forEach(translation -> finnishByEnglish.computeIfAbsent(translation, key -> new LinkedHashSet<>()).add(lowerCase));
    }

    private void addSwedish(String swedish, String finnish) {
        finnishBySwedish.computeIfAbsent(swedish, key -> new LinkedHashSet<>()).add(finnish);
    }

    /** A dictionary that the system may lack (the Swedish ones): none when it does. */
    private static Map<String, Set<String>> readIfPresent(Path directory, String pair) throws IOException {
        return Files.exists(directory.resolve("freedict-" + pair + ".index")) ? read(directory, pair) : Map.of();
    }

    /**
     * One dictionary's headwords with their translations. An entry is the headword line (the word,
     * its pronunciation, its part of speech), then for each sense a line of translations separated
     * by commas and lines defining it in the headword's language; the translations are the line after
     * the headword and each numbered line.
     */
    private static Map<String, Set<String>> read(Path directory, String pair) throws IOException {
        byte[] text;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(directory.resolve("freedict-" + pair + ".dict.dz")))) {
            text = in.readAllBytes();
        }
        Map<String, Set<String>> translations = new HashMap<>();
        for (String line : Files.readAllLines(directory.resolve("freedict-" + pair + ".index"), StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t");
            if (fields.length < 3 || fields[0].startsWith("00database")) {
                continue;
            }
            int offset = (int) base64(fields[1]);
            int length = (int) base64(fields[2]);
            if (offset < 0 || offset + length > text.length) {
                continue;
            }
            List<String> lines = Arrays.asList(new String(text, offset, length, StandardCharsets.UTF_8).split("\n"));
            Set<String> found = new LinkedHashSet<>();
            for (int i = 1; i < lines.size(); i++) {
                if (i == 1 || NUMBERED.matcher(lines.get(i)).matches()) {
                    for (String translation : SENSE_NUMBER.matcher(PARENTHESISED.matcher(lines.get(i)).replaceAll("")).replaceAll("").split(",")) {
                        String trimmed = translation.strip().toLowerCase(Locale.ROOT);
                        if (!trimmed.isEmpty()) {
                            found.add(trimmed);
                        }
                    }
                }
            }
            if (!found.isEmpty()) {
                translations.computeIfAbsent(fields[0].toLowerCase(Locale.ROOT), key -> new LinkedHashSet<>()).addAll(found);
            }
        }
        return translations;
    }

    /** A dictd index number: base 64, most significant digit first. */
    private static long base64(String digits) {
        long value = 0;
        for (char digit : digits.toCharArray()) {
            value = value * 64 + BASE64.indexOf(digit);
        }
        return value;
    }
}
