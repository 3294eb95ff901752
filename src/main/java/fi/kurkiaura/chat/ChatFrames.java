package fi.kurkiaura.chat;

import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArray;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and writes the JSON frames of the chat protocol (docs/chat-protocol.md). Every frame is an
 * object with a {@code type}; a client may add a {@code ref} of its own, which the answer repeats.
 */
public final class ChatFrames {

    public static final int PROTOCOL_VERSION = 1;
    static final int MAX_REF_LENGTH = 100;
    /**
     * The JSON-P provider, looked up once: {@code Json.createObjectBuilder()} and its kin look the
     * provider up on every call (a service-loader search), which made that search the costliest
     * part of sending a frame.
     */
    private static final JsonProvider JSON = JsonProvider.provider();
    static final Set<String> INBOUND_TYPES = Set.of("ping", "list", "join", "subscribe", "unsubscribe", "send", "edit", "delete", "react", "read", "history", "typing", "who");

    private ChatFrames() {
    }

    /** A frame from a client whose envelope is valid. */
    public record Inbound(String type, String ref, JsonObject body) {

        /** The conversation the frame is about. */
        public long conversation() throws InvalidFrameException {
            return number("conversation").orElseThrow(() -> missing("conversation", "a number"));
        }

        /** An optional whole number, such as "after" or "before". */
        public Optional<Long> number(String name) throws InvalidFrameException {
            JsonValue value = body.get(name);
            if (value == null || value == JsonValue.NULL) {
                return Optional.empty();
            }
            if (value instanceof JsonNumber number && number.isIntegral() && number.longValue() >= 0) {
                return Optional.of(number.longValue());
            }
            throw new InvalidFrameException("malformed-frame", ref, "\"" + name + "\" must be a whole number, 0 or more");
        }

        public boolean flag(String name, boolean otherwise) throws InvalidFrameException {
            JsonValue value = body.get(name);
            if (value == null || value == JsonValue.NULL) {
                return otherwise;
            }
            if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                return value == JsonValue.TRUE;
            }
            throw new InvalidFrameException("malformed-frame", ref, "\"" + name + "\" must be true or false");
        }

        public long seq() throws InvalidFrameException {
            return number("seq").orElseThrow(() -> missing("seq", "the sequence number of a message"));
        }

        public String text(String name) throws InvalidFrameException {
            String value = optionalString(body, name, ref);
            if (value == null) {
                throw missing(name, "a string");
            }
            return value;
        }

        private InvalidFrameException missing(String name, String what) {
            return new InvalidFrameException("malformed-frame", ref, "A " + type + " frame needs \"" + name + "\": " + what);
        }
    }

    public static Inbound parse(String text) throws InvalidFrameException {
        JsonObject object = parseObject(text);
        String ref = optionalString(object, "ref", null);
        if (ref != null && ref.length() > MAX_REF_LENGTH) {
            throw new InvalidFrameException("malformed-frame", null, "\"ref\" has at most " + MAX_REF_LENGTH + " characters");
        }
        String type = optionalString(object, "type", ref);
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
        return JSON.createObjectBuilder()
                .add("type", "welcome")
                .add("protocol", PROTOCOL_VERSION)
                .add("maxTextMessageBytes", maxTextMessageBytes)
                .add("idleTimeoutSeconds", idleTimeoutSeconds)
                .build().toString();
    }

    public static String pong(String ref) {
        return withRef(JSON.createObjectBuilder().add("type", "pong"), ref).build().toString();
    }

    /** One event as clients see it, live or replayed: its sequence, kind, the sender's message id, author, text and time. */
    static JsonObjectBuilder event(ChatEvent event, String authorName) {
        JsonObjectBuilder object = JSON.createObjectBuilder()
                .add("seq", event.seq())
                .add("kind", event.kind().name().toLowerCase(java.util.Locale.ROOT))
                .add("at", event.createdAt().toString());
        event.clientId().ifPresent(id -> object.add("id", id));
        event.authorId().ifPresentOrElse(author -> object.add("author", author), () -> object.add("author", JsonValue.NULL));
        object.add("authorName", authorName == null ? JsonValue.NULL : JSON.createValue(authorName));
        event.body().ifPresentOrElse(text -> object.add("text", text), () -> object.add("text", JsonValue.NULL));
        event.messageSeq().ifPresent(seq -> object.add("messageSeq", seq));
        if (event.kind() == ChatEvent.Kind.REACTION) {
            object.add("removed", event.reactionRemoved());
        }
        return object;
    }

    /** A live event, pushed to subscribers. */
    static String live(ChatEvent event, String authorName) {
        return JSON.createObjectBuilder().add("type", "event").add("conversation", event.conversationId())
                .add("event", event(event, authorName)).build().toString();
    }

    /** A mention of the receiving account in a message, wherever the receiver is connected. */
    static String mention(ChatEvent event, String authorName) {
        return JSON.createObjectBuilder().add("type", "mention").add("conversation", event.conversationId())
                .add("event", event(event, authorName)).build().toString();
    }

    /** Someone is typing in a conversation. */
    static String typing(long conversationId, long accountId, String name) {
        return JSON.createObjectBuilder().add("type", "typing").add("conversation", conversationId).add("account", accountId)
                .add("name", name == null ? "" : name).build().toString();
    }

    /** The answer to "who": the members of a conversation who are online. */
    static String present(String ref, long conversationId, List<Long> online) {
        JsonArrayBuilder accounts = JSON.createArrayBuilder();
        online.forEach(accounts::add);
        return withRef(JSON.createObjectBuilder().add("type", "present").add("conversation", conversationId).add("online", accounts), ref)
                .build().toString();
    }

    /** A report of a message, to those who handle it. */
    static String report(Report report) {
        JsonObjectBuilder frame = JSON.createObjectBuilder().add("type", "report").add("id", report.id())
                .add("conversation", report.conversationId()).add("messageSeq", report.messageSeq()).add("at", report.reportedAt().toString());
        report.reason().ifPresent(reason -> frame.add("reason", reason));
        return frame.build().toString();
    }

    /** A batch of events, oldest first: part of a replay ("replay") or a page of history ("history"). */
    static String events(String type, String ref, long conversationId, List<Messages.Shown> events, boolean more) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        events.forEach(shown -> array.add(event(shown.event(), shown.authorName())));
        return withRef(JSON.createObjectBuilder().add("type", type).add("conversation", conversationId)
                .add("events", array).add("more", more), ref).build().toString();
    }

    /** The answer to a send: stored (or stored before, for a repeat) as sequence {@code seq}. */
    static String ack(String ref, Messages.Sent sent) {
        return withRef(JSON.createObjectBuilder().add("type", "ack").add("conversation", sent.event().conversationId())
                .add("id", sent.event().clientId().orElse("")).add("seq", sent.event().seq())
                .add("at", sent.event().createdAt().toString()).add("repeated", sent.repeated()), ref).build().toString();
    }

    /** The answer to an edit, delete or react: stored as sequence {@code seq}. */
    static String stored(String ref, ChatEvent event) {
        return withRef(JSON.createObjectBuilder().add("type", "ack").add("conversation", event.conversationId())
                .add("seq", event.seq()).add("at", event.createdAt().toString()).add("repeated", false), ref).build().toString();
    }

    /** JSON-B, made on first use: the rest of the frames need only JSON-P. */
    private static final class Binding {
        static final Jsonb JSONB = JsonbBuilder.create();
    }

    /** The answer to "list": one's conversations with unread counts, then the rooms one may join, as the REST list shows them. */
    static String conversations(String ref, List<Memberships.Overview> overview) {
        String views = Binding.JSONB.toJson(overview.stream().map(ConversationView::of).toList());
        JsonArray array;
        try (JsonReader reader = JSON.createReader(new StringReader(views))) {
            array = reader.readArray();
        }
        return withRef(JSON.createObjectBuilder().add("type", "conversations").add("conversations", array), ref).build().toString();
    }

    /** The answer to "read": where the read marker now is. */
    static String read(String ref, long conversationId, long readSeq) {
        return withRef(JSON.createObjectBuilder().add("type", "read").add("conversation", conversationId).add("readSeq", readSeq), ref)
                .build().toString();
    }

    /** To a peer group's facilitators: someone asks to join. */
    static String joinRequest(long conversationId, long accountId, String displayName) {
        return JSON.createObjectBuilder().add("type", "join-request").add("conversation", conversationId).add("account", accountId)
                .add("displayName", displayName).build().toString();
    }

    /** A short answer naming the conversation: "joined", "subscribed" (with the last sequence), "unsubscribed". */
    static String done(String type, String ref, long conversationId, Long lastSeq) {
        JsonObjectBuilder frame = JSON.createObjectBuilder().add("type", type).add("conversation", conversationId);
        if (lastSeq != null) {
            frame.add("lastSeq", lastSeq);
        }
        return withRef(frame, ref).build().toString();
    }

    public static String refused(String ref, ChatRefusedException refusal) {
        return error(new InvalidFrameException(refusal.code(), ref, refusal.getMessage()));
    }

    public static String error(InvalidFrameException problem) {
        return withRef(JSON.createObjectBuilder()
                .add("type", "error")
                .add("code", problem.code())
                .add("message", problem.getMessage()), problem.ref())
                .build().toString();
    }

    private static JsonObjectBuilder withRef(JsonObjectBuilder frame, String ref) {
        return ref == null ? frame : frame.add("ref", ref);
    }

    private static JsonObject parseObject(String text) throws InvalidFrameException {
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidFrameException("malformed-frame", null, "A frame is a JSON object");
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            throw new InvalidFrameException("malformed-frame", null, "A frame is a JSON object: " + e.getMessage());
        }
    }

    private static String optionalString(JsonObject object, String name, String ref) throws InvalidFrameException {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw new InvalidFrameException("malformed-frame", ref, "\"" + name + "\" must be a string");
    }
}
