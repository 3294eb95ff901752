package fi.kurkiaura.coordination;

import static fi.kurkiaura.coordination.MeetingsApi.ELY;
import static fi.kurkiaura.coordination.MeetingsApi.ORGANISATION;
import static fi.kurkiaura.coordination.MeetingsApi.SATAKUNTA;
import static fi.kurkiaura.coordination.MeetingsApi.assertRefused;
import static fi.kurkiaura.testing.Turtle.PREFIXES;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kurkiaura.testing.ClientSideTest;
import fi.kurkiaura.testing.Http;
import fi.kurkiaura.testing.HubSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Swaps both hosts agree to, inside WildFly: the ELY Centre's project manager (a member of its
 * INKA project group, a unit of the Centre) and a person of the City of Pori, each with an account
 * linked to them, propose, accept and decline; nobody else may answer.
 */
class HostSwapsIT extends ClientSideTest {

    private static final String PORI = ORGANISATION + "porin-kaupunki";

    private HubSession admin;
    private HubSession forEly;
    private HubSession forPori;
    private List<Long> meetings;

    @BeforeEach
    void twoHostsWithTheirPeople() {
        admin = HubSession.withBearerToken(base(), "admin@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD);
        String slug = "vaihtaja-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> imported = admin.post("api/graph/import", "text/turtle", PREFIXES + """
                @prefix m: <https://kurkiaura.fi/id/membership/> .
                p:%1$s a foaf:Person ; foaf:name "Testi Vaihtaja" ; ku:listed true .
                m:%1$s a org:Membership ; org:member p:%1$s ; org:organization o:porin-kaupunki ; ku:roleLabel "suunnittelija"@fi .
                """.formatted(slug));
        assertEquals(200, imported.statusCode(), imported.body());
        forEly = accountFor("https://kurkiaura.fi/id/person/paivi-lankoski-raitio");
        forPori = accountFor("https://kurkiaura.fi/id/person/" + slug);
        HttpResponse<String> started = admin.postJson("api/meetings/series", Json.createObjectBuilder().add("network", SATAKUNTA)
                .add("title", "Vaihto " + slug).add("rrule", "FREQ=MONTHLY;BYDAY=1FR;COUNT=3").add("start", "2027-01-01T10:00").add("end", "2027-01-01T12:00")
                .add("hosts", Json.createArrayBuilder().add(ELY).add(PORI)).build());
        assertEquals(201, started.statusCode(), started.body());
        meetings = Http.jsonArray(Http.get(uri("api/meetings/series/" + Http.json(started).getInt("id") + "/meetings?from=2027-01-01T00:00")))
                .getValuesAs(JsonObject.class).stream().map(meeting -> meeting.getJsonNumber("id").longValue()).toList();
        assertEquals(List.of(ELY, PORI, ELY), hosts());
    }

    @Test
    void oneHostProposesTheOtherAcceptsAndTheMeetingsExchangeHosts() {
        HttpResponse<String> proposed = forEly.postJson("api/meetings/" + meetings.get(0) + "/swap-requests", with(meetings.get(1)));
        assertEquals(201, proposed.statusCode(), proposed.body());
        JsonObject request = Http.json(proposed);
        assertEquals("pending", request.getString("state"));
        assertEquals(ELY, request.getString("proposingHost"));
        assertEquals(1, Http.jsonArray(Http.get(uri("api/meetings/" + meetings.get(1) + "/swap-requests"))).size());
        assertRefused(409, "proposed already", forPori.postJson("api/meetings/" + meetings.get(1) + "/swap-requests", with(meetings.get(0))));

        String accept = "api/meetings/swap-requests/" + request.getInt("id") + "/accept";
        assertRefused(403, "other host", forEly.postJson(accept, Json.createObjectBuilder().build()));
        assertRefused(403, "other host", admin.postJson(accept, Json.createObjectBuilder().build()));
        HttpResponse<String> accepted = forPori.postJson(accept, Json.createObjectBuilder().build());
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals("accepted", Http.json(accepted).getString("state"));
        assertEquals(List.of(PORI, ELY, ELY), hosts(), "January and February exchanged hosts; March as before");
        assertRefused(409, "answered already", forPori.postJson(accept, Json.createObjectBuilder().build()));
    }

    @Test
    void aDeclinedSwapChangesNothingAndOneOverTakenByEventsIsRefused() {
        JsonObject first = Http.json(forPori.postJson("api/meetings/" + meetings.get(1) + "/swap-requests", with(meetings.get(0))));
        HttpResponse<String> declined = forEly.postJson("api/meetings/swap-requests/" + first.getInt("id") + "/decline", Json.createObjectBuilder().build());
        assertEquals("declined", Http.json(declined).getString("state"));
        assertEquals(List.of(ELY, PORI, ELY), hosts());

        JsonObject second = Http.json(forPori.postJson("api/meetings/" + meetings.get(1) + "/swap-requests", with(meetings.get(2))));
        assertEquals(200, admin.postJson("api/meetings/" + meetings.get(1) + "/swap", with(meetings.get(0))).statusCode(), "a coordinator decides");
        assertRefused(409, "changed", forEly.postJson("api/meetings/swap-requests/" + second.getInt("id") + "/accept", Json.createObjectBuilder().build()));

        HubSession nobody = HubSession.withBearerToken(base(), "jasen@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD);
        assertRefused(403, "people of the two hosts", nobody.postJson("api/meetings/" + meetings.get(0) + "/swap-requests", with(meetings.get(1))));
        assertRefused(422, "same host", forEly.postJson("api/meetings/" + meetings.get(1) + "/swap-requests", with(meetings.get(2))));
    }

    private HubSession accountFor(String person) {
        String email = "vaihtaja-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        HttpResponse<String> created = admin.postJson("api/admin/accounts", Json.createObjectBuilder().add("email", email).add("displayName", "Vaihtaja")
                .add("language", "fi").add("password", "vaihtajan-salasana-1").build());
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> linked = admin.putJson("api/admin/accounts/" + Http.json(created).getInt("id") + "/person",
                Json.createObjectBuilder().add("iri", person).build());
        assertEquals(200, linked.statusCode(), linked.body());
        return HubSession.withBearerToken(base(), email, "vaihtajan-salasana-1");
    }

    private List<String> hosts() {
        return meetings.stream().map(id -> Http.json(Http.get(uri("api/meetings/" + id))).getString("host")).toList();
    }

    private static JsonObject with(long meeting) {
        return Json.createObjectBuilder().add("with", meeting).build();
    }
}
