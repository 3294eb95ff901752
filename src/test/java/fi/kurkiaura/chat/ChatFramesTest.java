package fi.kurkiaura.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChatFramesTest {

    @Test
    void readsAPingWithItsRef() throws InvalidFrameException {
        ChatFrames.Inbound frame = ChatFrames.parse("{\"type\":\"ping\",\"ref\":\"abc\"}");
        assertEquals("ping", frame.type());
        assertEquals("abc", frame.ref());
    }

    @Test
    void aRefIsOptional() throws InvalidFrameException {
        assertNull(ChatFrames.parse("{\"type\":\"ping\"}").ref());
        assertEquals("{\"type\":\"pong\"}", ChatFrames.pong(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[1,2]", "\"ping\"", "{\"type\":", "{}", "{\"type\":7}", "{\"type\":null}", "{\"type\":\"ping\",\"ref\":{}}"})
    void refusesFramesThatAreNotAnObjectWithAStringType(String text) {
        InvalidFrameException problem = assertThrows(InvalidFrameException.class, () -> ChatFrames.parse(text));
        assertEquals("malformed-frame", problem.code());
    }

    @Test
    void refusesUnknownTypesNamingTheKnownOnes() {
        InvalidFrameException problem = assertThrows(InvalidFrameException.class,
                () -> ChatFrames.parse("{\"type\":\"launch\",\"ref\":\"r9\"}"));
        assertEquals("unknown-type", problem.code());
        assertEquals("r9", problem.ref());
        assertTrue(problem.getMessage().contains("ping"), problem.getMessage());
    }

    @Test
    void refusesAnOverlongRef() {
        String frame = "{\"type\":\"ping\",\"ref\":\"" + "r".repeat(ChatFrames.MAX_REF_LENGTH + 1) + "\"}";
        assertEquals("malformed-frame", assertThrows(InvalidFrameException.class, () -> ChatFrames.parse(frame)).code());
    }

    @Test
    void errorFramesCarryCodeMessageAndRefAsJson() {
        String text = ChatFrames.error(new InvalidFrameException("unknown-type", "r\"1", "Unknown frame type '<b>'"));
        JsonObject error = Json.createReader(new StringReader(text)).readObject();
        assertEquals("error", error.getString("type"));
        assertEquals("unknown-type", error.getString("code"));
        assertEquals("r\"1", error.getString("ref"));
        assertEquals("Unknown frame type '<b>'", error.getString("message"));
    }
}
