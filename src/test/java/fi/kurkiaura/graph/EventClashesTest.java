package fi.kurkiaura.graph;

import static fi.kurkiaura.testing.Turtle.PREFIXES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Clashes on the demo network with events of March 2027 written for the test. */
class EventClashesTest extends SeededStoreTest {

    private static final String E = "https://kurkiaura.fi/id/event/";
    private static final EventClashes clashes = new EventClashes();

    @BeforeAll
    static void marchEvents() {
        clashes.store = graph.store;
        graph.writes.importAll(GraphWritesTest.turtle(PREFIXES + """
                @prefix e: <https://kurkiaura.fi/id/event/> .
                @prefix ek: <https://kurkiaura.fi/id/concept/event-kind/> .
                e:nuorten-messut a schema:Event ; rdfs:label "Nuorten messut"@fi ; ku:eventKind ek:seminaari ;
                    schema:startDate "2027-03-05T10:00:00+02:00"^^xsd:dateTime ; schema:endDate "2027-03-05T12:00:00+02:00"^^xsd:dateTime ;
                    schema:audience tg:nuoret ; schema:location pl:pori ; schema:organizer o:porin-kaupunki .
                e:nuorten-ilta a schema:Event ; rdfs:label "Nuorten ilta"@fi ; ku:eventKind ek:seminaari ;
                    schema:startDate "2027-03-05T11:30:00+02:00"^^xsd:dateTime ; schema:endDate "2027-03-05T13:00:00+02:00"^^xsd:dateTime ;
                    schema:audience tg:nuoret ; schema:location pl:hameenlinna ; schema:organizer o:hameenlinnan-kaupunki .
                e:satakunnan-paiva a schema:Event ; rdfs:label "Satakunnan päivä"@fi ; ku:eventKind ek:seminaari ;
                    schema:startDate "2027-03-05"^^xsd:date ; schema:areaServed pl:satakunta ; schema:organizer o:tyoterveyslaitos .
                e:hankeverkosto-maaliskuu a schema:Event ; rdfs:label "Hankeverkoston tapaaminen"@fi ; ku:eventKind ek:verkostotapaaminen ;
                    schema:startDate "2027-03-06T09:00:00"^^xsd:dateTime ; schema:organizer n:satakunnan-hankeyhteistyo .
                e:elyn-info a schema:Event ; rdfs:label "ELYn infotilaisuus"@fi ; ku:eventKind ek:seminaari ;
                    schema:startDate "2027-03-06T10:00:00+02:00"^^xsd:dateTime ; schema:organizer o:satakunnan-ely-keskus .
                e:peruttu a schema:Event ; rdfs:label "Peruttu nuorten tilaisuus"@fi ; ku:eventKind ek:seminaari ;
                    schema:startDate "2027-03-05T10:00:00+02:00"^^xsd:dateTime ; schema:audience tg:nuoret ;
                    schema:eventStatus schema:EventCancelled .
                e:forssan-aamu a schema:Event ; rdfs:label "Forssan aamu"@fi ; ku:eventKind ek:seminaari ;
                    schema:startDate "2027-03-05T09:00:00+02:00"^^xsd:dateTime ; schema:endDate "2027-03-05T10:00:00+02:00"^^xsd:dateTime ;
                    schema:audience tg:nuoret ; schema:location pl:forssa .
                """), "test", "Maaliskuun tapahtumat");
    }

    @Test
    void aSharedTargetGroupAtTheSameTimeIsAClash() {
        List<EventClashes.Clash> found = clashes.clashesOf(E + "nuorten-messut").orElseThrow();

        EventClashes.Clash evening = found.stream().filter(clash -> clash.iri().equals(E + "nuorten-ilta")).findFirst().orElseThrow();
        assertEquals("Nuorten ilta", evening.label());
        assertEquals(Set.of("targetGroup:https://kurkiaura.fi/id/concept/target-group/nuoret"), kinds(evening.shared()));
        assertTrue(evening.shared().getFirst().label().equals("nuoret"), evening.shared().toString());
    }

    @Test
    void anEventForTheRegionClashesWithOneInItsTownsAndADateLastsTheDay() {
        EventClashes.Clash regionDay = clashes.clashesOf(E + "nuorten-messut").orElseThrow().stream().filter(clash -> clash.iri().equals(E + "satakunnan-paiva"))
                .findFirst().orElseThrow();
        assertEquals(Set.of("area:https://kurkiaura.fi/id/place/satakunta"), kinds(regionDay.shared()), "Pori lies in Satakunta");
    }

    @Test
    void aNetworksMeetingClashesWithAnEventOfOneOfItsMembers() {
        List<EventClashes.Clash> found = clashes.clashesOf(E + "hankeverkosto-maaliskuu").orElseThrow();
        assertEquals(List.of(E + "elyn-info"), found.stream().map(EventClashes.Clash::iri).toList(),
                "the ELY Centre is a member of the network; an event without an end lasts two hours (9–11 meets 10–12)");
        assertEquals(Set.of("member:https://kurkiaura.fi/id/organisation/satakunnan-ely-keskus"), kinds(found.getFirst().shared()),
                "a member of the network that meets");
    }

    @Test
    void cancelledEventsEventsThatOnlyTouchAndEventsWithNothingSharedDoNotClash() {
        Set<String> found = clashes.clashesOf(E + "nuorten-messut").orElseThrow().stream().map(EventClashes.Clash::iri).collect(Collectors.toSet());
        assertEquals(Set.of(E + "nuorten-ilta", E + "satakunnan-paiva"), found, "not the cancelled one, not Forssa's morning that ends at ten");
        assertEquals(java.util.Optional.empty(), clashes.clashesOf(E + "no-such-event"));
        assertEquals(java.util.Optional.of(List.of()), clashes.clashesOf(E + "peruttu"), "a cancelled event clashes with nothing");
    }

    @Test
    void everyClashFromADayOnIsListedOnce() {
        List<EventClashes.Pair> pairs = clashes.clashesFrom(LocalDate.of(2027, 3, 1));
        Set<String> named = pairs.stream().map(pair -> pair.first().iri().substring(E.length()) + "+" + pair.second().iri().substring(E.length()))
                .collect(Collectors.toSet());
        assertEquals(Set.of("satakunnan-paiva+nuorten-messut", "nuorten-messut+nuorten-ilta",
                "hankeverkosto-maaliskuu+elyn-info"), named, pairs.toString());
    }

    private static Set<String> kinds(List<EventClashes.Shared> shared) {
        return shared.stream().map(what -> what.kind() + ":" + what.iri()).collect(Collectors.toSet());
    }
}
