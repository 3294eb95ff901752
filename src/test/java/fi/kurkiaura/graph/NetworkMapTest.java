package fi.kurkiaura.graph;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The network map of the demo network, whole and filtered. */
class NetworkMapTest extends SeededStoreTest {

    private static final String ID = "https://kurkiaura.fi/id/";
    private static final NetworkMap map = new NetworkMap();

    @BeforeAll
    static void wire() {
        map.store = graph.store;
    }

    @Test
    void theWholeMapHasActorsProjectsAndServicesLinkedButNoPeople() {
        NetworkMap.View whole = map.of(Optional.empty(), Optional.empty(), "fi");

        Set<String> kinds = whole.nodes().stream().map(NetworkMap.Node::kind).collect(Collectors.toSet());
        assertTrue(kinds.containsAll(Set.of("organisation", "network", "project", "service")), kinds.toString());
        assertFalse(kinds.contains("person"));
        assertTrue(whole.edges().contains(new NetworkMap.Edge(ID + "network/tyohame", ID + "organisation/forssan-kaupunki", "member")));
        assertTrue(whole.nodes().contains(new NetworkMap.Node(ID + "network/tyohame", "TyöHäme", "network")));
        Set<String> ids = whole.nodes().stream().map(NetworkMap.Node::id).collect(Collectors.toSet());
        assertTrue(whole.edges().stream().allMatch(edge -> ids.contains(edge.source()) && ids.contains(edge.target())), "no loose ends");
    }

    @Test
    void aMunicipalityKeepsWhatServesItAndWhatThatIsLinkedTo() {
        NetworkMap.View forssa = map.of(Optional.of(ID + "place/forssa"), Optional.empty(), "sv");
        Set<String> ids = forssa.nodes().stream().map(NetworkMap.Node::id).collect(Collectors.toSet());

        assertTrue(ids.contains(ID + "service/tyohame-uravalmennus"), "serves Forssa");
        assertTrue(ids.contains(ID + "network/tyohame"), "provides it");
        assertFalse(ids.contains(ID + "project/inka-satakunta"), "Satakunta's");
        assertTrue(forssa.nodes().stream().anyMatch(node -> node.label().equals("Karriärcoachning")), "in the asked language");
    }

    @Test
    void aTopicKeepsWhatIsAboutIt() {
        Set<String> ids = map.of(Optional.empty(), Optional.of(ID + "concept/service-class/tyonhaku"), "fi").nodes().stream()
                .map(NetworkMap.Node::id).collect(Collectors.toSet());
        assertTrue(ids.contains(ID + "service/tyohame-tyonhaun-valmennukset"));
        assertFalse(ids.contains(ID + "service/jamsa-tehdas-vertaisryhmat"));
    }
}
