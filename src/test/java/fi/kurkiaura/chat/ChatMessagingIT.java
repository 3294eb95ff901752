package fi.kurkiaura.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.testing.ChatClient;
import fi.kurkiaura.testing.ClientSideTest;
import fi.kurkiaura.testing.Http;
import fi.kurkiaura.testing.HubSession;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Messages in a room over the WebSocket: acknowledged once stored, delivered live, never twice, replayed on resume. */
class ChatMessagingIT extends ClientSideTest {

    private static final String SARA = "jasen@demo.kurkiaura.fi";
    private static final String OLLI = "ohjaaja@demo.kurkiaura.fi";

    /** A fresh room that Sara and Olli have joined. */
    private long room() {
        HttpResponse<String> opened = HubSession.withBearerToken(base(), "koordinaattori@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD)
                .postJson("api/chat/rooms", Json.createObjectBuilder().add("title", "Testihuone " + UUID.randomUUID())
                        .add("about", "https://kurkiaura.fi/id/network/tyohame").build());
        assertEquals(201, opened.statusCode(), opened.body());
        long id = Http.json(opened).getJsonNumber("id").longValue();
        for (String who : List.of(SARA, OLLI)) {
            assertEquals(200, HubSession.withBearerToken(base(), who, HubSession.DEMO_PASSWORD).postJson("api/chat/conversations/" + id + "/members",
                    Json.createObjectBuilder().build()).statusCode());
        }
        return id;
    }

    private static JsonObject send(long room, String id, String text) {
        return Json.createObjectBuilder().add("type", "send").add("ref", "r-" + id).add("conversation", room).add("id", id).add("text", text).build();
    }

    private static JsonObject subscribe(long room, long after) {
        return Json.createObjectBuilder().add("type", "subscribe").add("conversation", room).add("after", after).build();
    }

    @Test
    void aMessageIsAcknowledgedWithItsSequenceAndDeliveredLive() {
        long room = room();
        try (ChatClient sara = ChatClient.connect(base(), SARA, HubSession.DEMO_PASSWORD);
                ChatClient olli = ChatClient.connect(base(), OLLI, HubSession.DEMO_PASSWORD)) {
            sara.send(subscribe(room, 0));
            assertEquals(0, sara.until("subscribed").getLast().getInt("lastSeq"));

            olli.send(send(room, "olli-1", "Hei kaikki, tapaaminen perjantaina!"));
            JsonObject ack = olli.next();
            assertEquals("ack", ack.getString("type"), ack.toString());
            assertEquals("r-olli-1", ack.getString("ref"));
            assertEquals(1, ack.getInt("seq"));
            assertFalse(ack.getBoolean("repeated"));

            JsonObject live = sara.next();
            assertEquals("event", live.getString("type"), live.toString());
            JsonObject event = live.getJsonObject("event");
            assertEquals(1, event.getInt("seq"));
            assertEquals("Hei kaikki, tapaaminen perjantaina!", event.getString("text"));
            assertEquals("Olli Ohjaaja", event.getString("authorName"));
            assertEquals("olli-1", event.getString("id"));
        }
    }

    @Test
    void aRepeatedSendIsAcknowledgedAgainAndStoredOnce() {
        long room = room();
        try (ChatClient olli = ChatClient.connect(base(), OLLI, HubSession.DEMO_PASSWORD)) {
            olli.send(send(room, "toisto", "Vain kerran"));
            JsonObject first = olli.next();
            olli.send(send(room, "toisto", "Vain kerran"));
            JsonObject again = olli.next();

            assertEquals(first.getInt("seq"), again.getInt("seq"));
            assertTrue(again.getBoolean("repeated"));
        }
        JsonArray stored = Http.jsonArray(HubSession.withBearerToken(base(), SARA, HubSession.DEMO_PASSWORD)
                .get("api/chat/conversations/" + room + "/events?after=0"));
        assertEquals(1, stored.size(), stored.toString());
    }

    @Test
    void aClientThatComesBackGetsWhatItMissedInOrderThenLiveMessages() {
        long room = room();
        try (ChatClient olli = ChatClient.connect(base(), OLLI, HubSession.DEMO_PASSWORD)) {
            olli.send(send(room, "ennen", "Sara näkee tämän"));
            olli.next();
            long lastSeen;
            try (ChatClient sara = ChatClient.connect(base(), SARA, HubSession.DEMO_PASSWORD)) {
                sara.send(subscribe(room, 0));
                lastSeen = sara.until("subscribed").getLast().getJsonNumber("lastSeq").longValue();
                assertEquals(1, lastSeen);
            }
            for (int i = 1; i <= 3; i++) {
                olli.send(send(room, "poissa-" + i, "Viesti " + i));
                olli.next();
            }
            try (ChatClient sara = ChatClient.connect(base(), SARA, HubSession.DEMO_PASSWORD)) {
                sara.send(subscribe(room, lastSeen));
                List<JsonObject> frames = sara.until("subscribed");
                JsonArray replayed = frames.get(0).getJsonArray("events");
                assertEquals("replay", frames.get(0).getString("type"));
                assertEquals(List.of(2, 3, 4), replayed.stream().map(value -> value.asJsonObject().getInt("seq")).toList());
                assertEquals("Viesti 3", replayed.getJsonObject(2).getString("text"));
                assertEquals(4, frames.getLast().getInt("lastSeq"));

                olli.send(send(room, "paluun-jalkeen", "Tervetuloa takaisin"));
                olli.next();
                assertEquals(5, sara.next().getJsonObject("event").getInt("seq"));
            }
        }
    }

    @Test
    void authorsEditTheirMessagesModeratorsDeleteAndMembersReact() {
        long room = room();
        try (ChatClient sara = ChatClient.connect(base(), SARA, HubSession.DEMO_PASSWORD);
                ChatClient olli = ChatClient.connect(base(), OLLI, HubSession.DEMO_PASSWORD);
                ChatClient coordinator = ChatClient.connect(base(), "koordinaattori@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD)) {
            olli.send(send(room, "muokattava", "Tapaaminen klo 9"));
            long message = olli.next().getJsonNumber("seq").longValue();
            sara.send(subscribe(room, message));
            sara.until("subscribed");

            sara.send(change("react", room, message).add("emoji", "👍").build());
            List<JsonObject> answers = List.of(sara.next(), sara.next());
            assertTrue(answers.stream().anyMatch(frame -> frame.getString("type").equals("ack")), "the sender's own event may come before its ack");
            JsonObject reaction = answers.stream().filter(frame -> frame.getString("type").equals("event")).findFirst().orElseThrow().getJsonObject("event");
            assertEquals("reaction", reaction.getString("kind"));
            assertEquals("👍", reaction.getString("text"));
            assertEquals(message, reaction.getJsonNumber("messageSeq").longValue());
            assertFalse(reaction.getBoolean("removed"));

            sara.send(change("edit", room, message).add("text", "Sara muuttaa tämän").build());
            assertEquals("not-yours", sara.next().getString("code"));
            olli.send(change("edit", room, message).add("text", "Tapaaminen klo 10").build());
            assertEquals("ack", olli.next().getString("type"));
            JsonObject edit = sara.next().getJsonObject("event");
            assertEquals("edit", edit.getString("kind"));
            assertEquals("Tapaaminen klo 10", edit.getString("text"));

            sara.send(change("delete", room, message).build());
            assertEquals("not-yours", sara.next().getString("code"));
            coordinator.send(change("delete", room, message).build());
            assertEquals("ack", coordinator.next().getString("type"), "the room's opener moderates it");
            assertEquals("delete", sara.next().getJsonObject("event").getString("kind"));

            olli.send(change("react", room, message).add("emoji", "🎉").build());
            assertEquals("deleted", olli.next().getString("code"));
            olli.send(change("edit", room, 9_999).add("text", "Ei ole").build());
            assertEquals("no-such-message", olli.next().getString("code"));
        }
        JsonArray log = Http.jsonArray(HubSession.withBearerToken(base(), SARA, HubSession.DEMO_PASSWORD).get("api/chat/conversations/" + room + "/events?after=0"));
        assertEquals(List.of("message", "reaction", "edit", "delete"), log.stream().map(value -> value.asJsonObject().getString("kind")).toList());
        assertTrue(!log.getJsonObject(0).containsKey("text") && !log.getJsonObject(2).containsKey("text"), "a deleted message's text leaves the log: " + log);
    }

    private static jakarta.json.JsonObjectBuilder change(String type, long room, long message) {
        return Json.createObjectBuilder().add("type", type).add("conversation", room).add("seq", message);
    }

    @Test
    void aFloodIsRefusedThenClosed() {
        long room = room();
        String email = "tulva-" + UUID.randomUUID().toString().substring(0, 8) + "@test.kurkiaura.fi";
        assertEquals(201, HubSession.loggedIn(base(), "admin@test.kurkiaura.fi", "bootstrap-admin-password").postJson("api/admin/accounts",
                Json.createObjectBuilder().add("email", email).add("displayName", "Tulva").add("password", "flood password 1").build()).statusCode());
        HubSession flooder = HubSession.withBearerToken(base(), email, "flood password 1");
        assertEquals(200, flooder.postJson("api/chat/conversations/" + room + "/members", Json.createObjectBuilder().build()).statusCode());

        try (ChatClient client = ChatClient.connect(base(), email, "flood password 1")) {
            int acknowledged = 0;
            int refusedInARow = 0;
            JsonObject last = null;
            // The allowance refills while the flood goes on, so a send can get through between refusals: only refusals in a row count.
            for (int i = 0; i < 200 && refusedInARow < ChatEndpoint.FLOODING; i++) {
                client.send(send(room, "tulva-" + i, "Viesti " + i));
                last = client.next();
                if (last.getString("type").equals("ack")) {
                    acknowledged++;
                    refusedInARow = 0;
                } else {
                    assertEquals("rate-limited", last.getString("code"), last.toString());
                    refusedInARow++;
                }
            }
            assertTrue(acknowledged >= 40, "the burst goes through: " + acknowledged);
            assertEquals(ChatEndpoint.FLOODING, refusedInARow, "refusals in a row before the close; the last answer: " + last);
            assertEquals(1008, client.closeCode().orTimeout(10, TimeUnit.SECONDS).join());
        }
    }

    @Test
    void unreadCountsFollowTheReadMarker() {
        long room = room();
        HubSession olli = HubSession.withBearerToken(base(), OLLI, HubSession.DEMO_PASSWORD);
        for (int i = 1; i <= 3; i++) {
            olli.postJson("api/chat/conversations/" + room + "/messages", Json.createObjectBuilder().add("id", "lukematon-" + i).add("text", "Uutinen " + i).build());
        }
        HubSession saraRest = HubSession.withBearerToken(base(), SARA, HubSession.DEMO_PASSWORD);
        assertEquals(3, unread(saraRest, room));
        assertEquals(0, unread(olli, room), "one's own messages are not unread");

        try (ChatClient sara = ChatClient.connect(base(), SARA, HubSession.DEMO_PASSWORD)) {
            sara.send(Json.createObjectBuilder().add("type", "read").add("conversation", room).add("seq", 2).build());
            assertEquals(2, sara.next().getInt("readSeq"));
            sara.send(Json.createObjectBuilder().add("type", "read").add("conversation", room).add("seq", 1).build());
            assertEquals(2, sara.next().getInt("readSeq"), "the marker never moves back");

            sara.send(Json.createObjectBuilder().add("type", "list").build());
            JsonObject listed = sara.next().getJsonArray("conversations").stream().map(JsonObject.class::cast)
                    .filter(conversation -> conversation.getJsonNumber("id").longValue() == room).findFirst().orElseThrow();
            assertEquals(1, listed.getInt("unread"));
        }
        assertEquals(1, unread(saraRest, room));
    }

    private static long unread(HubSession who, long room) {
        return Http.jsonArray(who.get("api/chat/conversations")).stream().map(JsonObject.class::cast)
                .filter(conversation -> conversation.getJsonNumber("id").longValue() == room).findFirst().orElseThrow()
                .getJsonNumber("unread").longValue();
    }

    @Test
    void aMentionReachesTheMentionedMemberWithoutASubscription() {
        long room = room();
        try (ChatClient sara = ChatClient.connect(base(), SARA, HubSession.DEMO_PASSWORD);
                ChatClient olli = ChatClient.connect(base(), OLLI, HubSession.DEMO_PASSWORD)) {
            olli.send(send(room, "maininta", "@sara medlem, ehditkö perjantaina?"));
            assertEquals("ack", olli.next().getString("type"), "no mention of oneself comes back");

            JsonObject mention = sara.next();
            assertEquals("mention", mention.getString("type"), mention.toString());
            assertEquals(room, mention.getJsonNumber("conversation").longValue());
            assertEquals("Olli Ohjaaja", mention.getJsonObject("event").getString("authorName"));

            olli.send(send(room, "ei-mainintaa", "@Sara Medlemmar ei ole tämä"));
            olli.next();
            olli.send(Json.createObjectBuilder().add("type", "ping").add("ref", "p").build());
            assertEquals("pong", olli.next().getString("type"));
            sara.send(Json.createObjectBuilder().add("type", "ping").add("ref", "s").build());
            assertEquals("pong", sara.next().getString("type"), "a longer word is not a mention of Sara Medlem");
        }
    }

    @Test
    void typingAndPresenceReachOnlyThoseSharingTheConversation() {
        long room = room();
        try (ChatClient sara = ChatClient.connect(base(), SARA, HubSession.DEMO_PASSWORD);
                ChatClient olli = ChatClient.connect(base(), OLLI, HubSession.DEMO_PASSWORD)) {
            sara.send(subscribe(room, 0));
            sara.until("subscribed");

            olli.send(Json.createObjectBuilder().add("type", "typing").add("conversation", room).build());
            olli.send(Json.createObjectBuilder().add("type", "typing").add("conversation", room).build());
            JsonObject typing = sara.next();
            assertEquals("typing", typing.getString("type"), typing.toString());
            assertEquals("Olli Ohjaaja", typing.getString("name"));
            sara.send(Json.createObjectBuilder().add("type", "ping").build());
            assertEquals("pong", sara.next().getString("type"), "a second typing within 3 s is not passed on");

            sara.send(Json.createObjectBuilder().add("type", "who").add("conversation", room).build());
            JsonObject present = sara.until("present").getLast();
            long olliId = HubSession.withBearerToken(base(), OLLI, HubSession.DEMO_PASSWORD).whoAmI().getJsonObject("account").getJsonNumber("id").longValue();
            assertTrue(present.getJsonArray("online").toString().contains(String.valueOf(olliId)), present.toString());

            try (ChatClient coordinator = ChatClient.connect(base(), "koordinaattori@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD)) {
                long coordinatorId = HubSession.withBearerToken(base(), "koordinaattori@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD)
                        .whoAmI().getJsonObject("account").getJsonNumber("id").longValue();
                JsonObject presence = sara.until("presence").getLast();
                assertTrue(presence.getJsonArray("online").toString().contains(String.valueOf(coordinatorId)), presence.toString());
            }
        }
    }

    @Test
    void refusalsAreErrorFramesAndTheConnectionStays() {
        long room = room();
        try (ChatClient admin = ChatClient.connect(base(), "admin@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD);
                ChatClient olli = ChatClient.connect(base(), OLLI, HubSession.DEMO_PASSWORD)) {
            admin.send(send(room, "ulkopuolelta", "En ole jäsen"));
            assertEquals("not-a-member", admin.next().getString("code"));
            admin.send(subscribe(room, 0));
            assertEquals("not-a-member", admin.next().getString("code"));
            admin.send(send(999_999, "ei-huonetta", "Ei ketään"));
            assertEquals("no-such-conversation", admin.next().getString("code"));

            olli.send(send(room, "pitka", "x".repeat(Messages.MAX_TEXT_LENGTH + 1)));
            JsonObject tooLong = olli.next();
            assertEquals("too-long", tooLong.getString("code"));
            assertEquals("r-pitka", tooLong.getString("ref"));
            olli.send(send(room, "tyhja", "   "));
            assertEquals("empty-message", olli.next().getString("code"));
            olli.send(send(room, "väärä tunniste", "Hei"));
            assertEquals("invalid-id", olli.next().getString("code"));
            olli.send(Json.createObjectBuilder().add("type", "send").add("conversation", "yksi").add("id", "x").add("text", "Hei").build());
            assertEquals("malformed-frame", olli.next().getString("code"));

            olli.send(Json.createObjectBuilder().add("type", "ping").add("ref", "elossa").build());
            assertEquals("pong", olli.next().getString("type"), "the connection stays");
        }
        JsonArray stored = Http.jsonArray(HubSession.withBearerToken(base(), SARA, HubSession.DEMO_PASSWORD)
                .get("api/chat/conversations/" + room + "/events?after=0"));
        assertEquals(0, stored.size(), "nothing stored");
    }

    @Test
    void historyPagesBackwardsAndTheRestMirrorPostsIdempotently() {
        long room = room();
        HubSession sara = HubSession.withBearerToken(base(), SARA, HubSession.DEMO_PASSWORD);
        for (int i = 1; i <= 5; i++) {
            HttpResponse<String> posted = sara.postJson("api/chat/conversations/" + room + "/messages",
                    Json.createObjectBuilder().add("id", "rest-" + i).add("text", "REST " + i).build());
            assertEquals(201, posted.statusCode(), posted.body());
        }
        HttpResponse<String> repeated = sara.postJson("api/chat/conversations/" + room + "/messages",
                Json.createObjectBuilder().add("id", "rest-5").add("text", "REST 5").build());
        assertEquals(200, repeated.statusCode());
        assertEquals(5, Http.json(repeated).getInt("seq"));

        try (ChatClient olli = ChatClient.connect(base(), OLLI, HubSession.DEMO_PASSWORD)) {
            olli.send(Json.createObjectBuilder().add("type", "history").add("conversation", room).add("before", 5).add("limit", 2).build());
            JsonObject page = olli.next();
            assertEquals("history", page.getString("type"));
            assertEquals(List.of(3, 4), page.getJsonArray("events").stream().map(value -> value.asJsonObject().getInt("seq")).toList());
            assertTrue(page.getBoolean("more"));
        }
        assertEquals(403, HubSession.withBearerToken(base(), "admin@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD)
                .get("api/chat/conversations/" + room + "/events").statusCode(), "a non-member reads the history");
    }
}
