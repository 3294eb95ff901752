package fi.kurkiaura.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.testing.ClientSideTest;
import fi.kurkiaura.testing.Http;
import fi.kurkiaura.testing.HubSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Invitation links from coordinators and admins: single use, scoped to what their creator may grant. */
class InvitationIT extends ClientSideTest {

    private static final String TYOHAME = "https://kurkiaura.fi/id/network/tyohame";

    private HubSession coordinator() {
        return HubSession.withBearerToken(base(), "koordinaattori@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD);
    }

    private static String secret(HttpResponse<String> created) {
        String link = Http.json(created).getString("link");
        assertTrue(link.contains("/#invitation/"), link);
        return link.substring(link.indexOf("#invitation/") + "#invitation/".length());
    }

    private static JsonObject newAccount(String secret) {
        return Json.createObjectBuilder().add("token", secret).add("email", "kutsuttu-" + UUID.randomUUID().toString().substring(0, 8) + "@test.kurkiaura.fi")
                .add("displayName", "Kutsuttu").add("language", "en").add("password", "invited password 1").build();
    }

    @Test
    void anInvitedPersonCreatesAnAccountOnceAndIsLoggedIn() {
        HttpResponse<String> created = coordinator().postJson("api/invitations", Json.createObjectBuilder().add("role", "member").build());
        assertEquals(201, created.statusCode(), created.body());
        String secret = secret(created);

        HubSession invited = HubSession.anonymous(base());
        HttpResponse<String> preview = invited.postJson("api/invitations/lookup", Json.createObjectBuilder().add("token", secret).build());
        assertEquals(200, preview.statusCode(), preview.body());
        assertEquals("member", Http.json(preview).getString("role"));
        assertEquals("Kaisa Koordinaattori", Http.json(preview).getString("invitedBy"));

        HttpResponse<String> accepted = invited.postJson("api/invitations/accept", newAccount(secret));
        assertEquals(201, accepted.statusCode(), accepted.body());
        assertEquals("en", Http.json(invited.get("api/me")).getString("language"), "logged in by the acceptance");

        HttpResponse<String> again = HubSession.anonymous(base()).postJson("api/invitations/accept", newAccount(secret));
        assertEquals(410, again.statusCode());
        assertTrue(Http.json(again).getString("error").startsWith("This invitation has been used already"));
        assertEquals(404, HubSession.anonymous(base()).postJson("api/invitations/lookup",
                Json.createObjectBuilder().add("token", "x".repeat(43)).build()).statusCode());
    }

    @Test
    void aCoordinatorInvitesCoordinatorsOnlyForWhatTheyCoordinate() {
        HttpResponse<String> own = coordinator().postJson("api/invitations",
                Json.createObjectBuilder().add("role", "coordinator").add("scope", TYOHAME).add("days", 3).build());
        assertEquals(201, own.statusCode(), own.body());
        HubSession invited = HubSession.anonymous(base());
        assertEquals(201, invited.postJson("api/invitations/accept", newAccount(secret(own))).statusCode());
        assertTrue(invited.whoAmI().getJsonArray("grants").toString().contains(TYOHAME));

        HttpResponse<String> other = coordinator().postJson("api/invitations",
                Json.createObjectBuilder().add("role", "coordinator").add("scope", "https://kurkiaura.fi/id/network/inka-satakunta").build());
        assertEquals(403, other.statusCode(), other.body());
        assertEquals(403, HubSession.withBearerToken(base(), "jasen@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD)
                .postJson("api/invitations", Json.createObjectBuilder().build()).statusCode(), "a member invites");
        assertEquals(400, coordinator().postJson("api/invitations", Json.createObjectBuilder().add("days", 90).build()).statusCode());
    }

    @Test
    void signUpWithoutAnInvitationIsClosedByDefault() {
        HttpResponse<String> refused = HubSession.anonymous(base()).postJson("api/accounts", newAccount("ignored"));
        assertEquals(403, refused.statusCode());
        assertTrue(Http.json(refused).getString("error").startsWith("Sign-up is closed"));
    }
}
