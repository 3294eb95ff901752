package fi.kurkiaura.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.testing.ClientSideTest;
import fi.kurkiaura.testing.Http;
import fi.kurkiaura.testing.HubSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each role trying what it must not do, and what it may; every refusal is a JSON 401 or 403. */
class AccessRulesIT extends ClientSideTest {

    private HubSession as(String who) {
        return who.equals("anonymous") ? HubSession.anonymous(base())
                : HubSession.withBearerToken(base(), who + "@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD);
    }

    @Test
    void onlyAdminsManageAccounts() {
        Map<String, Integer> expected = Map.of("anonymous", 401, "jasen", 403, "ohjaaja", 403, "koordinaattori", 403, "admin", 200);
        expected.forEach((who, status) -> assertStatus(status, as(who).get("api/admin/accounts"), who + " lists accounts"));

        long memberId = as("jasen").whoAmI().getJsonObject("account").getJsonNumber("id").longValue();
        JsonObject grant = Json.createObjectBuilder().add("role", "coordinator").add("scope", "https://kurkiaura.fi/id/network/tyohame").build();
        assertStatus(403, as("koordinaattori").postJson("api/admin/accounts/" + memberId + "/roles", grant), "a coordinator grants roles");
        assertTrue(!as("jasen").whoAmI().getJsonArray("roles").toString().contains("coordinator"), "nothing changed");

        HubSession admin = as("admin");
        long adminId = admin.whoAmI().getJsonObject("account").getJsonNumber("id").longValue();
        assertStatus(409, admin.delete("api/admin/accounts/" + adminId + "/roles/admin"), "an admin revokes their own admin role");
        assertStatus(409, admin.delete("api/admin/accounts/" + adminId), "an admin deletes their own account here");
        assertStatus(400, admin.postJson("api/admin/accounts/" + memberId + "/roles", Json.createObjectBuilder().add("role", "emperor").build()), "an unknown role");

        JsonObject person = Json.createObjectBuilder().add("iri", "https://kurkiaura.fi/id/person/sara-medlem").build();
        assertStatus(403, as("jasen").putJson("api/admin/accounts/" + memberId + "/person", person), "a member links themselves to a person");
        assertStatus(200, admin.putJson("api/admin/accounts/" + memberId + "/person", person), "an admin links an account to a person");
        assertEquals("https://kurkiaura.fi/id/person/sara-medlem", as("jasen").whoAmI().getJsonObject("account").getString("personIri"));
        assertStatus(400, admin.putJson("api/admin/accounts/" + memberId + "/person", Json.createObjectBuilder().add("iri", "not an iri").build()), "a bad IRI");
    }

    @Test
    void onlyCoordinatorsAndAdminsWriteTheGraph() {
        String turtle = "<https://kurkiaura.fi/id/service/x> a <https://schema.org/Service> .";
        Map<String, Integer> expected = Map.of("anonymous", 401, "jasen", 403, "ohjaaja", 403);
        expected.forEach((who, status) -> assertStatus(status, as(who).post("api/graph/resources", "text/turtle", turtle), who + " writes the graph"));
        assertStatus(422, as("admin").post("api/graph/resources", "text/turtle", turtle), "an admin passes the rules, the shapes refuse the data");
    }

    @Test
    void everyoneReadsThePublicGraphAndOnlyMembersHaveAProfile() {
        for (String who : new String[] {"anonymous", "jasen", "koordinaattori"}) {
            assertStatus(200, as(who).get("api/graph/resources?kind=service&limit=1"), who + " searches the graph");
        }
        assertStatus(401, as("anonymous").get("api/me"), "anonymous reads a profile");
        assertStatus(401, as("anonymous").post("api/session/websocket-ticket", "application/json", "{}"), "anonymous asks for a WebSocket ticket");
    }

    @Test
    void aTokenOfAnotherAccountCannotBeRevoked() {
        HubSession member = as("jasen");
        HttpResponse<String> token = member.postJson("api/me/tokens", Json.createObjectBuilder().add("name", "skripti").add("days", 7).build());
        assertEquals(201, token.statusCode(), token.body());
        long tokenId = Http.json(token).getJsonNumber("id").longValue();

        assertStatus(403, as("koordinaattori").delete("api/me/tokens/" + tokenId), "someone else's token");
        assertStatus(204, member.delete("api/me/tokens/" + tokenId), "one's own token");
    }

    private static void assertStatus(int expected, HttpResponse<String> response, String what) {
        assertEquals(expected, response.statusCode(), what + ": " + response.body());
        if (expected >= 400) {
            assertTrue(Http.json(response).containsKey("error"), what + ": a JSON reason");
        }
    }
}
