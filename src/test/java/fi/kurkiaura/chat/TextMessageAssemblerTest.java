package fi.kurkiaura.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextMessageAssemblerTest {

    @Test
    void joinsPartsIntoOneMessage() throws Exception {
        TextMessageAssembler assembler = new TextMessageAssembler(100);
        assertTrue(assembler.append("{\"type\":", false).isEmpty());
        assertEquals("{\"type\":\"ping\"}", assembler.append("\"ping\"}", true).orElseThrow());
        assertEquals("next", assembler.append("next", true).orElseThrow(), "starts afresh after a whole message");
    }

    @Test
    void acceptsAMessageOfExactlyTheLimit() throws Exception {
        assertEquals(10, new TextMessageAssembler(10).append("0123456789", true).orElseThrow().length());
    }

    @Test
    void refusesAMessageThatGrowsPastTheLimitAcrossParts() throws Exception {
        TextMessageAssembler assembler = new TextMessageAssembler(10);
        assembler.append("012345", false);
        assertThrows(TextMessageAssembler.MessageTooBigException.class, () -> assembler.append("6789a", false));
    }

    @Test
    void countsBytesNotCharacters() {
        assertEquals(2, TextMessageAssembler.utf8Length("ä"));
        assertEquals(3, TextMessageAssembler.utf8Length("€"));
        assertEquals(4, TextMessageAssembler.utf8Length("🦢"));
        assertThrows(TextMessageAssembler.MessageTooBigException.class,
                () -> new TextMessageAssembler(4).append("ääa", true), "5 bytes in 3 characters");
    }
}
