package fi.kurkiaura.coordination;

import static fi.kurkiaura.coordination.MeetingsApi.ELY;
import static fi.kurkiaura.coordination.MeetingsApi.ORGANISATION;
import static fi.kurkiaura.coordination.MeetingsApi.SATAKUNTA;
import static fi.kurkiaura.coordination.MeetingsApi.assertRefused;
import static fi.kurkiaura.coordination.MeetingsApi.encode;
import static fi.kurkiaura.coordination.MeetingsApi.patch;
import static fi.kurkiaura.coordination.MeetingsApi.select;
import static fi.kurkiaura.coordination.MeetingsApi.text;
import static fi.kurkiaura.coordination.MeetingsApi.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.testing.ClientSideTest;
import fi.kurkiaura.testing.Http;
import fi.kurkiaura.testing.HubSession;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Meeting series inside WildFly, over REST: recurrence across the spring clock change, the hosting
 * rotation with cancellations and swaps, the meetings in the graph, and bad input refused with
 * nothing stored.
 */
class MeetingSeriesIT extends ClientSideTest {

    private static final String PORI = ORGANISATION + "porin-kaupunki";
    private static final String FIOH = ORGANISATION + "tyoterveyslaitos";

    @Test
    void aSeriesOfFirstFridaysHasItsMeetingsInTheGraphWithTheHostsInTurn() {
        HubSession admin = admin();
        String title = "Kuukausitapaaminen " + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> started = admin.postJson("api/meetings/series", series(title, "FREQ=MONTHLY;BYDAY=1FR;COUNT=6").build());
        assertEquals(201, started.statusCode(), started.body());
        JsonObject series = Http.json(started);
        assertEquals("FREQ=MONTHLY;BYDAY=1FR;COUNT=6", series.getString("rrule"));
        assertTrue(started.headers().firstValue("Location").orElseThrow().endsWith("/api/meetings/series/" + series.getInt("id")));

        JsonArray meetings = meetingsOf(series);
        assertEquals(List.of("2027-01-01T10:00:00", "2027-02-05T10:00:00", "2027-03-05T10:00:00", "2027-04-02T10:00:00", "2027-05-07T10:00:00",
                "2027-06-04T10:00:00"), meetings.getValuesAs(JsonObject.class).stream().map(meeting -> meeting.getString("start")).toList());
        assertEquals(List.of(ELY, PORI, FIOH, ELY, PORI, FIOH), hosts(meetings));
        meetings.getValuesAs(JsonObject.class).forEach(meeting -> assertTrue(meeting.containsKey("room"), "each meeting has its room: " + meeting));

        String april = meetings.getJsonObject(3).getString("iri");
        JsonObject inTheGraph = select(base(), """
                PREFIX schema: <https://schema.org/>
                PREFIX ku: <https://kurkiaura.fi/ontology#>
                SELECT ?start ?host ?series ?network ?status WHERE {
                  <%s> schema:startDate ?start ; ku:host ?host ; schema:superEvent ?series ; schema:organizer ?network ; schema:eventStatus ?status .
                }""".formatted(april)).getFirst();
        assertEquals("2027-04-02T10:00:00+03:00", value(inTheGraph, "start"), "summer time in April: the meeting stays at ten");
        assertEquals("2027-03-05T10:00:00+02:00", value(select(base(), "SELECT ?start WHERE { <%s> <https://schema.org/startDate> ?start }"
                .formatted(meetings.getJsonObject(2).getString("iri"))).getFirst(), "start"), "winter time in March");
        assertEquals(ELY, value(inTheGraph, "host"));
        assertEquals(series.getString("iri"), value(inTheGraph, "series"));
        assertEquals(SATAKUNTA, value(inTheGraph, "network"));
        assertEquals("https://schema.org/EventScheduled", value(inTheGraph, "status"));
    }

    @Test
    void aCancelledMeetingUsesNoTurnAMovedOneKeepsItsNameAndSwappedHostsExchangeMeetings() {
        HubSession admin = admin();
        JsonObject series = Http.json(admin.postJson("api/meetings/series",
                series("Vuorottelu " + UUID.randomUUID().toString().substring(0, 8), "FREQ=MONTHLY;BYDAY=1FR;COUNT=6").build()));
        JsonArray meetings = meetingsOf(series);
        long february = meetings.getJsonObject(1).getJsonNumber("id").longValue();
        long march = meetings.getJsonObject(2).getJsonNumber("id").longValue();

        HttpResponse<String> cancelled = patch(admin, "api/meetings/" + february, Json.createObjectBuilder().add("cancelled", true).build());
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertEquals(null, text(Http.json(cancelled), "host"));
        assertEquals(java.util.Arrays.asList(ELY, null, PORI, FIOH, ELY, PORI), hosts(meetingsOf(series)), "PORI hosts in March instead");

        HttpResponse<String> moved = patch(admin, "api/meetings/" + march, Json.createObjectBuilder().add("start", "2027-03-12T13:00").build());
        assertEquals(200, moved.statusCode(), moved.body());
        JsonObject movedMeeting = Http.json(moved);
        assertEquals("2027-03-12T13:00:00", movedMeeting.getString("start"));
        assertEquals("2027-03-12T15:00:00", movedMeeting.getString("end"), "it keeps its length");
        assertEquals("2027-03-05T10:00:00", movedMeeting.getString("recurrenceId"));
        assertTrue(movedMeeting.getString("iri").endsWith("-2027-03-05"), "its name stays: " + movedMeeting);
        JsonObject movedInTheGraph = select(base(), """
                SELECT ?status ?previous WHERE { <%s> <https://schema.org/eventStatus> ?status ; <https://schema.org/previousStartDate> ?previous }"""
                .formatted(movedMeeting.getString("iri"))).getFirst();
        assertEquals("https://schema.org/EventRescheduled", value(movedInTheGraph, "status"));
        assertEquals("2027-03-05T10:00:00+02:00", value(movedInTheGraph, "previous"));

        JsonArray hostsInMarch = Http.jsonArray(Http.get(uri("api/meetings/hosts?network=" + encode(SATAKUNTA) + "&month=2027-03")));
        assertTrue(hostsInMarch.getValuesAs(JsonObject.class).stream().anyMatch(hosting -> hosting.getJsonNumber("meeting").longValue() == march
                && PORI.equals(hosting.getString("host"))), "who hosts in March: " + hostsInMarch);

        long april = meetings.getJsonObject(3).getJsonNumber("id").longValue();
        long may = meetings.getJsonObject(4).getJsonNumber("id").longValue();
        HttpResponse<String> swapped = admin.postJson("api/meetings/" + april + "/swap", Json.createObjectBuilder().add("with", may).build());
        assertEquals(200, swapped.statusCode(), swapped.body());
        assertEquals(java.util.Arrays.asList(ELY, null, PORI, ELY, FIOH, PORI), hosts(meetingsOf(series)), "April and May swapped; June as before");
    }

    @Test
    void badInputIsRefusedWithAReasonAndNothingIsStored() {
        HubSession admin = admin();
        String title = "Virheellinen " + UUID.randomUUID().toString().substring(0, 8);
        int seriesBefore = Http.jsonArray(Http.get(uri("api/meetings/series?network=" + encode(SATAKUNTA)))).size();

        assertRefused(422, "cannot be read", admin.postJson("api/meetings/series", series(title, "FREQ=MONTHLY;BYDAY=1XX").build()));
        assertRefused(422, "produces no meeting", admin.postJson("api/meetings/series", series(title, "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30").build()));
        assertRefused(422, "ends after it starts", admin.postJson("api/meetings/series",
                series(title, "FREQ=MONTHLY;BYDAY=1FR").add("end", "2027-01-01T09:00").build()));
        assertRefused(422, "at most 1000", admin.postJson("api/meetings/series",
                series(title, "FREQ=DAILY").add("start", "2020-01-01T10:00").add("end", "2020-01-01T12:00").build()));
        assertRefused(400, "IRI: 'ei verkosto'", admin.postJson("api/meetings/series", series(title, "FREQ=MONTHLY;BYDAY=1FR").add("network", "ei verkosto").build()));
        assertRefused(422, "not members: " + ORGANISATION + "hameenlinnan-kaupunki", admin.postJson("api/meetings/series",
                series(title, "FREQ=MONTHLY;BYDAY=1FR").add("hosts", Json.createArrayBuilder().add(ELY).add(ORGANISATION + "hameenlinnan-kaupunki")).build()));
        assertRefused(422, "not a network", admin.postJson("api/meetings/series",
                series(title, "FREQ=MONTHLY;BYDAY=1FR").add("network", ELY).build()));
        assertRefused(400, "\"start\" is missing", admin.postJson("api/meetings/series",
                series(title, "FREQ=MONTHLY;BYDAY=1FR").add("start", JsonValue.NULL).build()));
        assertRefused(400, "", admin.post("api/meetings/series", "application/json", "{not json"));
        assertEquals(401, Http.send(HttpRequest.newBuilder(uri("api/meetings/series")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(series(title, "FREQ=MONTHLY;BYDAY=1FR").build().toString()))).statusCode());
        HubSession tyohameCoordinator = HubSession.withBearerToken(base(), "koordinaattori@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD);
        assertRefused(403, "coordinator of this network", tyohameCoordinator.postJson("api/meetings/series", series(title, "FREQ=MONTHLY;BYDAY=1FR").build()));

        assertEquals(seriesBefore, Http.jsonArray(Http.get(uri("api/meetings/series?network=" + encode(SATAKUNTA)))).size());
        assertTrue(select(base(), "SELECT ?series WHERE { ?series <http://www.w3.org/2000/01/rdf-schema#label> \"%s\"@fi }".formatted(title)).isEmpty(),
                "nothing in the graph either");
    }

    @Test
    void aMeetingCannotEndBeforeItStartsNorSwapWithAMeetingOfAnotherSeries() {
        HubSession admin = admin();
        JsonArray one = meetingsOf(Http.json(admin.postJson("api/meetings/series",
                series("Yksi " + UUID.randomUUID().toString().substring(0, 8), "FREQ=MONTHLY;BYDAY=1FR;COUNT=2").build())));
        JsonArray other = meetingsOf(Http.json(admin.postJson("api/meetings/series",
                series("Toinen " + UUID.randomUUID().toString().substring(0, 8), "FREQ=MONTHLY;BYDAY=1FR;COUNT=2").build())));
        long first = one.getJsonObject(0).getJsonNumber("id").longValue();

        assertRefused(422, "ends after it starts", patch(admin, "api/meetings/" + first, Json.createObjectBuilder().add("end", "2027-01-01T09:00").build()));
        assertRefused(422, "same series", admin.postJson("api/meetings/" + first + "/swap",
                Json.createObjectBuilder().add("with", other.getJsonObject(1).getJsonNumber("id").longValue()).build()));
        assertRefused(422, "not a place", patch(admin, "api/meetings/" + first, Json.createObjectBuilder().add("location", ELY).build()));
        assertRefused(400, "IRI: 'Porin kaupungintalo'", patch(admin, "api/meetings/" + first, Json.createObjectBuilder().add("location", "Porin kaupungintalo").build()));
        assertRefused(404, "No meeting", patch(admin, "api/meetings/" + Long.MAX_VALUE, Json.createObjectBuilder().add("cancelled", true).build()));

        assertEquals("2027-01-01T12:00:00", Http.json(Http.get(uri("api/meetings/" + first))).getString("end"), "unchanged");
    }

    private HubSession admin() {
        return HubSession.withBearerToken(base(), "admin@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD);
    }

    private static JsonObjectBuilder series(String title, String rule) {
        return Json.createObjectBuilder().add("network", SATAKUNTA).add("title", title).add("rrule", rule)
                .add("start", "2027-01-01T10:00").add("end", "2027-01-01T12:00").add("online", "https://teams.microsoft.com/")
                .add("hosts", Json.createArrayBuilder().add(ELY).add(PORI).add(FIOH));
    }

    private JsonArray meetingsOf(JsonObject series) {
        HttpResponse<String> meetings = Http.get(uri("api/meetings/series/" + series.getInt("id") + "/meetings?from=2027-01-01T00:00&until=2028-01-01T00:00"));
        assertEquals(200, meetings.statusCode(), meetings.body());
        return Http.jsonArray(meetings);
    }

    private static List<String> hosts(JsonArray meetings) {
        return meetings.getValuesAs(JsonObject.class).stream().map(meeting -> text(meeting, "host")).toList();
    }

}
