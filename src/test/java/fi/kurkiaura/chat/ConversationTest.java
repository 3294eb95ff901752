package fi.kurkiaura.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConversationTest {

    private static final Instant NOW = Instant.parse("2026-11-06T09:00:00Z");

    @Test
    void keepsATrimmedTitleAndWhatItIsAbout() {
        Conversation room = new Conversation(ConversationKind.ROOM, "  Aamukahvit  ", "https://kurkiaura.fi/id/event/aamukahvit", NOW);
        assertEquals("Aamukahvit", room.title());
        assertEquals("https://kurkiaura.fi/id/event/aamukahvit", room.aboutIri().orElseThrow());
    }

    @Test
    void mayBeAboutNothingInTheGraph() {
        assertTrue(new Conversation(ConversationKind.DIRECT, "Kahden kesken", null, NOW).aboutIri().isEmpty());
    }

    @Test
    void refusesBlankAndOverlongTitles() {
        assertThrows(IllegalArgumentException.class, () -> new Conversation(ConversationKind.ROOM, " ", null, NOW));
        String overlong = "x".repeat(Conversation.MAX_TITLE_LENGTH + 1);
        assertThrows(IllegalArgumentException.class, () -> new Conversation(ConversationKind.ROOM, overlong, null, NOW));
        assertThrows(NullPointerException.class, () -> new Conversation(null, "Huone", null, NOW));
    }
}
