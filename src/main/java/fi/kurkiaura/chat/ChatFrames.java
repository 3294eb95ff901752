package fi.kurkiaura.chat;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Set;

/**
 * Reads and writes the JSON frames of the chat protocol (docs/chat-protocol.md). Every frame is an
 * object with a {@code type}; a client may add a {@code ref} of its own, which the answer repeats.
 */
public final class ChatFrames {

    public static final int PROTOCOL_VERSION = 1;
    static final int MAX_REF_LENGTH = 100;
    static final Set<String> INBOUND_TYPES = Set.of("ping");

    private ChatFrames() {
    }

    /** A frame from a client whose envelope is valid. */
    public record Inbound(String type, String ref, JsonObject body) {
    }

    public static Inbound parse(String text) throws InvalidFrameException {
        JsonObject object = parseObject(text);
        String ref = optionalString(object, "ref");
        if (ref != null && ref.length() > MAX_REF_LENGTH) {
            throw new InvalidFrameException("malformed-frame", null, "\"ref\" has at most " + MAX_REF_LENGTH + " characters");
        }
        String type = optionalString(object, "type");
        if (type == null) {
            throw new InvalidFrameException("malformed-frame", ref, "A frame needs a string \"type\"");
        }
        if (!INBOUND_TYPES.contains(type)) {
            throw new InvalidFrameException("unknown-type", ref,
                    "Unknown frame type '" + type + "'; this server understands " + String.join(", ", INBOUND_TYPES.stream().sorted().toList()));
        }
        return new Inbound(type, ref, object);
    }

    public static String welcome(int maxTextMessageBytes, int idleTimeoutSeconds) {
        return Json.createObjectBuilder()
                .add("type", "welcome")
                .add("protocol", PROTOCOL_VERSION)
                .add("maxTextMessageBytes", maxTextMessageBytes)
                .add("idleTimeoutSeconds", idleTimeoutSeconds)
                .build().toString();
    }

    public static String pong(String ref) {
        return withRef(Json.createObjectBuilder().add("type", "pong"), ref).build().toString();
    }

    public static String error(InvalidFrameException problem) {
        return withRef(Json.createObjectBuilder()
                .add("type", "error")
                .add("code", problem.code())
                .add("message", problem.getMessage()), problem.ref())
                .build().toString();
    }

    private static JsonObjectBuilder withRef(JsonObjectBuilder frame, String ref) {
        return ref == null ? frame : frame.add("ref", ref);
    }

    private static JsonObject parseObject(String text) throws InvalidFrameException {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidFrameException("malformed-frame", null, "A frame is a JSON object");
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            throw new InvalidFrameException("malformed-frame", null, "A frame is a JSON object: " + e.getMessage());
        }
    }

    private static String optionalString(JsonObject object, String name) throws InvalidFrameException {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw new InvalidFrameException("malformed-frame", null, "\"" + name + "\" must be a string");
    }
}
