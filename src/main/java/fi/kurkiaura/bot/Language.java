package fi.kurkiaura.bot;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the bot understands and answers in. */
public enum Language {
    FI, SV, EN;

    /** The ISO 639-1 code, as in the API and in RDF language tags. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language of an ISO 639-1 code, or empty when the bot does not speak it. */
    public static Optional<Language> ofCode(String code) {
        return Arrays.stream(values()).filter(language -> language.code().equals(code)).findFirst();
    }
}
