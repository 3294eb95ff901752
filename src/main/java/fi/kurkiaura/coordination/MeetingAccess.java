package fi.kurkiaura.coordination;

import fi.kurkiaura.chat.Memberships;
import fi.kurkiaura.identity.Accounts;
import fi.kurkiaura.identity.Roles;
import fi.kurkiaura.platform.RefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who may do what with a network's meetings. Coordinators of the network (or of the whole hub) and
 * admins run everything. Whoever works for the meeting's host organisation (an account linked to a
 * person of the graph who is a member of it) runs that meeting: orders its agenda, records its
 * minutes and actions, closes it. Members of the meeting's room propose agenda items.
 */
@ApplicationScoped
class MeetingAccess {

    @Inject
    Accounts accounts;

    @Inject
    NetworkMembers networks;

    @Inject
    Memberships memberships;

    void requireCoordinator(long caller, String network) {
        if (!coordinates(caller, network)) {
            throw new RefusedException(403, "Only a coordinator of this network runs its meetings");
        }
    }

    /** The host's people and the network's coordinators run a meeting. */
    void requireRunning(long caller, Meeting meeting) {
        if (!runs(caller, meeting)) {
            throw new RefusedException(403, "Only the host of this meeting or a coordinator of the network does this");
        }
    }

    /** Members of the meeting's room, and whoever runs the meeting, take part in it. */
    void requireTakingPart(long caller, Meeting meeting) {
        boolean inTheRoom = meeting.conversationId().map(room -> memberships.isMember(room, caller)).orElse(false);
        if (!inTheRoom && !runs(caller, meeting)) {
            throw new RefusedException(403, "Join the meeting's room first: its members propose agenda items");
        }
    }

    /** The owner of an action, someone working for it, and the network's coordinators mark it done. */
    void requireAnswering(long caller, ActionItem action) {
        String owner = action.ownerIri();
        boolean own = accounts.byId(caller).flatMap(account -> account.personIri()).map(person -> person.equals(owner)).orElse(false)
                || worksFor(caller, owner);
        if (!own && !coordinates(caller, action.meeting().series().networkIri())) {
            throw new RefusedException(403, "Only the action's owner or a coordinator of the network marks it done");
        }
    }

    /** Whether the caller's person works for the organisation (a member of it, or of one of its units). */
    boolean worksFor(long caller, String organisation) {
        return accounts.byId(caller).flatMap(account -> account.personIri()).map(person -> networks.worksFor(person, organisation)).orElse(false);
    }

    private boolean runs(long caller, Meeting meeting) {
        return coordinates(caller, meeting.series().networkIri()) || meeting.host().map(host -> worksFor(caller, host)).orElse(false);
    }

    private boolean coordinates(long caller, String network) {
        return accounts.hasRole(caller, Roles.COORDINATOR, network) || accounts.hasRole(caller, Roles.ADMIN, null);
    }
}
