package fi.kurkiaura.graph;

import static fi.kurkiaura.testing.Turtle.PREFIXES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class GraphWritesTest extends SeededStoreTest {

    static String service(String slug, String extra) {
        return PREFIXES + """
                s:%s a schema:Service ;
                    rdfs:label "Testipalvelu %s"@fi ;
                    dcterms:description "Palvelu, jota testi kirjoittaa."@fi ;
                    schema:provider n:tyohame ;
                    schema:audience tg:nuoret ;
                    schema:areaServed pl:forssa ;
                    ku:serviceClass sc:tyonhaku ;
                    dcterms:modified "1999-01-01T00:00:00Z"^^xsd:dateTime ;
                    schema:availableChannel [ ku:channelKind ch:verkko ; schema:serviceUrl <https://example.org/%s> ] %s .
                """.formatted(slug, slug, slug, extra);
    }

    static Graph turtle(String text) {
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.TURTLE).base(Directory.ID).parse(parsed);
        return parsed;
    }

    @Test
    void createsAResourceStampedWithItsWriterAndTime() {
        int told = graph.changes.fired().size();
        String iri = graph.writes.create(turtle(service("luotu", "")), "42");

        assertEquals("https://kurkiaura.fi/id/service/luotu", iri);
        assertEquals(told + 1, graph.changes.fired().size(), "the rest of the hub is told");
        assertTrue(graph.ask("ASK { <" + iri + "> prov:wasAttributedTo <https://kurkiaura.fi/id/account/42> ; "
                + "dcterms:modified \"2026-11-22T10:00:00Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime> }"));
        assertFalse(graph.ask("ASK { <" + iri + "> dcterms:modified \"1999-01-01T00:00:00Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime> }"),
                "the client does not set the modification time");
        assertTrue(graph.ask("ASK { <" + iri + "> schema:availableChannel/schema:serviceUrl <https://example.org/luotu> }"));
    }

    @Test
    void refusesDataThatBreaksTheShapesAndWritesNothing() {
        String broken = service("rikki", "").replace("schema:provider n:tyohame ;", "").replace("tg:nuoret", "tg:ei-ole-olemassa");
        int told = graph.changes.fired().size();

        RejectedDataException rejected = assertThrows(RejectedDataException.class, () -> graph.writes.create(turtle(broken), "42"));

        assertEquals(422, rejected.status());
        assertTrue(rejected.violations().stream().anyMatch(violation -> violation.path().equals("https://schema.org/provider")
                && violation.focusNode().equals("https://kurkiaura.fi/id/service/rikki")), rejected.violations().toString());
        assertTrue(rejected.violations().stream().anyMatch(violation -> violation.path().equals("https://schema.org/audience")), rejected.violations().toString());
        assertFalse(graph.ask("ASK { <https://kurkiaura.fi/id/service/rikki> ?p ?o }"));
        assertEquals(told, graph.changes.fired().size(), "nothing changed, nobody is told");
    }

    @Test
    void refusesUnknownTypesAndResourcesOutsideTheHub() {
        RejectedDataException unknown = assertThrows(RejectedDataException.class,
                () -> graph.writes.create(turtle(service("outo", "; a <https://example.org/Thing>")), "42"));
        assertEquals(400, unknown.status());
        assertTrue(unknown.violations().get(0).message().startsWith("Unknown type https://example.org/Thing"), unknown.violations().toString());

        RejectedDataException outside = assertThrows(RejectedDataException.class,
                () -> graph.writes.create(turtle(service("ulkona", "").replace("s:ulkona", "<https://example.org/service/x>")), "42"));
        assertEquals(400, outside.status());

        RejectedDataException wrongKind = assertThrows(RejectedDataException.class,
                () -> graph.writes.create(turtle(service("vaara", "").replace("s:vaara", "<https://kurkiaura.fi/id/event/vaara>")), "42"));
        assertTrue(wrongKind.violations().get(0).message().contains("/id/event/"), wrongKind.violations().toString());
    }

    @Test
    void refusesToCreateWhatExists() {
        graph.writes.create(turtle(service("kahdesti", "")), "42");
        assertEquals(409, assertThrows(RejectedDataException.class, () -> graph.writes.create(turtle(service("kahdesti", "")), "42")).status());
    }

    @Test
    void replacesADescriptionWholeButKeepsItsSource() {
        String iri = "https://kurkiaura.fi/id/service/tyohame-uravalmennus";
        String replacement = service("tyohame-uravalmennus", "").replace("Testipalvelu tyohame-uravalmennus", "Uravalmennus ja urasuunnittelu");

        graph.writes.replace(iri, turtle(replacement), "7");

        assertTrue(graph.ask("ASK { <" + iri + "> rdfs:label \"Uravalmennus ja urasuunnittelu\"@fi ; dcterms:source <https://kurkiaura.fi/id/source/tyohame-jarjestamissuunnitelma> }"));
        assertFalse(graph.ask("ASK { <" + iri + "> rdfs:label \"Karriärcoachning\"@sv }"), "the old description is gone");
        assertEquals(1, graph.count("<" + iri + "> schema:availableChannel ?channel"), "the old channel went with it");
        assertFalse(graph.ask("ASK { ?channel <https://kurkiaura.fi/ontology#channelKind> ?kind FILTER NOT EXISTS { ?owner ?p ?channel } }"),
                "no channel is left behind");

        assertEquals(400, assertThrows(RejectedDataException.class, () -> graph.writes.replace(iri, turtle(service("toinen", "")), "7")).status());
        assertEquals(404, assertThrows(RejectedDataException.class, () -> graph.writes.replace("https://kurkiaura.fi/id/service/ei-ole",
                turtle(service("ei-ole", "")), "7")).status());
    }

    @Test
    void deletesOnlyWhatNothingLinksTo() {
        RejectedDataException linked = assertThrows(RejectedDataException.class, () -> graph.writes.delete("https://kurkiaura.fi/id/network/tyohame"));
        assertEquals(409, linked.status());
        assertTrue(linked.violations().stream().anyMatch(link -> link.path().equals("https://schema.org/provider")), linked.violations().toString());
        assertTrue(graph.ask("ASK { <https://kurkiaura.fi/id/network/tyohame> ?p ?o }"));

        graph.writes.create(turtle(service("poistettava", "")), "42");
        graph.writes.delete("https://kurkiaura.fi/id/service/poistettava");
        assertFalse(graph.ask("ASK { <https://kurkiaura.fi/id/service/poistettava> ?p ?o }"));
        assertFalse(graph.ask("ASK { ?channel schema:serviceUrl <https://example.org/poistettava> }"));
        assertEquals(404, assertThrows(RejectedDataException.class, () -> graph.writes.delete("https://kurkiaura.fi/id/service/poistettava")).status());
    }

    @Test
    void keepsAPersonsContactDetailsOutOfThePublicGraph() {
        graph.writes.create(turtle(PREFIXES + """
                p:testi-henkilo a foaf:Person ; foaf:name "Testi Henkilö" ; ku:listed true ; foaf:mbox <mailto:testi@example.org> .
                """), "42");

        assertTrue(graph.ask("ASK { <https://kurkiaura.fi/id/person/testi-henkilo> <http://xmlns.com/foaf/0.1/name> ?name }"));
        assertFalse(graph.ask("ASK { ?someone <http://xmlns.com/foaf/0.1/mbox> ?mail }"));
        ByteArrayOutputStream everything = new ByteArrayOutputStream();
        graph.store.export(everything, true);
        assertTrue(everything.toString(StandardCharsets.UTF_8).contains("mailto:testi@example.org"));
    }

    @Test
    void takesARoleHeldForAProjectAndRefusesOneHeldForAnythingElse() {
        String role = PREFIXES + """
                <https://kurkiaura.fi/id/membership/testi-%s> a org:Membership ; org:member p:paivi-lankoski-raitio ;
                    org:organization o:satakunnan-ely-keskus ; ku:roleLabel "testirooli"@fi ; ku:forProject <%s> .
                """;

        refusesWithAViolationOn("https://kurkiaura.fi/ontology#forProject", role.formatted("rikki", "https://kurkiaura.fi/id/organisation/crazy-town-oy"),
                "https://kurkiaura.fi/id/membership/testi-rikki");

        graph.writes.create(turtle(role.formatted("pilotti", "https://kurkiaura.fi/id/project/digiohjaaja")), "42");
        assertTrue(graph.ask("ASK { <https://kurkiaura.fi/id/membership/testi-pilotti> <https://kurkiaura.fi/ontology#forProject> ?pilot }"), "a pilot is a project");
    }

    @Test
    void takesAPersonOrAnOrganisationAsAnEventsPresenterAndRefusesAnythingElse() {
        String event = PREFIXES + """
                <https://kurkiaura.fi/id/event/testi-%s> a schema:Event ; rdfs:label "Testiseminaari"@fi ;
                    ku:eventKind <https://kurkiaura.fi/id/concept/event-kind/seminaari> ; schema:startDate "2020-01-20"^^xsd:date ;
                    schema:performer <%s> .
                """;

        refusesWithAViolationOn("https://schema.org/performer", event.formatted("rikki", "https://kurkiaura.fi/id/service/tyohame-palkkatuki"),
                "https://kurkiaura.fi/id/event/testi-rikki");

        graph.writes.create(turtle(event.formatted("puhuja", "https://kurkiaura.fi/id/person/mikko-kesa")), "42");
        assertTrue(graph.ask("ASK { <https://kurkiaura.fi/id/event/testi-puhuja> schema:performer <https://kurkiaura.fi/id/person/mikko-kesa> }"));
    }

    /** Writing the resource is refused with 422 and a violation on the property, and nothing of it is stored. */
    private void refusesWithAViolationOn(String property, String resourceTurtle, String resource) {
        RejectedDataException refused = assertThrows(RejectedDataException.class, () -> graph.writes.create(turtle(resourceTurtle), "42"));
        assertEquals(422, refused.status());
        assertTrue(refused.violations().stream().anyMatch(violation -> violation.path().equals(property)), refused.violations().toString());
        assertFalse(graph.ask("ASK { <" + resource + "> ?p ?o }"));
    }

    @Test
    void importsAllOrNothing() {
        String two = service("tuotu-1", "") + service("tuotu-2", "").replace(PREFIXES, "");
        String oneBroken = two.replace("Testipalvelu tuotu-2\"@fi", "Testipalvelu tuotu-2\"@sv");

        RejectedDataException rejected = assertThrows(RejectedDataException.class, () -> graph.writes.importAll(turtle(oneBroken), "42", "testi"));
        assertEquals(422, rejected.status());
        assertFalse(graph.ask("ASK { <https://kurkiaura.fi/id/service/tuotu-1> ?p ?o }"), "the valid one is not written either");

        GraphWrites.Imported imported = graph.writes.importAll(turtle(two), "42", "testi");
        assertEquals(2, imported.created());
        assertTrue(graph.ask("ASK { <https://kurkiaura.fi/id/service/tuotu-2> dcterms:source <" + imported.source() + "> . <"
                + imported.source() + "> a prov:Activity ; prov:wasAssociatedWith <https://kurkiaura.fi/id/account/42> }"));

        GraphWrites.Imported again = graph.writes.importAll(turtle(two), "42", "testi");
        assertEquals(0, again.created());
        assertEquals(2, again.replaced());
        assertEquals(1, graph.count("<https://kurkiaura.fi/id/service/tuotu-1> rdfs:label ?label"));
    }

    @Test
    void aLinkedResourceKeepsItsTypes() {
        String pilot = PREFIXES + """
                <https://kurkiaura.fi/id/project/testipilotti> a schema:Project, ku:Pilot ;
                    rdfs:label "Testipilotti"@fi ; dcterms:description "Pilotti, johon palvelu kuuluu."@fi .
                """;
        graph.writes.create(turtle(pilot), "42");
        graph.writes.create(turtle(service("pilotin-palvelu", "; dcterms:isPartOf <https://kurkiaura.fi/id/project/testipilotti>")), "42");

        RejectedDataException retyped = assertThrows(RejectedDataException.class, () -> graph.writes.importAll(
                turtle(pilot.replace("a schema:Project, ku:Pilot", "a schema:Project")), "42", "testi"));

        assertEquals(409, retyped.status());
        assertTrue(retyped.violations().get(0).message().startsWith("Cannot change type while https://kurkiaura.fi/id/service/pilotin-palvelu"),
                retyped.violations().toString());
    }
}
