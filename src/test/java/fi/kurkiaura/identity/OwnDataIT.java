package fi.kurkiaura.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.testing.ClientSideTest;
import fi.kurkiaura.testing.Http;
import fi.kurkiaura.testing.HubSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What users do with their own account: profile, password, download of their data, deletion. */
class OwnDataIT extends ClientSideTest {

    private static final String PASSWORD = "right password 123";

    @Test
    void aUserChangesTheirProfileAndPassword() {
        String email = newAccount();
        HubSession user = HubSession.loggedIn(base(), email, PASSWORD);

        HttpResponse<String> changed = user.putJson("api/me", Json.createObjectBuilder().add("language", "sv").add("displayName", "Ny Namn").build());
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals("sv", Http.json(changed).getString("language"));
        assertEquals(400, user.putJson("api/me", Json.createObjectBuilder().add("language", "de").build()).statusCode());

        JsonObject wrongCurrent = Json.createObjectBuilder().add("currentPassword", "not it at all").add("newPassword", "a new password 456").build();
        assertEquals(403, user.putJson("api/me/password", wrongCurrent).statusCode());
        JsonObject tooShort = Json.createObjectBuilder().add("currentPassword", PASSWORD).add("newPassword", "short").build();
        assertEquals(400, user.putJson("api/me/password", tooShort).statusCode());
        JsonObject right = Json.createObjectBuilder().add("currentPassword", PASSWORD).add("newPassword", "a new password 456").build();
        assertEquals(204, user.putJson("api/me/password", right).statusCode());

        assertEquals(401, HubSession.anonymous(base()).login(email, PASSWORD).statusCode());
        assertEquals(200, HubSession.anonymous(base()).login(email, "a new password 456").statusCode());
    }

    @Test
    void aUserDownloadsEverythingHeldAboutThemAndDeletesTheirAccount() {
        String email = newAccount();
        HubSession user = HubSession.loggedIn(base(), email, PASSWORD);

        HttpResponse<String> export = user.get("api/me/export");
        assertEquals(200, export.statusCode());
        assertTrue(export.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        JsonObject data = Http.json(export);
        assertEquals(email, data.getJsonObject("account").getString("email"));
        assertTrue(data.getJsonArray("securityEvents").toString().contains("\"action\":\"login\""), data.toString());
        assertTrue(!export.body().contains("passwordHash") && !export.body().contains("PBKDF2"), "never the password hash");

        HttpResponse<String> unconfirmed = user.send(user.request("api/me").header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString("{\"password\": \"wrong one here\"}")), true);
        assertEquals(403, unconfirmed.statusCode());
        HttpResponse<String> deleted = user.send(user.request("api/me").header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString("{\"password\": \"" + PASSWORD + "\"}")), true);
        assertEquals(204, deleted.statusCode(), deleted.body());

        assertEquals(401, user.get("api/me").statusCode(), "the session ended with the account");
        assertEquals(401, HubSession.anonymous(base()).login(email, PASSWORD).statusCode());
    }

    private String newAccount() {
        String email = "oma-" + UUID.randomUUID().toString().substring(0, 8) + "@test.kurkiaura.fi";
        HttpResponse<String> created = HubSession.loggedIn(base(), IdentityIT.ADMIN, IdentityIT.ADMIN_PASSWORD).postJson("api/admin/accounts",
                Json.createObjectBuilder().add("email", email).add("displayName", "Oma Testi").add("language", "fi").add("password", PASSWORD).build());
        assertEquals(201, created.statusCode(), created.body());
        return email;
    }
}
