package fi.kurkiaura.coordination;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Whose turn it is to host each meeting of a series. The turns go round the member organisations in
 * their order, one per meeting held: a cancelled meeting uses no turn, so its host hosts the next
 * one. An organisation that has left the network is passed over. A turn that is over (the meeting
 * is in the past) stays as it was, and the round goes on from it, so changing the order or the
 * members changes only meetings to come. Two hosts who swap keep their turns and exchange the
 * meetings: the round goes on as if they had not.
 */
final class HostingRotation {

    /**
     * A meeting of the series, in order: whether it is cancelled, the host fixed for it (by a swap
     * or a coordinator) and, once it is over, whose turn it was.
     */
    record Meeting(boolean cancelled, Optional<String> fixedHost, Optional<String> turnTaken) {
    }

    /** Whose turn a meeting was and who hosts it: the same organisation unless a host was fixed. */
    record Assignment(String turn, String host) {
    }

    private final List<String> order;
    private final Predicate<String> stillMember;

    /** {@code order}: the organisations in hosting order; {@code stillMember}: whether one is still in the network. */
    HostingRotation(List<String> order, Predicate<String> stillMember) {
        this.order = List.copyOf(order);
        this.stillMember = stillMember;
    }

    /** The host of each meeting, in the same order; empty for a cancelled meeting and when no member is left to host. */
    List<Optional<Assignment>> assign(List<Meeting> meetings) {
        List<Optional<Assignment>> assignments = new ArrayList<>();
        int next = 0;
        for (Meeting meeting : meetings) {
            if (meeting.cancelled()) {
                assignments.add(Optional.empty());
                continue;
            }
            Optional<String> turn = meeting.turnTaken().isPresent() ? meeting.turnTaken() : nextMember(next);
            if (turn.isPresent() && order.contains(turn.get())) {
                next = order.indexOf(turn.get()) + 1;
            }
            assignments.add(turn.map(whose -> new Assignment(whose, meeting.fixedHost().orElse(whose))));
        }
        return assignments;
    }

    private Optional<String> nextMember(int from) {
        for (int step = 0; step < order.size(); step++) {
            String candidate = order.get((from + step) % order.size());
            if (stillMember.test(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
