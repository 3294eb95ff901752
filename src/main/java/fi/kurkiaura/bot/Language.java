package fi.kurkiaura.bot;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The languages the bot understands and answers in. */
public enum Language {
    FI, SV, EN;

    /** The ISO 639-1 code, as in the API and in RDF language tags. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The languages a question in this one is matched in: its own, since a stem means something
     * only in the language whose stemmer made it (Swedish "recept", a recipe, is English
     * "reception" to the stemmers), and Finnish, which questions in every language use for the
     * network's own names.
     */
    Set<Language> withFinnish() {
        return EnumSet.of(this, FI);
    }

    /** The language of an ISO 639-1 code, or empty when the bot does not speak it. */
    public static Optional<Language> ofCode(String code) {
        return Arrays.stream(values()).filter(language -> language.code().equals(code)).findFirst();
    }
}
