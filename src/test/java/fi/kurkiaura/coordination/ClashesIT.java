package fi.kurkiaura.coordination;

import static fi.kurkiaura.coordination.MeetingsApi.ELY;
import static fi.kurkiaura.coordination.MeetingsApi.SATAKUNTA;
import static fi.kurkiaura.coordination.MeetingsApi.assertRefused;
import static fi.kurkiaura.coordination.MeetingsApi.encode;
import static fi.kurkiaura.coordination.MeetingsApi.patch;
import static fi.kurkiaura.testing.Turtle.PREFIXES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.testing.ClientSideTest;
import fi.kurkiaura.testing.Http;
import fi.kurkiaura.testing.HubSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Overlap warnings inside WildFly: when an event is created, when a series starts, when a meeting moves, and all clashes from a day. */
class ClashesIT extends ClientSideTest {

    @Test
    void creatingAnEventStartingASeriesAndMovingAMeetingEachWarnOfClashes() {
        HubSession admin = HubSession.withBearerToken(base(), "admin@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD);
        String slug = "elyn-info-" + UUID.randomUUID().toString().substring(0, 8);
        String info = "https://kurkiaura.fi/id/event/" + slug;

        HttpResponse<String> created = admin.post("api/graph/resources", "text/turtle", PREFIXES + """
                @prefix e: <https://kurkiaura.fi/id/event/> .
                e:%s a schema:Event ; rdfs:label "ELYn infotilaisuus"@fi ; ku:eventKind <https://kurkiaura.fi/id/concept/event-kind/seminaari> ;
                    schema:startDate "2027-10-01T11:00:00+03:00"^^xsd:dateTime ; schema:endDate "2027-10-01T12:00:00+03:00"^^xsd:dateTime ;
                    schema:organizer o:satakunnan-ely-keskus .
                """.formatted(slug));
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(Http.json(created).getJsonArray("clashes").isEmpty(), "nothing else then: " + created.body());

        HttpResponse<String> started = admin.postJson("api/meetings/series", Json.createObjectBuilder().add("network", SATAKUNTA)
                .add("title", "Päällekkäisyys " + UUID.randomUUID().toString().substring(0, 8)).add("rrule", "FREQ=MONTHLY;BYDAY=1FR;COUNT=2")
                .add("start", "2027-10-01T10:00").add("end", "2027-10-01T12:00").add("hosts", Json.createArrayBuilder().add(ELY)).build());
        assertEquals(201, started.statusCode(), started.body());
        List<JsonObject> clashes = Http.json(started).getJsonArray("clashes").getValuesAs(JsonObject.class);
        JsonObject october = clashes.stream().filter(clash -> clash.getString("start").equals("2027-10-01T10:00:00")).findFirst().orElseThrow();
        JsonObject withInfo = october.getJsonArray("with").getValuesAs(JsonObject.class).stream()
                .filter(clash -> clash.getString("iri").equals(info)).findFirst().orElseThrow();
        assertTrue(withInfo.getJsonArray("shared").getValuesAs(JsonObject.class).stream().anyMatch(shared -> shared.getString("iri").equals(ELY)),
                "the ELY Centre hosts the meeting and organises the info: " + withInfo);

        long november = Http.jsonArray(Http.get(uri("api/meetings/series/" + Http.json(started).getInt("id") + "/meetings?from=2027-11-01T00:00")))
                .getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> moved = patch(admin, "api/meetings/" + november, Json.createObjectBuilder().add("start", "2027-10-01T11:30").build());
        assertEquals(200, moved.statusCode(), moved.body());
        assertTrue(Http.json(moved).getJsonArray("clashes").getValuesAs(JsonObject.class).stream()
                .anyMatch(clash -> clash.getString("iri").equals(info)), "moved onto the info: " + moved.body());

        List<JsonObject> pairs = Http.jsonArray(Http.get(uri("api/graph/reports/clashes?from=2027-09-30"))).getValuesAs(JsonObject.class);
        assertTrue(pairs.stream().anyMatch(pair -> pair.getJsonObject("first").getString("start").startsWith("2027-10-01T10:00")
                && pair.getJsonObject("second").getString("iri").equals(info)), pairs.toString());
        assertTrue(Http.jsonArray(Http.get(uri("api/graph/clashes?event=" + encode(info)))).size() >= 2);
    }

    @Test
    void askingForTheClashesOfWhatIsNotAnEventIsRefused() {
        assertRefused(404, "no event", Http.get(uri("api/graph/clashes?event=" + encode("https://kurkiaura.fi/id/service/tyohame-uravalmennus"))));
        assertRefused(400, "Name the event", Http.get(uri("api/graph/clashes")));
        assertRefused(400, "", Http.get(uri("api/graph/reports/clashes?from=huomenna")));
    }
}
