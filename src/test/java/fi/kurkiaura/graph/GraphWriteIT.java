package fi.kurkiaura.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.testing.Http;
import fi.kurkiaura.testing.KurkiauraDeployment;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Writing the graph through REST: only coordinators and admins may, and an anonymous attempt changes nothing. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GraphWriteIT {

    private static final String NEW_SERVICE = "https://kurkiaura.fi/id/service/anonyymi-palvelu";
    private static final String TURTLE = GraphWritesTest.service("anonyymi-palvelu", "");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KurkiauraDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAnonymousCallerCannotWriteAndNothingChanges() {
        assertLoginRequired(Http.send(request("api/graph/resources").header("Content-Type", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofString(TURTLE))));
        assertLoginRequired(Http.send(request("api/graph/resource?iri=" + encode(NEW_SERVICE)).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString(TURTLE))));
        assertLoginRequired(Http.send(request("api/graph/resource?iri=" + encode("https://kurkiaura.fi/id/service/tyohame-uravalmennus")).DELETE()));
        assertLoginRequired(Http.send(request("api/graph/import").header("Content-Type", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofString(TURTLE))));
        assertLoginRequired(Http.send(request("api/graph/import/services").header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("id,name_fi\nx,X\n"))));

        assertEquals(404, Http.get(uri("api/graph/resource?iri=" + encode(NEW_SERVICE))).statusCode());
        assertEquals(200, Http.get(uri("api/graph/resource?iri=" + encode("https://kurkiaura.fi/id/service/tyohame-uravalmennus"))).statusCode());
    }

    @Test
    void anyoneMayExportThePublicGraphAsTriG() {
        HttpResponse<String> export = Http.get(uri("api/graph/export"));

        assertEquals(200, export.statusCode());
        assertTrue(export.headers().firstValue("Content-Type").orElse("").startsWith("application/trig"));
        assertTrue(export.headers().firstValue("Content-Disposition").orElse("").contains("-public.trig"));
        assertTrue(export.body().contains("tyohame-uravalmennus"));
        assertFalse(export.body().contains("graph/private"));
    }

    @Test
    void theRdfOfAResourceIsItsOwnDescriptionReadyToSendBack() {
        HttpResponse<String> turtle = Http.send(request("api/graph/resource?iri=" + encode("https://kurkiaura.fi/id/service/tyohame-uravalmennus"))
                .header("Accept", "text/turtle"));

        assertTrue(turtle.body().contains("channel-kind/paikan-paalla"), "with its channels: " + turtle.body());
        assertFalse(turtle.body().contains("Tavastehus"), "without the labels of the places it serves: " + turtle.body());
    }

    private static void assertLoginRequired(HttpResponse<String> response) {
        assertEquals(401, response.statusCode(), response.body());
        assertTrue(Http.json(response).getString("error").startsWith("Log in first"), response.body());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path));
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
