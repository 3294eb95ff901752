package fi.kurkiaura.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.testing.Http;
import fi.kurkiaura.testing.KurkiauraDeployment;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The REST API as a client sees it: JSON answers, JSON errors, health and the API description. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestApiIT {

    private static final URI READINESS = URI.create("http://127.0.0.1:9990/health/ready");
    private static final URI METRICS = URI.create("http://127.0.0.1:9990/metrics");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KurkiauraDeployment.war().addClasses(JsonProbeResource.class, JsonProbeResource.Greeting.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void theGraphSummaryCountsTheSeededSources() {
        HttpResponse<String> response = Http.get(uri("api/graph/summary"));
        assertEquals(200, response.statusCode());
        JsonObject summary = Http.json(response);
        assertTrue(summary.getJsonNumber("triples").longValue() >= 25, response.body());
        assertTrue(summary.getJsonArray("types").getValuesAs(JsonObject.class).stream()
                .anyMatch(type -> type.getString("type").equals("http://purl.org/dc/terms/BibliographicResource")
                        && type.getJsonNumber("resources").longValue() == 5), response.body());
    }

    @Test
    void anUnknownPathIsAJson404() {
        HttpResponse<String> response = Http.get(uri("api/no/such/thing"));
        assertJsonError(response, 404, "No such resource: GET /api/no/such/thing");
    }

    @Test
    void malformedJsonIsAJson400() {
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(uri("api/test-probe"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": ")));
        assertJsonError(response, 400, "Malformed request body");
    }

    @Test
    void wellFormedJsonPassesThroughTheSameResource() {
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(uri("api/test-probe"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"hei\"}")));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("hei", Http.json(response).getString("text"));
    }

    @Test
    void anUnexpectedErrorIsAJson500WithAReferenceAndNoInternals() {
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(uri("api/test-probe/fail"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertJsonError(response, 500, "Internal error; reference ");
        assertFalse(response.body().contains("internal detail"), response.body());
    }

    @Test
    void aWrongMethodIsAJson405() {
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(uri("api/graph/summary"))
                .DELETE());
        assertJsonError(response, 405, "Method Not Allowed");
    }

    @Test
    void anUnsupportedLanguageIsAJson404() {
        assertJsonError(Http.get(uri("api/i18n/de")), 404, "Unsupported language 'de'");
    }

    @Test
    void theMessageBundlesAreServedPerLanguage() {
        HttpResponse<String> response = Http.get(uri("api/i18n/sv"));
        assertEquals(200, response.statusCode());
        assertEquals("Katalog", Http.json(response).getString("nav.directory"));
    }

    @Test
    void readinessIsUpWithTheGraphStoreAndTheDatabase() {
        HttpResponse<String> response = Http.get(READINESS);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = Http.json(response);
        assertEquals("UP", health.getString("status"));
        for (String check : new String[] {"graph-store", "database"}) {
            assertTrue(health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                    .anyMatch(c -> c.getString("name").equals(check) && c.getString("status").equals("UP")), response.body());
        }
    }

    @Test
    void metricsAreServedForPrometheusIncludingTheDatabasePool() {
        HttpResponse<String> response = Http.get(METRICS);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("datasources_pool_in_use_count"), "datasource pool metrics");
        assertTrue(response.body().contains("jvm_memory_used_bytes"), "JVM metrics");
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(uri("openapi?format=JSON")).GET());
        assertEquals(200, response.statusCode());
        JsonObject paths = Http.json(response).getJsonObject("paths");
        assertTrue(paths.containsKey("/api/graph/summary"), response.body());
        assertTrue(paths.containsKey("/api/i18n/{lang}"), response.body());
    }

    private URI uri(String path) {
        return URI.create(base.toExternalForm()).resolve(path);
    }

    private static void assertJsonError(HttpResponse<String> response, int status, String messageStart) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), response.headers().toString());
        String error = Http.json(response).getString("error");
        assertTrue(error.startsWith(messageStart), error);
        assertFalse(error.contains("Exception"), "no internals in the message: " + error);
    }
}
