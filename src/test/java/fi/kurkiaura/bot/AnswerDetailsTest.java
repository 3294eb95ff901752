package fi.kurkiaura.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

/** What an answer carries beyond why: the provider, a contact, the next related event; and the events the chat's "/tapahtumat" lists. */
class AnswerDetailsTest {

    private static final String NETWORK = """
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix schema: <https://schema.org/> .
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            @prefix org: <http://www.w3.org/ns/org#> .
            @prefix p: <https://kurkiaura.fi/id/project/> .
            @prefix s: <https://kurkiaura.fi/id/service/> .
            @prefix o: <https://kurkiaura.fi/id/organisation/> .
            @prefix e: <https://kurkiaura.fi/id/event/> .
            @prefix ku: <https://kurkiaura.fi/ontology#> .
            @prefix person: <https://kurkiaura.fi/id/person/> .
            o:yhdistys a org:FormalOrganization ; rdfs:label "Kylien yhdistys"@fi ; foaf:homepage <https://kylat.example/> .
            o:saatio a org:FormalOrganization ; rdfs:label "Maaseutusäätiö"@fi .
            o:kunta a org:FormalOrganization ; rdfs:label "Pikkulan kunta"@fi .
            p:kylahanke a schema:Project ; rdfs:label "Kylähanke"@fi ; dcterms:description "Kylätoiminnan kehittämishanke."@fi ;
                schema:provider o:yhdistys ; schema:funder o:saatio ; ku:partner o:kunta .
            s:neuvonta a schema:Service ; rdfs:label "Kyläneuvonta"@fi ; dcterms:description "Neuvontaa kyläyhdistyksille."@fi ;
                schema:provider o:yhdistys ; foaf:homepage <https://neuvonta.example/> .
            person:maija a foaf:Person ; foaf:name "Maija Mäkelä" ; ku:listed true .
            person:ville a foaf:Person ; foaf:name "Ville Virta" ; ku:listed true .
            [] a org:Membership ; org:member person:maija ; org:organization o:yhdistys ; ku:roleLabel "puheenjohtaja"@fi, "chair"@en .
            [] a org:Membership ; org:member person:ville ; org:organization o:yhdistys ; ku:roleLabel "varapuheenjohtaja"@fi .
            <https://kurkiaura.fi/id/place/kylatalo> a ku:Venue ; rdfs:label "Kylätalo Pirtti"@fi .
            s:kylatalon-tilat a schema:Service ; rdfs:label "Tilat kyläläisille"@fi ; schema:provider o:yhdistys ;
                schema:availableChannel [ schema:serviceLocation <https://kurkiaura.fi/id/place/kylatalo> ] .
            s:avustus a schema:Service ; rdfs:label "Kyläavustus"@fi ; dcterms:description "Rahoitusta kylien yhteisiin hankkeisiin."@fi .
            s:kirjasto a schema:Service ; rdfs:label "Kirjastoauto"@fi ; dcterms:description "Kirjat kotiovelle."@fi .
            e:ennen a schema:Event ; schema:name "Kyläilta 2025"@fi ; dcterms:description "Kylätoiminnan ilta."@fi ;
                schema:organizer p:kylahanke ; schema:startDate "2025-03-01" .
            e:pian a schema:Event ; schema:name "Kyläilta joulukuussa"@fi ; dcterms:description "Kylätoiminnan ilta."@fi ;
                schema:organizer p:kylahanke, o:yhdistys ; schema:startDate "2026-12-04T17:00:00" ;
                schema:location <https://kurkiaura.fi/id/place/kylatalo> .
            e:myohemmin a schema:Event ; schema:name "Kyläkevät"@fi ; dcterms:description "Kylätoiminnan kevätjuhla."@fi ;
                schema:organizer p:kylahanke ; schema:startDate "2027-04-20" .
            e:lukupiiri a schema:Event ; schema:name "Lukupiiri"@fi ; dcterms:description "Luetaan yhdessä."@fi ;
                schema:startDate "2026-11-30" .
            """;

    private static final Clock NOVEMBER = Clock.fixed(LocalDate.of(2026, 11, 22).atStartOfDay(ZoneId.of("UTC")).toInstant(), ZoneId.of("UTC"));

    private static Router router() {
        return router(new TextAnalysis(Optional.empty()));
    }

    private static Router router(TextAnalysis analysis) {
        Model network = ModelFactory.createDefaultModel();
        RDFParser.fromString(NETWORK, Lang.TURTLE).parse(network);
        return new Router(RoutingData.read(network, ModelFactory.createDefaultModel()), analysis, Router.Features.ALL, NOVEMBER);
    }

    @Test
    void anAnswerNamesItsProviderAndItsNextEvent() {
        Routing.Answer project = router().route("kylähanke", Optional.empty()).answers().getFirst();

        assertEquals("https://kurkiaura.fi/id/project/kylahanke", project.iri());
        assertEquals(new Routing.Link("https://kurkiaura.fi/id/organisation/yhdistys", "Kylien yhdistys"), project.provider());
        assertEquals("https://kylat.example/", project.contact(), "no web site of its own: its provider's");
        assertEquals(new Routing.Dated("https://kurkiaura.fi/id/event/pian", "Kyläilta joulukuussa", LocalDate.of(2026, 12, 4)), project.next(),
                "the soonest event it organises that has not passed");
    }

    @Test
    void aServiceWithoutEventsOfItsOwnGetsItsProvidersNextEventAndItsOwnWebSite() {
        Routing.Answer service = router().route("kyläneuvonta", Optional.empty()).answers().getFirst();

        assertEquals("https://kurkiaura.fi/id/service/neuvonta", service.iri());
        assertEquals("https://neuvonta.example/", service.contact());
        assertEquals("https://kurkiaura.fi/id/event/pian", service.next().iri());
    }

    @Test
    void withoutProviderOrEventsTheAnswerHasNone() {
        Routing.Answer library = router().route("kirjastoauto", Optional.empty()).answers().getFirst();

        assertEquals("https://kurkiaura.fi/id/service/kirjasto", library.iri());
        assertNull(library.provider());
        assertNull(library.contact());
        assertNull(library.next());
    }

    @Test
    void comingEventsAreListedSoonestFirstWithTheirDays() {
        List<Routing.Answer> coming = router().comingEvents("", Language.FI, 5);

        assertEquals(List.of("https://kurkiaura.fi/id/event/lukupiiri", "https://kurkiaura.fi/id/event/pian", "https://kurkiaura.fi/id/event/myohemmin"),
                coming.stream().map(Routing.Answer::iri).toList(), "the 2025 evening has passed");
        assertEquals(LocalDate.of(2026, 11, 30), coming.getFirst().starts());
        assertEquals(2, router().comingEvents("", Language.FI, 2).size());
    }

    @Test
    void comingEventsOnATopicAreThoseTheTopicFinds() {
        assertEquals(List.of("https://kurkiaura.fi/id/event/pian", "https://kurkiaura.fi/id/event/myohemmin"),
                router().comingEvents("kylätoiminta", Language.FI, 5).stream().map(Routing.Answer::iri).toList());
        assertTrue(router().comingEvents("avaruusmatkailu", Language.FI, 5).isEmpty());
    }

    @Test
    void whoRunsSomethingNamedIsAnsweredByWhoRunsIt() {
        Routing.Answer best = router().route("kuka vetää Kylähanke-projektia?", Optional.empty()).answers().getFirst();

        assertEquals("https://kurkiaura.fi/id/organisation/yhdistys", best.iri());
        assertTrue(best.why().startsWith("vastaa: Kylähanke"), best.why());
    }

    @Test
    void whoFundedSomethingNamedIsAnsweredByItsFunder() {
        Router router = router(new TextAnalysis(Optional.of(Installed.voikko())));

        Routing.Answer best = router.route("kuka rahoitti Kylähanketta?", Optional.empty()).answers().getFirst();
        assertEquals("https://kurkiaura.fi/id/organisation/saatio", best.iri());
        assertTrue(best.why().startsWith("rahoittaja: Kylähanke"), best.why());
        assertEquals("https://kurkiaura.fi/id/organisation/saatio",
                router.route("Kylähankkeen rahoittaja", Optional.empty()).answers().getFirst().iri(), "no who needed: the word asks for the funder");
        assertEquals("https://kurkiaura.fi/id/organisation/saatio",
                router().route("Who funded Kylähanke?", Optional.of(Language.EN)).answers().getFirst().iri(), "without Voikko too");
    }

    @Test
    void whoTookPartInSomethingNamedIsAnsweredByWhoRanItAndItsPartners() {
        List<Routing.Answer> answers = router(new TextAnalysis(Optional.of(Installed.voikko())))
                .route("ketkä olivat Kylähankkeen kumppaneita", Optional.empty()).answers();

        assertEquals(Set.of("https://kurkiaura.fi/id/organisation/yhdistys", "https://kurkiaura.fi/id/organisation/kunta"),
                Set.of(answers.get(0).iri(), answers.get(1).iri()), answers.toString());
        assertTrue(answers.stream().anyMatch(answer -> answer.why().startsWith("osatoteuttaja: Kylähanke")), answers.toString());
    }

    @Test
    void aNeedForFundingIsNoQuestionForAFunder() {
        List<Routing.Answer> answers = router(new TextAnalysis(Optional.of(Installed.voikko())))
                .route("rahoitusta kylien hankkeisiin", Optional.empty()).answers();

        assertTrue(answers.stream().anyMatch(answer -> answer.iri().equals("https://kurkiaura.fi/id/service/avustus")), answers.toString());
        assertTrue(answers.stream().noneMatch(answer -> answer.why().startsWith("rahoittaja")), "no project is named, so no funder is credited: " + answers);
    }

    @Test
    void whereSomethingNamedIsHeldIsAnsweredByItsVenue() {
        Router router = router(new TextAnalysis(Optional.of(Installed.voikko())));

        Routing.Answer best = router.route("missä kyläilta joulukuussa pidetään?", Optional.empty()).answers().getFirst();
        assertEquals("https://kurkiaura.fi/id/place/kylatalo", best.iri());
        assertTrue(best.why().startsWith("paikka: Kyläilta joulukuussa"), best.why());
        assertEquals("https://kurkiaura.fi/id/place/kylatalo",
                router().route("Where is Kyläilta joulukuussa held?", Optional.of(Language.EN)).answers().getFirst().iri(), "without Voikko too");
        KindsAsked kinds = new KindsAsked(new TextAnalysis(Optional.empty()));
        assertFalse(kinds.involvements("mihin aikaan kyläilta alkaa?", List.of()).contains(Involvement.HOSTS), "mihin aikaan asks when");
        assertFalse(kinds.involvements("Vem var projektchef?", List.of()).contains(Involvement.HOSTS), "Swedish var is also was");
        assertTrue(kinds.involvements("Var hölls Kyläilta?", List.of()).contains(Involvement.HOSTS));
        assertTrue(kinds.asksWhereToGo("mihin mun pitää mennä"));
        assertFalse(kinds.asksWhereToGo("mistä saa apua työnhakuun"), "where to get something, not where to go");
        assertFalse(kinds.asksWhereToGo("mihin aikaan kyläilta alkaa?"));
    }

    @Test
    void whoRunsAVenueIsWhoProvidesTheServicesThere() {
        Routing.Answer best = router().route("kuka pyörittää Kylätalo Pirttiä?", Optional.empty()).answers().getFirst();

        assertEquals("https://kurkiaura.fi/id/organisation/yhdistys", best.iri());
        assertEquals("vastaa: Kylätalo Pirtti", best.why());
    }

    @Test
    void aTitleWhereTheQuestionPointsIsAnsweredByWhoHoldsIt() {
        List<Routing.Answer> answers = router(new TextAnalysis(Optional.of(Installed.voikko())))
                .route("Kylien yhdistyksen puheenjohtaja", Optional.empty()).answers();

        assertEquals("https://kurkiaura.fi/id/person/maija", answers.getFirst().iri(), answers.toString());
        assertTrue(answers.getFirst().why().contains("puheenjohtaja, Kylien yhdistys"), answers.getFirst().why());
        assertEquals("https://kurkiaura.fi/id/person/ville", answers.get(1).iri(), "the vice chair's title only has the word as a part");
    }

    @Test
    void theTitleIsGivenInTheAskersLanguageWhenTheGraphHasIt() {
        Router router = router(new TextAnalysis(Optional.of(Installed.voikko())));

        Routing.Answer english = router.route("Who is the chair of Kylien yhdistys?", Optional.of(Language.EN)).answers().getFirst();
        assertEquals("https://kurkiaura.fi/id/person/maija", english.iri());
        assertTrue(english.why().contains("chair, Kylien yhdistys"), english.why());
        assertTrue(router.route("Kylien yhdistys puheenjohtaja", Optional.of(Language.EN)).answers().getFirst().why().contains("chair, Kylien yhdistys"),
                "found by its Finnish title, given in English");
        assertTrue(router.route("Kylien yhdistyksen puheenjohtaja", Optional.empty()).answers().getFirst().why().contains("puheenjohtaja, Kylien yhdistys"));
        assertTrue(router.route("Vem är ordförande för Kylien yhdistys?", Optional.of(Language.SV)).answers().stream()
                .noneMatch(answer -> answer.why().contains("chair")), "no Swedish title: the one found, not another language's");
    }

    @Test
    void aQuestionAboutSomethingTheNetworkDoesNotHoldIsNotAnswered() {
        Router router = router(new TextAnalysis(Optional.of(Installed.voikko())));

        assertTrue(router.route("kirjastoauton apteekki", Optional.empty()).fallback(), "a pharmacy is nothing the network knows");
        assertFalse(router.route("kirjastoauton kirjat", Optional.empty()).fallback(), "books are in the library bus's description");
    }

    @Test
    void anEnglishWhoAfterANounIsNoQuestion() {
        KindsAsked kinds = new KindsAsked(new TextAnalysis(Optional.empty()));

        assertTrue(kinds.actors("coaching for under-30s who want a vocational qualification", Set.of()).isEmpty());
        assertFalse(kinds.actors("Who runs Koko Kylän Työhuone?", Set.of()).isEmpty());
        assertFalse(kinds.actors("We want to hire in Forssa, who can help?", Set.of()).isEmpty());
        assertFalse(kinds.actors("kyläneuvonta, kuka tekee?", Set.of()).isEmpty());
    }

    @Test
    void answersCanBeOfSomeKindsOnly() {
        Routing routing = router().route("kylätoiminta", Optional.empty(), EnumSet.complementOf(EnumSet.of(Kind.EVENT, Kind.PLACE)));

        assertTrue(routing.answers().stream().noneMatch(answer -> answer.type().equals("event")), routing.answers().toString());
        assertEquals("https://kurkiaura.fi/id/project/kylahanke", routing.answers().getFirst().iri());
    }
}
