package fi.kurkiaura.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.testing.Http;
import fi.kurkiaura.testing.KurkiauraDeployment;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The directory over the seeded network: search, one resource, dereferenceable IRIs, who does what. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DirectoryIT {

    private static final String YOUTH_SERVICE_IN_FORSSA = "https://kurkiaura.fi/id/service/tyohame-tyollistymisen-tuki";
    private static final String SERVICE_IN_KOKEMAKI = "https://kurkiaura.fi/id/service/kokemaki-kontaktointipaivat";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KurkiauraDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void findsServicesByMunicipalityIncludingRegionWideOnes() {
        JsonObject page = json("api/graph/resources?kind=service&municipality=forssa&limit=200");
        assertTrue(page.getJsonNumber("total").longValue() > 10, page.toString());
        List<JsonObject> entries = page.getJsonArray("entries").getValuesAs(JsonObject.class);
        assertTrue(entries.stream().allMatch(entry -> entry.getString("kind").equals("service")));
        assertTrue(iris(entries).contains(YOUTH_SERVICE_IN_FORSSA), page.toString());
        assertFalse(iris(entries).contains(SERVICE_IN_KOKEMAKI), page.toString());
    }

    @Test
    void findsByTextAndAnswersInTheAskedLanguage() {
        JsonObject page = json("api/graph/resources?kind=place&q=" + encode("Tavastehus") + "&lang=sv");
        JsonObject first = page.getJsonArray("entries").getJsonObject(0);
        assertEquals("https://kurkiaura.fi/id/place/hameenlinna", first.getString("iri"));
        assertEquals("Tavastehus", first.getString("label"));
    }

    @Test
    void treatsSearchTextAsTextNotAsQuery() {
        HttpResponse<String> response = Http.get(uri("api/graph/resources?q=" + encode("\") } DROP ALL #")));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(0, Http.json(response).getJsonNumber("total").longValue());
    }

    @Test
    void refusesUnknownKindsPlacesAndLanguages() {
        assertError(Http.get(uri("api/graph/resources?kind=dragon")), 400, "Unknown kind 'dragon'");
        assertError(Http.get(uri("api/graph/resources?municipality=atlantis")), 400, "Unknown municipality 'atlantis'");
        assertError(Http.get(uri("api/graph/resources?lang=de")), 400, "Unsupported language 'de'");
        assertError(Http.get(uri("api/graph/who-does-what")), 400, "Ask about at least one");
    }

    @Test
    void describesOneResourceAsJsonOrRdf() {
        JsonObject place = json("api/graph/resource?iri=" + encode("https://kurkiaura.fi/id/place/hameenlinna") + "&lang=sv");
        assertEquals("Tavastehus", place.getString("label"));
        assertTrue(place.getJsonObject("properties").containsKey("https://schema.org/containedInPlace"), place.toString());

        HttpResponse<String> turtle = Http.send(HttpRequest.newBuilder(uri("api/graph/resource?iri=" + encode("https://kurkiaura.fi/id/place/hameenlinna")))
                .header("Accept", "text/turtle"));
        assertTrue(turtle.body().contains("\"Tavastehus\"@sv"), turtle.body());

        assertError(Http.get(uri("api/graph/resource?iri=" + encode("https://kurkiaura.fi/id/place/atlantis"))), 404, "The graph has no resource");
        assertError(Http.get(uri("api/graph/resource?iri=" + encode("not an iri"))), 400, "Not a");
        assertError(Http.get(uri("api/graph/resource?iri=" + encode("https://kurkiaura.fi/x> ?p ?o } #"))), 400, "Not a valid IRI");
        assertError(Http.get(uri("api/graph/resources?municipality=" + encode("https://kurkiaura.fi/id/place/for ssa"))), 400, "Not a valid IRI");
    }

    @Test
    void dereferencesResourceIrisAsHtmlOrRdf() {
        HttpResponse<String> html = Http.send(HttpRequest.newBuilder(uri("id/place/hameenlinna")).header("Accept", "text/html"));
        assertEquals(200, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(html.body().contains("<h1>Hämeenlinna</h1>"), html.body());

        HttpResponse<String> jsonLd = Http.send(HttpRequest.newBuilder(uri("id/place/hameenlinna")).header("Accept", "application/ld+json"));
        assertTrue(jsonLd.body().contains("Tavastehus"), jsonLd.body());

        assertEquals(404, Http.get(uri("id/place/atlantis")).statusCode());
        assertEquals(404, Http.get(uri("id/..%2F..%2Fetc")).statusCode());
    }

    @Test
    void saysWhoDoesWhatForWhomWhereAndWhy() {
        JsonObject answer = json("api/graph/who-does-what?targetGroup=nuoret&municipality=forssa");
        assertFalse(answer.getBoolean("truncated"), answer.toString());
        List<JsonObject> results = answer.getJsonArray("results").getValuesAs(JsonObject.class);
        JsonObject youthService = results.stream().filter(result -> result.getString("iri").equals(YOUTH_SERVICE_IN_FORSSA))
                .findFirst().orElseThrow(() -> new AssertionError(answer.toString()));
        assertEquals(List.of("kohderyhmä: nuoret", "alue: Forssa"), youthService.getJsonArray("why").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertFalse(iris(results).contains(SERVICE_IN_KOKEMAKI));
        assertTrue(results.stream().anyMatch(result -> List.of("organisation", "unit", "network").contains(result.getString("kind"))),
                "the providers of matching services are answers too");

        HttpResponse<String> csv = Http.send(HttpRequest.newBuilder(uri("api/graph/who-does-what?targetGroup=nuoret&municipality=forssa"))
                .header("Accept", "text/csv"));
        assertTrue(csv.body().startsWith("iri,kind,label,why\r\n\"https://kurkiaura.fi/id/"), csv.body());
    }

    @Test
    void answersTheCoordinatorsStandingQuestions() {
        List<JsonObject> ending = array("api/graph/reports/projects-ending?from=2023-06-01&months=7");
        assertTrue(ending.stream().map(project -> project.getString("date")).allMatch(date -> date.compareTo("2023-06-01") >= 0
                && date.compareTo("2024-01-01") < 0), ending.toString());
        assertFalse(ending.isEmpty(), "a project of the seed ends on 2023-12-31");

        List<String> quietEarly2022 = iris(array("api/graph/reports/quiet-actors?until=2022-01-31&months=3"));
        assertFalse(quietEarly2022.contains("https://kurkiaura.fi/id/organisation/satakunnan-ely-keskus"), "organised the final seminar in January 2022");
        assertTrue(iris(array("api/graph/reports/quiet-actors?until=2026-11-01&months=12"))
                .contains("https://kurkiaura.fi/id/organisation/satakunnan-ely-keskus"));

        List<String> uncovered = iris(array("api/graph/reports/uncovered-municipalities?targetGroup=nuoret"));
        assertFalse(uncovered.contains("https://kurkiaura.fi/id/place/forssa"), uncovered.toString());

        List<JsonObject> coverage = array("api/graph/reports/coverage");
        assertTrue(coverage.stream().anyMatch(cell -> cell.getString("targetGroup").endsWith("/nuoret")
                && cell.getString("municipality").endsWith("/forssa") && cell.getJsonNumber("services").longValue() > 0));
        assertTrue(coverage.stream().anyMatch(cell -> cell.getJsonNumber("services").longValue() == 0), "gaps are listed too");

        assertError(Http.get(uri("api/graph/reports/projects-ending?from=yesterday")), 400, "Not a date");
        assertError(Http.get(uri("api/graph/reports/quiet-actors?months=0")), 400, "months is between 1 and 120");
        assertError(Http.get(uri("api/graph/reports/uncovered-municipalities")), 400, "Name the target group");
    }

    private List<JsonObject> array(String path) {
        HttpResponse<String> response = Http.get(uri(path));
        assertEquals(200, response.statusCode(), response.body());
        return jakarta.json.Json.createReader(new java.io.StringReader(response.body())).readArray().getValuesAs(JsonObject.class);
    }

    private JsonObject json(String path) {
        HttpResponse<String> response = Http.get(uri(path));
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response);
    }

    private URI uri(String path) {
        return URI.create(base.toExternalForm()).resolve(path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<String> iris(List<JsonObject> entries) {
        return entries.stream().map(entry -> entry.getString("iri")).toList();
    }

    private static void assertError(HttpResponse<String> response, int status, String messageStart) {
        assertEquals(status, response.statusCode(), response.body());
        String error = Http.json(response).getString("error");
        assertTrue(error.startsWith(messageStart), error);
    }
}
