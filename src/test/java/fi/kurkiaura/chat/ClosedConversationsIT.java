package fi.kurkiaura.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.testing.ChatClient;
import fi.kurkiaura.testing.ClientSideTest;
import fi.kurkiaura.testing.Http;
import fi.kurkiaura.testing.HubSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Direct messages between two members, and peer groups that their facilitators admit people to. */
class ClosedConversationsIT extends ClientSideTest {

    private HubSession as(String who) {
        return HubSession.withBearerToken(base(), who + "@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD);
    }

    private static long id(HubSession who) {
        return who.whoAmI().getJsonObject("account").getJsonNumber("id").longValue();
    }

    private static JsonObject message(String text) {
        return Json.createObjectBuilder().add("id", "m-" + UUID.randomUUID()).add("text", text).build();
    }

    @Test
    void twoMembersShareOneDirectConversationThatNobodyElseReads() {
        HubSession sara = as("jasen");
        HubSession olli = as("ohjaaja");
        JsonObject with = Json.createObjectBuilder().add("with", id(olli)).build();

        HttpResponse<String> opened = sara.postJson("api/chat/direct", with);
        assertEquals(200, opened.statusCode(), opened.body());
        long direct = Http.json(opened).getJsonNumber("id").longValue();
        assertEquals("direct", Http.json(opened).getString("kind"));
        assertEquals(direct, Http.json(olli.postJson("api/chat/direct", Json.createObjectBuilder().add("with", id(sara)).build()))
                .getJsonNumber("id").longValue(), "the same conversation from either side");

        assertEquals(201, olli.postJson("api/chat/conversations/" + direct + "/messages", message("Hei Sara")).statusCode());
        assertEquals(1, Http.jsonArray(sara.get("api/chat/conversations/" + direct + "/events")).size());
        assertEquals(403, as("koordinaattori").get("api/chat/conversations/" + direct + "/events").statusCode());
        assertEquals(403, as("koordinaattori").postJson("api/chat/conversations/" + direct + "/members", Json.createObjectBuilder().build()).statusCode(),
                "a direct conversation cannot be joined");
        assertEquals(400, sara.postJson("api/chat/direct", Json.createObjectBuilder().add("with", id(sara)).build()).statusCode());
        assertEquals(404, sara.postJson("api/chat/direct", Json.createObjectBuilder().add("with", 987_654).build()).statusCode());
    }

    /** How the group shows in the account's conversation list: what it is, not what is said in it. */
    private static JsonObject listed(HubSession who, long group) {
        return Http.jsonArray(who.get("api/chat/conversations")).stream().map(JsonValue::asJsonObject)
                .filter(conversation -> conversation.getJsonNumber("id").longValue() == group).findFirst()
                .orElseThrow(() -> new AssertionError("peer group " + group + " is not in the list"));
    }

    @Test
    void theDemoOpensRoomsAboutTheSeedNetworksAndAPeerGroupToAskToJoin() {
        List<JsonObject> saras = Http.jsonArray(as("jasen").get("api/chat/conversations")).stream().map(JsonValue::asJsonObject).toList();
        JsonObject tyohame = saras.stream().filter(conversation -> conversation.getString("title").equals("TyöHäme-verkosto")).findFirst().orElseThrow();
        assertEquals("https://kurkiaura.fi/id/network/tyohame", tyohame.getString("about"));
        assertTrue(tyohame.getBoolean("member") && tyohame.getJsonNumber("lastSeq").longValue() >= 1, tyohame.toString());
        JsonObject group = saras.stream().filter(conversation -> conversation.getString("title").equals(DemoConversations.PEER_GROUP)).findFirst().orElseThrow();
        assertEquals("peer_group", group.getString("kind"));
        assertEquals(false, group.getBoolean("member"), "Sara can ask to join the demo's peer group");
    }

    @Test
    void aFacilitatorAdmitsThoseWhoAskAndOnlyMembersSeeTheGroup() {
        HubSession olli = as("ohjaaja");
        HubSession sara = as("jasen");
        ChatClient olliLive = ChatClient.connect(base(), "ohjaaja@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD);
        ChatClient saraLive = ChatClient.connect(base(), "jasen@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD);
        HttpResponse<String> opened = olli.postJson("api/chat/peer-groups", Json.createObjectBuilder().add("title", "Työnhakijoiden vertaisryhmä")
                .add("about", "https://kurkiaura.fi/id/network/tyohame").add("endsAt", Instant.now().plus(30, ChronoUnit.DAYS).toString()).build());
        assertEquals(201, opened.statusCode(), opened.body());
        long group = Http.json(opened).getJsonNumber("id").longValue();

        assertEquals(403, sara.postJson("api/chat/peer-groups", Json.createObjectBuilder().add("title", "Oma ryhmä").build()).statusCode(),
                "a member opens a peer group");
        assertEquals(403, sara.postJson("api/chat/conversations/" + group + "/members", Json.createObjectBuilder().build()).statusCode(),
                "a peer group cannot be joined like a room");
        assertEquals(201, olli.postJson("api/chat/conversations/" + group + "/messages", message("Tervetuloa ryhmään")).statusCode());
        JsonObject discovered = listed(sara, group);
        assertEquals("peer_group", discovered.getString("kind"));
        assertEquals(false, discovered.getBoolean("member"));
        assertEquals(false, discovered.getBoolean("requested"));
        assertEquals(0, discovered.getJsonNumber("lastSeq").longValue(), "an outsider does not see how much is said inside");
        assertEquals(202, sara.postJson("api/chat/conversations/" + group + "/requests",
                Json.createObjectBuilder().add("message", "Haluaisin mukaan").build()).statusCode());
        JsonObject asked = olliLive.until("join-request").getLast();
        assertEquals(group, asked.getJsonNumber("conversation").longValue());
        assertEquals("Sara Medlem", asked.getString("displayName"), "the facilitator hears of the request live");
        assertEquals(true, listed(sara, group).getBoolean("requested"));
        assertEquals(false, listed(as("koordinaattori"), group).getBoolean("requested"));
        assertEquals(403, sara.postJson("api/chat/conversations/" + group + "/messages", message("Saanko kirjoittaa?")).statusCode());
        assertEquals(403, sara.get("api/chat/conversations/" + group + "/members").statusCode(), "the member list is for members");
        assertEquals(403, as("koordinaattori").get("api/chat/conversations/" + group + "/requests").statusCode(), "requests are for facilitators");

        HttpResponse<String> requests = olli.get("api/chat/conversations/" + group + "/requests");
        assertTrue(requests.body().contains("Haluaisin mukaan") && requests.body().contains("Sara Medlem"), requests.body());
        assertEquals(204, olli.postJson("api/chat/conversations/" + group + "/requests/" + id(sara) + "/approve", Json.createObjectBuilder().build()).statusCode());
        assertEquals(group, saraLive.until("admitted").getLast().getJsonNumber("conversation").longValue(), "the asker hears the answer live");
        assertEquals(true, listed(sara, group).getBoolean("member"));

        HubSession coordinator = as("koordinaattori");
        try (ChatClient coordinatorLive = ChatClient.connect(base(), "koordinaattori@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD)) {
            assertEquals(202, coordinator.postJson("api/chat/conversations/" + group + "/requests", Json.createObjectBuilder().build()).statusCode());
            assertEquals(204, olli.postJson("api/chat/conversations/" + group + "/requests/" + id(coordinator) + "/decline",
                    Json.createObjectBuilder().build()).statusCode());
            assertEquals(group, coordinatorLive.until("declined").getLast().getJsonNumber("conversation").longValue());
            assertEquals(false, listed(coordinator, group).getBoolean("requested"), "a declined request is gone; one may ask again");
        }
        olliLive.close();
        saraLive.close();

        HttpResponse<String> members = sara.get("api/chat/conversations/" + group + "/members");
        assertTrue(members.body().contains("Sara Medlem") && members.body().contains("MODERATOR"), members.body());
        assertEquals(201, sara.postJson("api/chat/conversations/" + group + "/messages", message("Kiitos!")).statusCode());
        assertEquals(0, Http.jsonArray(olli.get("api/chat/conversations/" + group + "/requests")).size());
    }

    @Test
    void anEndedPeerGroupIsReadOnly() {
        HubSession olli = as("ohjaaja");
        HttpResponse<String> opened = olli.postJson("api/chat/peer-groups", Json.createObjectBuilder().add("title", "Päättynyt ryhmä")
                .add("endsAt", Instant.now().minus(1, ChronoUnit.DAYS).toString()).build());
        long group = Http.json(opened).getJsonNumber("id").longValue();

        HttpResponse<String> refused = olli.postJson("api/chat/conversations/" + group + "/messages", message("Vielä yksi"));
        assertEquals(410, refused.statusCode());
        assertTrue(Http.json(refused).getString("error").contains("read-only"));
        assertEquals(410, as("jasen").postJson("api/chat/conversations/" + group + "/requests", Json.createObjectBuilder().build()).statusCode());
    }
}
