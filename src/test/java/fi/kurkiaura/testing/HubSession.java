package fi.kurkiaura.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A client of the hub with its own cookies, as one browser: it logs in, keeps the session cookie
 * and sends the CSRF token with every request that changes something (unless told not to), or
 * calls with a bearer token like an API client.
 */
public final class HubSession {

    /** The demo accounts' password (README). */
    public static final String DEMO_PASSWORD = "kurkiaura-demo";

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5)).build();
    private String csrfToken;
    private String bearerToken;

    private HubSession(URI base) {
        this.base = base;
    }

    public static HubSession anonymous(URI base) {
        return new HubSession(base);
    }

    /** Logged in with a session cookie; fails the test if the login does not succeed. */
    public static HubSession loggedIn(URI base, String email, String password) {
        HubSession session = new HubSession(base);
        HttpResponse<String> login = session.login(email, password);
        if (login.statusCode() != 200) {
            throw new AssertionError("Login of " + email + " failed: " + login.statusCode() + " " + login.body());
        }
        return session;
    }

    /** Logged in as an API client with a bearer token and no cookies. */
    public static HubSession withBearerToken(URI base, String email, String password) {
        HubSession session = new HubSession(base);
        HttpResponse<String> login = session.send(session.request("api/session").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("email", email).add("password", password)
                        .add("bearer", true).build().toString())), false);
        if (login.statusCode() != 200) {
            throw new AssertionError("Bearer login of " + email + " failed: " + login.statusCode() + " " + login.body());
        }
        session.bearerToken = Http.json(login).getString("bearerToken");
        return session;
    }

    public HttpResponse<String> login(String email, String password) {
        HttpResponse<String> login = postJson("api/session", Json.createObjectBuilder().add("email", email).add("password", password).build());
        if (login.statusCode() == 200) {
            csrfToken = Http.json(login).getString("csrfToken");
        }
        return login;
    }

    public JsonObject whoAmI() {
        return Http.json(get("api/session"));
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET(), false);
    }

    public HttpResponse<String> postJson(String path, JsonObject body) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString())), true);
    }

    public HttpResponse<String> putJson(String path, JsonObject body) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body.toString())), true);
    }

    public HttpResponse<String> post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)), true);
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE(), true);
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        return request;
    }

    /** Sends a request with this session's cookies; {@code withCsrfToken} adds the session's token. */
    public HttpResponse<String> send(HttpRequest.Builder request, boolean withCsrfToken) {
        if (withCsrfToken && csrfToken != null) {
            request.header("X-CSRF-Token", csrfToken);
        }
        return Http.send(client, request);
    }

    public String bearerToken() {
        return bearerToken;
    }
}
