package fi.kurkiaura.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.testing.ChatClient;
import fi.kurkiaura.testing.ClientSideTest;
import fi.kurkiaura.testing.Http;
import fi.kurkiaura.testing.HubSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reports, muting, kicking, banning and slow mode, each by moderators only and audited. */
class ModerationIT extends ClientSideTest {

    private HubSession as(String who) {
        return HubSession.withBearerToken(base(), who + "@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD);
    }

    private static long id(HubSession who) {
        return who.whoAmI().getJsonObject("account").getJsonNumber("id").longValue();
    }

    /** A room opened (and so moderated) by the coordinator, joined by Sara and Olli. */
    private long room() {
        HttpResponse<String> opened = as("koordinaattori").postJson("api/chat/rooms", Json.createObjectBuilder()
                .add("title", "Moderoitu " + UUID.randomUUID()).add("about", "https://kurkiaura.fi/id/network/tyohame").build());
        long room = Http.json(opened).getJsonNumber("id").longValue();
        for (String who : new String[] {"jasen", "ohjaaja"}) {
            assertEquals(200, as(who).postJson("api/chat/conversations/" + room + "/members", Json.createObjectBuilder().build()).statusCode());
        }
        return room;
    }

    private static HttpResponse<String> post(HubSession who, long room, String text) {
        return who.postJson("api/chat/conversations/" + room + "/messages", Json.createObjectBuilder().add("id", "m-" + UUID.randomUUID()).add("text", text).build());
    }

    @Test
    void aReportReachesTheModeratorsAndCoordinatorsUntilResolved() {
        long room = room();
        long seq = Http.json(post(as("ohjaaja"), room, "Jotain asiatonta")).getJsonNumber("seq").longValue();
        try (ChatClient coordinator = ChatClient.connect(base(), "koordinaattori@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD)) {
            HttpResponse<String> reported = as("jasen").postJson("api/chat/conversations/" + room + "/reports",
                    Json.createObjectBuilder().add("seq", seq).add("reason", "Asiaton viesti").build());
            assertEquals(201, reported.statusCode(), reported.body());
            long report = Http.json(reported).getJsonNumber("id").longValue();

            JsonObject live = coordinator.next();
            assertEquals("report", live.getString("type"), live.toString());
            assertEquals(seq, live.getJsonNumber("messageSeq").longValue());

            assertTrue(as("admin").get("api/chat/reports").body().contains("Asiaton viesti"));
            assertFalse(as("ohjaaja").get("api/chat/reports").body().contains("Asiaton viesti"), "a member does not see reports");
            assertEquals(404, as("jasen").postJson("api/chat/reports/" + report + "/resolve", Json.createObjectBuilder().build()).statusCode());
            assertEquals(204, as("koordinaattori").postJson("api/chat/reports/" + report + "/resolve", Json.createObjectBuilder().build()).statusCode());
            assertFalse(as("koordinaattori").get("api/chat/reports").body().contains("Asiaton viesti"));
        }
    }

    @Test
    void moderatorsMuteKickAndBanAndOthersCannot() {
        long room = room();
        HubSession moderator = as("koordinaattori");
        HubSession olli = as("ohjaaja");
        HubSession sara = as("jasen");
        String members = "api/chat/conversations/" + room + "/members/";

        assertEquals(403, olli.postJson(members + id(sara) + "/mute", Json.createObjectBuilder().add("minutes", 10).build()).statusCode(), "a member mutes");
        assertEquals(403, moderator.postJson(members + id(moderator) + "/mute", Json.createObjectBuilder().add("minutes", 10).build()).statusCode(),
                "a moderator is not muted");
        assertEquals(204, moderator.postJson(members + id(olli) + "/mute", Json.createObjectBuilder().add("minutes", 10).build()).statusCode());
        HttpResponse<String> muted = post(olli, room, "Kuuluuko?");
        assertEquals(403, muted.statusCode());
        assertTrue(Http.json(muted).getString("error").contains("muted"));
        assertEquals(204, moderator.postJson(members + id(olli) + "/mute", Json.createObjectBuilder().add("minutes", 0).build()).statusCode());
        assertEquals(201, post(olli, room, "Nyt kuuluu").statusCode());

        try (ChatClient saraLive = ChatClient.connect(base(), "jasen@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD)) {
            saraLive.send(Json.createObjectBuilder().add("type", "subscribe").add("conversation", room).build());
            saraLive.until("subscribed");
            assertEquals(204, moderator.delete(members + id(sara)).statusCode());
            assertEquals("removed", saraLive.next().getString("type"));
        }
        assertEquals(403, sara.get("api/chat/conversations/" + room + "/events").statusCode(), "kicked out");
        assertEquals(200, sara.postJson("api/chat/conversations/" + room + "/members", Json.createObjectBuilder().build()).statusCode(), "may come back");

        assertEquals(204, moderator.postJson("api/chat/conversations/" + room + "/bans",
                Json.createObjectBuilder().add("account", id(sara)).add("reason", "Toistuvaa häiriköintiä").build()).statusCode());
        HttpResponse<String> banned = sara.postJson("api/chat/conversations/" + room + "/members", Json.createObjectBuilder().build());
        assertEquals(403, banned.statusCode());
        assertTrue(Http.json(banned).getString("error").startsWith("You are banned"));
        assertEquals(204, moderator.delete("api/chat/conversations/" + room + "/bans/" + id(sara)).statusCode());
        assertEquals(200, sara.postJson("api/chat/conversations/" + room + "/members", Json.createObjectBuilder().build()).statusCode());

        String audit = HubSession.loggedIn(base(), "admin@test.kurkiaura.fi", "bootstrap-admin-password").get("api/admin/audit?limit=200").body();
        assertTrue(audit.contains("chat.muted") && audit.contains("chat.kicked") && audit.contains("chat.banned") && audit.contains("chat.unbanned"), audit);
    }

    @Test
    void slowModeHoldsMembersBackButNotModerators() {
        long room = room();
        HubSession moderator = as("koordinaattori");
        assertEquals(403, as("ohjaaja").send(as("ohjaaja").request("api/chat/conversations/" + room + "/slow-mode").header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"seconds\": 60}")), false).statusCode());
        assertEquals(204, moderator.putJson("api/chat/conversations/" + room + "/slow-mode", Json.createObjectBuilder().add("seconds", 60).build()).statusCode());

        HubSession olli = as("ohjaaja");
        assertEquals(201, post(olli, room, "Ensimmäinen").statusCode());
        HttpResponse<String> tooSoon = post(olli, room, "Toinen heti perään");
        assertEquals(429, tooSoon.statusCode());
        assertTrue(Http.json(tooSoon).getString("error").startsWith("Slow mode"));
        assertEquals(201, post(moderator, room, "Moderaattori 1").statusCode());
        assertEquals(201, post(moderator, room, "Moderaattori 2").statusCode());
    }
}
