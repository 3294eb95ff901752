package fi.kurkiaura.bot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The language data the bot reads from the machine: Voikko (Debian libvoikko1 and voikko-fi) and the
 * FreeDict dictionaries (dict-freedict-fin-eng, -eng-fin, -fin-swe, -swe-fin). On CI, missing data
 * fails the test; on a developer's machine without it, the tests that need it are skipped with a
 * message saying what to install, and the path without it is still tested.
 */
final class Installed {

    private static final Optional<FinnishMorphology> VOIKKO = VoikkoMorphology.load();
    private static final Optional<Dictionaries> DICTIONARIES = Dictionaries.load();

    private Installed() {
    }

    static FinnishMorphology voikko() {
        return required(VOIKKO, "The bot's Finnish tests need Voikko: apt-get install libvoikko1 voikko-fi");
    }

    static Dictionaries dictionaries() {
        return required(DICTIONARIES, "The bot's synonym tests need the FreeDict dictionaries: "
                + "apt-get install dict-freedict-fin-eng dict-freedict-eng-fin dict-freedict-fin-swe dict-freedict-swe-fin");
    }

    private static <T> T required(Optional<T> installed, String install) {
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(installed.isPresent(), install);
        }
        assertTrue(installed.isPresent(), install);
        return installed.orElseThrow();
    }
}
