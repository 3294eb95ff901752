package fi.kurkiaura.coordination;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class HostingRotationTest {

    private static final HostingRotation.Meeting HELD_BY_TURN = new HostingRotation.Meeting(false, Optional.empty(), Optional.empty());
    private static final HostingRotation.Meeting CANCELLED = new HostingRotation.Meeting(true, Optional.empty(), Optional.empty());

    private final HostingRotation abc = new HostingRotation(List.of("a", "b", "c"), organisation -> true);

    @Test
    void eachMeetingGetsTheNextHostRoundAndRound() {
        assertEquals(List.of("a", "b", "c", "a", "b"), hosts(abc, Stream.generate(() -> HELD_BY_TURN).limit(5).toList()));
    }

    @Test
    void aCancelledMeetingUsesNoTurn() {
        assertEquals(Arrays.asList("a", null, "b", "c"), hosts(abc, List.of(HELD_BY_TURN, CANCELLED, HELD_BY_TURN, HELD_BY_TURN)));
    }

    @Test
    void anOrganisationThatLeftIsPassedOver() {
        HostingRotation withoutB = new HostingRotation(List.of("a", "b", "c"), organisation -> !organisation.equals("b"));
        assertEquals(List.of("a", "c", "a", "c"), hosts(withoutB, Stream.generate(() -> HELD_BY_TURN).limit(4).toList()));
    }

    @Test
    void swappedHostsExchangeMeetingsAndTheRoundGoesOn() {
        List<HostingRotation.Meeting> swapped = List.of(fixed("b"), fixed("a"), HELD_BY_TURN);
        assertEquals(List.of("b", "a", "c"), hosts(abc, swapped));
        assertEquals(List.of("a", "b", "c"), abc.assign(swapped).stream().map(assignment -> assignment.orElseThrow().turn()).toList());
    }

    @Test
    void turnsThatAreOverStayAndTheRoundGoesOnFromThem() {
        HostingRotation reordered = new HostingRotation(List.of("c", "a", "b"), organisation -> true);
        List<HostingRotation.Meeting> twoHeld = List.of(over("a"), over("b"), HELD_BY_TURN, HELD_BY_TURN);
        assertEquals(List.of("a", "b", "c", "a"), hosts(reordered, twoHeld), "after b comes c in the new order");
    }

    @Test
    void nobodyHostsWhenNoMemberIsLeft() {
        HostingRotation nobody = new HostingRotation(List.of("a"), organisation -> false);
        assertEquals(Optional.empty(), nobody.assign(List.of(HELD_BY_TURN)).getFirst());
        assertEquals(Set.of(), Set.copyOf(new HostingRotation(List.of(), organisation -> true).assign(List.of(HELD_BY_TURN)).stream().flatMap(Optional::stream).toList()));
    }

    private static HostingRotation.Meeting fixed(String host) {
        return new HostingRotation.Meeting(false, Optional.of(host), Optional.empty());
    }

    private static HostingRotation.Meeting over(String turn) {
        return new HostingRotation.Meeting(false, Optional.empty(), Optional.of(turn));
    }

    private static List<String> hosts(HostingRotation rotation, List<HostingRotation.Meeting> meetings) {
        return rotation.assign(meetings).stream().map(assignment -> assignment.map(HostingRotation.Assignment::host).orElse(null)).toList();
    }
}
