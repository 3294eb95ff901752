package fi.kurkiaura.coordination;

import static fi.kurkiaura.coordination.MeetingsApi.ELY;
import static fi.kurkiaura.coordination.MeetingsApi.ORGANISATION;
import static fi.kurkiaura.coordination.MeetingsApi.SATAKUNTA;
import static fi.kurkiaura.coordination.MeetingsApi.assertRefused;
import static fi.kurkiaura.coordination.MeetingsApi.encode;
import static fi.kurkiaura.coordination.MeetingsApi.patch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.testing.ClientSideTest;
import fi.kurkiaura.testing.Http;
import fi.kurkiaura.testing.HubSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Answers to meetings and who was there, inside WildFly: who may answer and see answers, and participation per organisation. */
class AttendanceIT extends ClientSideTest {

    private static final String PORI = ORGANISATION + "porin-kaupunki";

    private HubSession admin() {
        return HubSession.withBearerToken(base(), "admin@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD);
    }

    @Test
    void membersOfTheRoomAnswerForThemselvesAndOnlyParticipantsSeeTheAnswers() {
        HubSession member = HubSession.withBearerToken(base(), "jasen@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD);
        List<JsonObject> meetings = startSeries("2027-01-01T10:00", "FREQ=MONTHLY;BYDAY=1FR;COUNT=2");
        String rsvp = "api/meetings/" + id(meetings.get(0)) + "/rsvp";
        JsonObject yesForEly = Json.createObjectBuilder().add("response", "yes").add("organisation", ELY).build();

        assertRefused(403, "Join the meeting's room", member.putJson(rsvp, yesForEly));
        member.postJson("api/chat/conversations/" + meetings.get(0).getInt("room") + "/members", Json.createObjectBuilder().build());
        assertRefused(400, "yes, no or maybe", member.putJson(rsvp, Json.createObjectBuilder().add("response", "perhaps").build()));
        assertRefused(422, "not a member organisation", member.putJson(rsvp,
                Json.createObjectBuilder().add("response", "yes").add("organisation", ORGANISATION + "hameenlinnan-kaupunki").build()));
        HttpResponse<String> answered = member.putJson(rsvp, yesForEly);
        assertEquals(200, answered.statusCode(), answered.body());
        assertEquals(200, member.putJson(rsvp, Json.createObjectBuilder().add("response", "maybe").add("organisation", ELY).build()).statusCode());

        List<JsonObject> answers = Http.jsonArray(member.get(rsvp)).getValuesAs(JsonObject.class);
        assertEquals(1, answers.size(), "one answer per person, the last: " + answers);
        assertEquals("maybe", answers.getFirst().getString("response"));
        assertEquals("Sara Medlem", answers.getFirst().getString("name"));
        assertEquals(ELY, answers.getFirst().getString("organisation"));
        assertEquals(401, Http.get(uri(rsvp)).statusCode(), "names are for the participants");
        HubSession outsider = HubSession.withBearerToken(base(), "ohjaaja@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD);
        assertRefused(403, "Join the meeting's room", outsider.get(rsvp));

        assertEquals(200, patch(admin(), "api/meetings/" + id(meetings.get(1)), Json.createObjectBuilder().add("cancelled", true).build()).statusCode());
        member.postJson("api/chat/conversations/" + meetings.get(1).getInt("room") + "/members", Json.createObjectBuilder().build());
        assertRefused(422, "cancelled", member.putJson("api/meetings/" + id(meetings.get(1)) + "/rsvp", yesForEly));
    }

    @Test
    void theHostRecordsWhoWasThereAndParticipationIsCountedPerOrganisation() {
        List<JsonObject> held = startSeries("2026-08-07T10:00", "FREQ=MONTHLY;BYDAY=1FR;COUNT=3");
        List<JsonObject> coming = startSeries("2027-01-01T10:00", "FREQ=MONTHLY;BYDAY=1FR;COUNT=1");
        String august = "api/meetings/" + id(held.get(0)) + "/attendance";
        String september = "api/meetings/" + id(held.get(1)) + "/attendance";

        assertRefused(422, "over", admin().putJson("api/meetings/" + id(held.get(0)) + "/rsvp", Json.createObjectBuilder().add("response", "yes").build()));
        assertRefused(422, "has begun", admin().putJson("api/meetings/" + id(coming.get(0)) + "/attendance", present(ELY)));
        assertRefused(422, "Not member organisations", admin().putJson(august, present(ELY, ORGANISATION + "forssan-kaupunki")));
        HubSession member = HubSession.withBearerToken(base(), "jasen@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD);
        assertRefused(403, "host of this meeting", member.putJson(august, present(ELY)));

        assertEquals(200, admin().putJson(august, present(ELY, PORI)).statusCode());
        assertEquals(200, admin().putJson(september, present(ELY)).statusCode());
        assertEquals(List.of(ELY), Http.json(Http.get(uri(september))).getJsonArray("organisations").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());

        List<JsonObject> participation = Http.jsonArray(Http.get(uri("api/meetings/participation?network=" + encode(SATAKUNTA)
                + "&from=2026-08-01&until=2026-10-31"))).getValuesAs(JsonObject.class);
        JsonObject ely = participation.stream().filter(row -> row.getString("organisation").equals(ELY)).findFirst().orElseThrow();
        JsonObject pori = participation.stream().filter(row -> row.getString("organisation").equals(PORI)).findFirst().orElseThrow();
        assertTrue(ely.getInt("attended") >= 2 && pori.getInt("attended") >= 1, participation.toString());
        assertTrue(ely.getJsonArray("dates").toString().contains("2026-08-07") && ely.getJsonArray("dates").toString().contains("2026-09-04"),
                ely.toString());
        assertTrue(ely.getInt("held") >= 3, "the meetings held in the period, October's included: " + ely);
        assertRefused(400, "a date", Http.send(HttpRequest.newBuilder(uri("api/meetings/participation?network=" + encode(SATAKUNTA) + "&from=eilen"))));
    }

    private List<JsonObject> startSeries(String start, String rule) {
        String end = start.replace("T10:00", "T12:00");
        HttpResponse<String> started = admin().postJson("api/meetings/series", Json.createObjectBuilder().add("network", SATAKUNTA)
                .add("title", "Osallistuminen " + UUID.randomUUID().toString().substring(0, 8)).add("rrule", rule).add("start", start).add("end", end)
                .add("hosts", Json.createArrayBuilder().add(ELY).add(PORI)).build());
        assertEquals(201, started.statusCode(), started.body());
        return Http.jsonArray(Http.get(uri("api/meetings/series/" + Http.json(started).getInt("id") + "/meetings?from=" + start.substring(0, 10) + "T00:00")))
                .getValuesAs(JsonObject.class);
    }

    private static long id(JsonObject meeting) {
        return meeting.getJsonNumber("id").longValue();
    }

    private static JsonObject present(String... organisations) {
        var list = Json.createArrayBuilder();
        for (String organisation : organisations) {
            list.add(organisation);
        }
        return Json.createObjectBuilder().add("organisations", list).build();
    }
}
