package fi.kurkiaura.coordination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.testing.Http;
import fi.kurkiaura.testing.HubSession;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** What the coordination tests do over HTTP besides the plain calls: PATCH, SPARQL, refusals. */
final class MeetingsApi {

    static final String SATAKUNTA = "https://kurkiaura.fi/id/network/satakunnan-hankeyhteistyo";
    static final String ORGANISATION = "https://kurkiaura.fi/id/organisation/";
    static final String ELY = ORGANISATION + "satakunnan-ely-keskus";

    private MeetingsApi() {
    }

    static HttpResponse<String> patch(HubSession session, String path, JsonObject change) {
        return session.send(session.request(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(change.toString())), true);
    }

    /** The bindings of a SELECT on the hub's public SPARQL endpoint. */
    static List<JsonObject> select(URI base, String query) {
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(URI.create(base + "sparql?query=" + encode(query)))
                .header("Accept", "application/sparql-results+json"));
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response).getJsonObject("results").getJsonArray("bindings").getValuesAs(JsonObject.class);
    }

    static String value(JsonObject binding, String variable) {
        return binding.getJsonObject(variable).getString("value");
    }

    /** A refusal: the status, and a JSON error that gives the reason. */
    static void assertRefused(int status, String reason, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(Http.json(response).getString("error").contains(reason), response.body());
    }

    /** A property that JSON-B leaves out when it is null. */
    static String text(JsonObject object, String name) {
        return object.containsKey(name) && !object.isNull(name) ? object.getString(name) : null;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
