package fi.kurkiaura.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.testing.Http;
import fi.kurkiaura.testing.KurkiauraDeployment;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.apache.jena.update.UpdateFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The SPARQL 1.1 Protocol endpoint: formats, read-only, time limit, public graph only. */
@ExtendWith(ArquillianExtension.class)
class SparqlEndpointIT {

    private static final String MUNICIPALITIES = """
            PREFIX ku: <https://kurkiaura.fi/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?place ?name WHERE { ?place a ku:Municipality ; rdfs:label ?name FILTER(lang(?name) = "sv") } ORDER BY ?name""";

    @Deployment
    static WebArchive deployment() {
        return KurkiauraDeployment.war().addClasses(SparqlEndpointIT.class, Http.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    GraphStore store;

    @Test
    @RunAsClient
    void answersSelectByGetAsSparqlJsonByDefault() {
        HttpResponse<String> response = Http.get(query(MUNICIPALITIES));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/sparql-results+json"));
        assertTrue(Http.json(response).getJsonObject("results").getJsonArray("bindings").getValuesAs(JsonObject.class).stream()
                .anyMatch(row -> row.getJsonObject("name").getString("value").equals("Tavastehus")), response.body());
    }

    @Test
    @RunAsClient
    void answersInTheFormatTheClientAccepts() {
        HttpResponse<String> csv = Http.send(HttpRequest.newBuilder(query(MUNICIPALITIES)).header("Accept", "text/csv"));
        assertTrue(csv.body().startsWith("place,name"), csv.body());

        HttpResponse<String> xml = Http.send(HttpRequest.newBuilder(endpoint())
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+xml;q=0.9, text/html;q=0.1")
                .POST(HttpRequest.BodyPublishers.ofString(MUNICIPALITIES)));
        assertEquals(200, xml.statusCode(), xml.body());
        assertTrue(xml.body().contains("<sparql"), xml.body());

        HttpResponse<String> form = Http.send(HttpRequest.newBuilder(endpoint())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/tab-separated-values")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(MUNICIPALITIES, StandardCharsets.UTF_8))));
        assertTrue(form.body().startsWith("?place\t?name"), form.body());
    }

    @Test
    @RunAsClient
    void answersConstructAsTurtleOrJsonLd() {
        String construct = "CONSTRUCT { ?p ?q ?o } WHERE { ?p ?q ?o FILTER(?p = <https://kurkiaura.fi/id/place/hameenlinna>) }";
        HttpResponse<String> turtle = Http.send(HttpRequest.newBuilder(query(construct)).header("Accept", "text/turtle"));
        assertEquals(200, turtle.statusCode(), turtle.body());
        assertTrue(turtle.body().contains("Tavastehus"), turtle.body());

        HttpResponse<String> jsonLd = Http.send(HttpRequest.newBuilder(query(construct)).header("Accept", "application/ld+json"));
        assertTrue(jsonLd.headers().firstValue("Content-Type").orElseThrow().startsWith("application/ld+json"));
        assertTrue(jsonLd.body().contains("Tavastehus"), jsonLd.body());
    }

    @Test
    @RunAsClient
    void refusesUpdatesAndBadQueriesWithJsonErrors() {
        assertError(Http.get(query("INSERT DATA { <urn:a> <urn:b> <urn:c> }")), 400, "This endpoint is read-only");
        assertError(Http.send(HttpRequest.newBuilder(endpoint()).header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP ALL"))), 400, "This endpoint is read-only");
        assertError(Http.get(query("SELECT WHERE {")), 400, "Not a valid SPARQL query");
        assertError(Http.get(endpoint()), 400, "No query");
        assertError(Http.send(HttpRequest.newBuilder(query(MUNICIPALITIES)).header("Accept", "text/turtle")), 406, "None of the accepted");
    }

    @Test
    @RunAsClient
    void stopsARunawayQueryAtTheTimeLimitAndKeepsServing() {
        Instant start = Instant.now();
        HttpResponse<String> runaway = Http.get(query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"));
        assertError(runaway, 503, "The query ran longer than the 2 s time limit");
        assertTrue(Duration.between(start, Instant.now()).toSeconds() < 15, "stopped near the limit, not after the whole join");

        assertEquals(200, Http.get(query(MUNICIPALITIES)).statusCode(), "the server answers the next query");
    }

    @Test
    void showsNoNamedGraphToTheQuery() {
        String privateGraph = "https://kurkiaura.fi/id/graph/private";
        store.update(UpdateFactory.create(
                "INSERT DATA { GRAPH <" + privateGraph + "> { <urn:kurkiaura:test:secret> <http://www.w3.org/2000/01/rdf-schema#label> \"salainen\" } }"));

        HttpResponse<String> named = Http.get(query("SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } }"));
        assertEquals(0, Http.json(named).getJsonObject("results").getJsonArray("bindings").size(), named.body());
        HttpResponse<String> fromNamed = Http.get(query("SELECT ?s FROM NAMED <" + privateGraph + "> WHERE { GRAPH ?g { ?s ?p ?o } }"));
        assertEquals(0, Http.json(fromNamed).getJsonObject("results").getJsonArray("bindings").size(), fromNamed.body());
        HttpResponse<String> secret = Http.get(query("ASK { ?s ?p \"salainen\" }"));
        assertTrue(secret.body().contains("false"), secret.body());
    }

    private URI endpoint() {
        return URI.create(base.toExternalForm()).resolve("/sparql");
    }

    private URI query(String sparql) {
        return URI.create(endpoint() + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8));
    }

    private static void assertError(HttpResponse<String> response, int status, String messageStart) {
        assertEquals(status, response.statusCode(), response.body());
        String error = Http.json(response).getString("error");
        assertTrue(error.startsWith(messageStart), error);
    }
}
