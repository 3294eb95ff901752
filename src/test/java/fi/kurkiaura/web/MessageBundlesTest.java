package fi.kurkiaura.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageBundlesTest {

    private final MessageBundles bundles = new MessageBundles();

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void everyLanguageHasEveryFinnishKeyAndNoOther(String language) {
        Map<String, String> finnish = bundles.messages("fi").orElseThrow();
        Map<String, String> other = bundles.messages(language).orElseThrow();
        assertEquals(finnish.keySet(), other.keySet());
        other.forEach((key, text) -> assertFalse(text.isBlank(), language + ": " + key + " is blank"));
    }

    @Test
    void languagesReallyDiffer() {
        assertEquals("Hakemisto", bundles.messages("fi").orElseThrow().get("nav.directory"));
        assertEquals("Katalog", bundles.messages("sv").orElseThrow().get("nav.directory"));
        assertEquals("Directory", bundles.messages("en").orElseThrow().get("nav.directory"));
    }

    @Test
    void readsNonAsciiLettersAsWritten() {
        assertEquals("Välkommen till Kurkiaura", bundles.messages("sv").orElseThrow().get("home.title"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "", "FI", "fi_FI", "../fi"})
    void knowsNoOtherLanguage(String language) {
        assertTrue(bundles.messages(language).isEmpty());
    }
}
