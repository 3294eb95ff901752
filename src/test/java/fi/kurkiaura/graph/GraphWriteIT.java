package fi.kurkiaura.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kurkiaura.testing.ClientSideTest;
import fi.kurkiaura.testing.Http;
import fi.kurkiaura.testing.HubSession;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Writing the graph through REST: only coordinators and admins may; a refused or invalid write changes nothing. */
class GraphWriteIT extends ClientSideTest {

    private static final String NEW_SERVICE = "https://kurkiaura.fi/id/service/anonyymi-palvelu";
    private static final String TURTLE = GraphWritesTest.service("anonyymi-palvelu", "");

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

    @Test
    void aCoordinatorCreatesReplacesAndDeletesAResource() {
        HubSession coordinator = HubSession.withBearerToken(base(), "koordinaattori@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD);
        String iri = "https://kurkiaura.fi/id/service/rest-palvelu";

        HttpResponse<String> created = coordinator.post("api/graph/resources", "text/turtle", GraphWritesTest.service("rest-palvelu", ""));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(iri, Http.json(created).getString("iri"));
        assertTrue(created.headers().firstValue("Location").orElse("").contains("api/graph/resource?iri="));

        HttpResponse<String> own = coordinator.send(coordinator.request("api/graph/resource?iri=" + encode(iri)).header("Accept", "text/turtle"), false);
        assertTrue(own.body().contains("wasAttributedTo"), own.body());
        String renamed = own.body().replace("Testipalvelu rest-palvelu", "Uusi nimi");
        HttpResponse<String> replaced = coordinator.send(coordinator.request("api/graph/resource?iri=" + encode(iri))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString(renamed)), false);
        assertEquals(204, replaced.statusCode(), replaced.body());
        assertTrue(Http.get(uri("api/graph/resource?iri=" + encode(iri))).body().contains("Uusi nimi"));

        assertEquals(204, coordinator.delete("api/graph/resource?iri=" + encode(iri)).statusCode());
        assertEquals(404, Http.get(uri("api/graph/resource?iri=" + encode(iri))).statusCode());
    }

    @Test
    void invalidDataIsRefusedWithAReportAndNothingIsWritten() {
        HubSession coordinator = HubSession.withBearerToken(base(), "koordinaattori@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD);

        HttpResponse<String> broken = coordinator.post("api/graph/resources", "text/turtle",
                GraphWritesTest.service("rikottu", "").replace("schema:provider n:tyohame ;", ""));
        assertEquals(422, broken.statusCode(), broken.body());
        JsonObject violation = Http.json(broken).getJsonArray("violations").getJsonObject(0);
        assertEquals("https://kurkiaura.fi/id/service/rikottu", violation.getString("focusNode"));
        assertEquals("https://schema.org/provider", violation.getString("path"));
        assertTrue(violation.getString("message").startsWith("A service has a provider"));

        HttpResponse<String> unreadable = coordinator.post("api/graph/resources", "text/turtle", "<a> <b> .");
        assertEquals(400, unreadable.statusCode());
        assertTrue(Http.json(unreadable).getString("error").startsWith("Not valid Turtle"), unreadable.body());
        assertEquals(415, coordinator.post("api/graph/resources", "application/xml", "<rdf/>").statusCode());

        HttpResponse<String> sheet = coordinator.post("api/graph/import/services", "text/csv",
                "id,name_fi,description_fi,provider,target_groups,service_classes,area\nkelpo,Kelpo,Kuvaus.,tyohame,nuoret,tyonhaku,forssa\nhuono,Huono,,tyohame,nuoret,tyonhaku,forssa\n");
        assertEquals(422, sheet.statusCode(), sheet.body());
        assertFalse(Http.json(sheet).getBoolean("written"));
        assertEquals(404, Http.get(uri("api/graph/resource?iri=" + encode("https://kurkiaura.fi/id/service/kelpo"))).statusCode());
    }

    @Test
    void aMemberMayNotWriteAndACoordinatorsExportHasThePrivateGraph() {
        HubSession member = HubSession.withBearerToken(base(), "jasen@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD);
        HttpResponse<String> refused = member.post("api/graph/resources", "text/turtle", TURTLE);
        assertEquals(403, refused.statusCode());
        assertTrue(Http.json(refused).getString("error").startsWith("Not allowed"));

        HubSession coordinator = HubSession.withBearerToken(base(), "koordinaattori@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD);
        HttpResponse<String> imported = coordinator.post("api/graph/import", "application/ld+json", """
                {"@id": "https://kurkiaura.fi/id/person/yhteyshenkilo", "@type": "http://xmlns.com/foaf/0.1/Person",
                 "http://xmlns.com/foaf/0.1/name": "Yhteys Henkilö", "https://kurkiaura.fi/ontology#listed": true,
                 "http://xmlns.com/foaf/0.1/mbox": {"@id": "mailto:yhteys@example.org"}}""");
        assertEquals(200, imported.statusCode(), imported.body());
        assertFalse(Http.get(uri("api/graph/export")).body().contains("yhteys@example.org"));
        HttpResponse<String> full = coordinator.get("api/graph/export");
        assertTrue(full.headers().firstValue("Content-Disposition").orElse("").contains("-full.trig"));
        assertTrue(full.body().contains("mailto:yhteys@example.org") && full.body().contains("graph/private"), full.body().length() + " chars");
    }

    @Test
    void aPersonsContactDetailsAreShownToLoggedInMembersOnly() {
        HubSession coordinator = HubSession.withBearerToken(base(), "koordinaattori@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD);
        assertEquals(200, coordinator.post("api/graph/import", "text/turtle", """
                <https://kurkiaura.fi/id/person/nakyva> a <http://xmlns.com/foaf/0.1/Person> ; <http://xmlns.com/foaf/0.1/name> "Näkyvä Henkilö" ;
                    <https://kurkiaura.fi/ontology#listed> true ; <http://www.w3.org/2006/vcard/ns#hasTelephone> <tel:+358401234567> .
                """).statusCode());
        String resource = "api/graph/resource?iri=" + encode("https://kurkiaura.fi/id/person/nakyva");

        assertFalse(Http.get(uri(resource)).body().contains("tel:+358401234567"), "anonymous");
        assertFalse(Http.get(uri("sparql?query=" + encode("SELECT * WHERE { ?s ?p <tel:+358401234567> }"))).body().contains("nakyva"), "SPARQL");
        HubSession member = HubSession.withBearerToken(base(), "jasen@demo.kurkiaura.fi", HubSession.DEMO_PASSWORD);
        assertTrue(member.get(resource).body().contains("tel:+358401234567"), "a member, JSON");
        assertTrue(member.send(member.request("id/person/nakyva").header("Accept", "text/turtle"), false).body().contains("tel:+358401234567"),
                "a member, the dereferenced IRI");
    }

    private static void assertLoginRequired(HttpResponse<String> response) {
        assertEquals(401, response.statusCode(), response.body());
        assertTrue(Http.json(response).getString("error").startsWith("Log in first"), response.body());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
