package fi.kurkiaura.bot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Voikko as installed on the machine (Debian libvoikko1 and voikko-fi). On CI, missing Voikko fails
 * the test; on a developer's machine without it, the tests of the Voikko path are skipped with a
 * message saying what to install, and the Snowball path is still tested.
 */
final class InstalledVoikko {

    private static final Optional<FinnishMorphology> VOIKKO = VoikkoMorphology.load();

    private InstalledVoikko() {
    }

    static FinnishMorphology required() {
        String install = "The bot's Finnish tests need Voikko: apt-get install libvoikko1 voikko-fi";
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(VOIKKO.isPresent(), install);
        }
        assertTrue(VOIKKO.isPresent(), install);
        return VOIKKO.orElseThrow();
    }
}
