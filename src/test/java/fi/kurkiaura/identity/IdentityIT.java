package fi.kurkiaura.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.testing.ClientSideTest;
import fi.kurkiaura.testing.Http;
import fi.kurkiaura.testing.HubSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Logging in and out, sessions, bearer tokens, lockout, CSRF, security headers, the audit log. */
class IdentityIT extends ClientSideTest {

    static final String ADMIN = "admin@test.kurkiaura.fi";
    static final String ADMIN_PASSWORD = "bootstrap-admin-password";
    static final String COORDINATOR = "koordinaattori@demo.kurkiaura.fi";
    static final String MEMBER = "jasen@demo.kurkiaura.fi";

    @Test
    void aSessionLoginSetsASafeCookieAndLogoutEndsIt() {
        HubSession browser = HubSession.anonymous(base());
        HttpResponse<String> login = browser.login(COORDINATOR, HubSession.DEMO_PASSWORD);

        assertEquals(200, login.statusCode(), login.body());
        String cookie = login.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.startsWith("KURKIAURA_SESSION=") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
        assertFalse(login.body().contains("password"), login.body());
        JsonObject me = browser.whoAmI();
        assertTrue(me.getBoolean("authenticated"));
        assertTrue(me.getJsonArray("roles").toString().contains("coordinator"), me.toString());
        assertTrue(me.getJsonArray("grants").toString().contains("https://kurkiaura.fi/id/network/tyohame"), me.toString());

        assertEquals(204, browser.delete("api/session").statusCode());
        assertFalse(browser.whoAmI().getBoolean("authenticated"));
    }

    @Test
    void aWrongPasswordIs401AndLeavesATrace() {
        HttpResponse<String> wrong = HubSession.anonymous(base()).login(MEMBER, "not the password");

        assertEquals(401, wrong.statusCode());
        assertEquals("Wrong email or password", Http.json(wrong).getString("error"));
        assertEquals(401, HubSession.anonymous(base()).login("nobody@example.org", "whatever password").statusCode(),
                "an unknown email is answered the same way");
        HttpResponse<String> audit = admin().get("api/admin/audit?limit=50");
        assertTrue(audit.body().contains("\"action\":\"login.failed\""), audit.body());
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
        String email = newAccount("lukittava");
        for (int attempt = 1; attempt < 5; attempt++) {
            assertEquals(401, HubSession.anonymous(base()).login(email, "wrong password " + attempt).statusCode());
        }
        HttpResponse<String> fifth = HubSession.anonymous(base()).login(email, "wrong password 5");
        assertEquals(429, fifth.statusCode(), fifth.body());
        assertTrue(fifth.headers().firstValue("Retry-After").isPresent());

        HttpResponse<String> right = HubSession.anonymous(base()).login(email, "right password 123");
        assertEquals(429, right.statusCode());
        assertTrue(Http.json(right).getString("error").startsWith("Too many failed logins"));
        assertTrue(admin().get("api/admin/audit?limit=50").body().contains("\"action\":\"account.locked\""));
    }

    @Test
    void aCookieWriteNeedsTheSessionsCsrfToken() {
        HubSession coordinator = HubSession.loggedIn(base(), COORDINATOR, HubSession.DEMO_PASSWORD);
        String sheet = "id,name_sv\ntyohame-uravalmennus,Karriärvägledning\n";

        HttpResponse<String> noToken = coordinator.send(coordinator.request("api/graph/import/services")
                .header("Content-Type", "text/csv").POST(java.net.http.HttpRequest.BodyPublishers.ofString(sheet)), false);
        assertEquals(403, noToken.statusCode(), noToken.body());
        assertTrue(Http.json(noToken).getString("error").startsWith("Missing or wrong CSRF token"));

        HttpResponse<String> forged = coordinator.send(coordinator.request("api/graph/import/services").header("X-CSRF-Token", "forged")
                .header("Content-Type", "text/csv").POST(java.net.http.HttpRequest.BodyPublishers.ofString(sheet)), false);
        assertEquals(403, forged.statusCode());
        assertFalse(Http.get(URI.create(base + "api/graph/resource?iri=https%3A%2F%2Fkurkiaura.fi%2Fid%2Fservice%2Ftyohame-uravalmennus"))
                .body().contains("Karriärvägledning"), "nothing written");

        HttpResponse<String> withToken = coordinator.post("api/graph/import/services", "text/csv", sheet);
        assertEquals(200, withToken.statusCode(), withToken.body());
    }

    @Test
    void anApiClientUsesABearerTokenWithoutCookiesOrCsrf() {
        HubSession client = HubSession.withBearerToken(base(), COORDINATOR, HubSession.DEMO_PASSWORD);

        JsonObject me = client.whoAmI();
        assertTrue(me.getBoolean("authenticated"), me.toString());
        HttpResponse<String> tokens = client.get("api/me/tokens");
        assertEquals(200, tokens.statusCode());
        assertFalse(tokens.body().contains(client.bearerToken()), "secrets are never listed");

        assertEquals(204, client.delete("api/session").statusCode(), "logging out revokes the token");
        HttpResponse<String> revoked = client.get("api/me");
        assertEquals(401, revoked.statusCode());
        assertEquals("The bearer token is unknown, expired or revoked", Http.json(revoked).getString("error"));
    }

    @Test
    void aClientThatLogsInOftenNeverRunsOutOfTokens() {
        String email = newAccount("skripti");
        HubSession latest = null;
        for (int login = 0; login <= Tokens.MAX_API_TOKENS; login++) {
            latest = HubSession.withBearerToken(base(), email, "right password 123");
        }
        HttpResponse<String> tokens = latest.get("api/me/tokens");
        assertEquals(200, tokens.statusCode(), "the newest token works");
        assertEquals(Tokens.MAX_API_TOKENS, Http.jsonArray(tokens).size(), "the oldest made room");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : new String[] {"", "api/session", "id/place/forssa", "assets/app.js"}) {
            HttpResponse<String> response = Http.get(URI.create(base + path));
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"), path + ": " + csp);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""), path);
        }
    }

    private HubSession admin() {
        return HubSession.loggedIn(base(), ADMIN, ADMIN_PASSWORD);
    }

    /** A fresh account with the password "right password 123", created by the admin. */
    String newAccount(String name) {
        String email = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.kurkiaura.fi";
        HttpResponse<String> created = admin().postJson("api/admin/accounts", Json.createObjectBuilder()
                .add("email", email).add("displayName", name).add("language", "fi").add("password", "right password 123").build());
        assertEquals(201, created.statusCode(), created.body());
        return email;
    }
}
