package fi.kurkiaura.coordination;

import fi.kurkiaura.platform.RefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Swaps that both hosts agree to: someone who works for one of two meetings' hosts proposes it,
 * someone who works for the other host accepts (and the meetings exchange hosts) or declines. A
 * swap is checked again when accepted: if either meeting's host has changed meanwhile, it is
 * refused (409). Coordinators swap without asking ({@link Meetings#swapHosts}).
 */
@ApplicationScoped
public class HostSwaps {

    @PersistenceContext(unitName = "kurkiaura")
    EntityManager entityManager;

    @Inject
    Meetings meetings;

    @Inject
    MeetingAccess access;

    Clock clock = Clock.systemUTC();

    @Transactional
    public SwapRequest propose(long meetingId, long otherId, long caller) {
        Meeting one = meetings.meeting(meetingId);
        Meeting other = meetings.meeting(otherId);
        meetings.requireSwappable(one, other);
        String hostOne = one.host().orElseThrow();
        String hostOther = other.host().orElseThrow();
        if (hostOne.equals(hostOther)) {
            throw new RefusedException(422, "Both meetings have the same host; there is nothing to swap");
        }
        boolean forOne = access.worksFor(caller, hostOne);
        if (!forOne && !access.worksFor(caller, hostOther)) {
            throw new RefusedException(403, "Only the people of the two hosts propose a swap; a coordinator of the network swaps directly");
        }
        boolean pending = !entityManager.createQuery("SELECT r.id FROM SwapRequest r WHERE r.state = :pending AND ((r.meeting = :one AND r.other = :other)"
                + " OR (r.meeting = :other AND r.other = :one))", Long.class).setParameter("pending", SwapRequest.State.PENDING)
                .setParameter("one", one).setParameter("other", other).getResultList().isEmpty();
        if (pending) {
            throw new RefusedException(409, "This swap has been proposed already and waits for an answer");
        }
        SwapRequest request = new SwapRequest(one, other, forOne ? hostOne : hostOther, forOne ? hostOther : hostOne, caller, clock.instant());
        entityManager.persist(request);
        return request;
    }

    /** The other host's answer: accepted, the meetings exchange hosts; declined, nothing changes. */
    @Transactional
    public SwapRequest answer(long requestId, boolean accept, long caller) {
        SwapRequest request = Found.by(entityManager, SwapRequest.class, requestId, "swap request");
        if (request.state() != SwapRequest.State.PENDING) {
            throw new RefusedException(409, "The swap has been answered already: " + request.state().name().toLowerCase(Locale.ROOT));
        }
        if (!access.worksFor(caller, request.answeringHost())) {
            throw new RefusedException(403, "Only the people of the other host answer this swap");
        }
        if (accept) {
            List<String> now = Stream.of(request.meeting().host().orElse(""), request.other().host().orElse("")).sorted().toList();
            if (!now.equals(Stream.of(request.proposingHost(), request.answeringHost()).sorted().toList())) {
                throw new RefusedException(409, "The hosts of these meetings have changed since the swap was proposed; propose it again");
            }
            meetings.exchangeHosts(request.meeting(), request.other(), caller);
        }
        request.decide(accept ? SwapRequest.State.ACCEPTED : SwapRequest.State.DECLINED, caller, clock.instant());
        return request;
    }

    /** The swaps of the meeting that wait for an answer. */
    public List<SwapRequest> pendingFor(long meetingId) {
        Meeting meeting = meetings.meeting(meetingId);
        return entityManager.createQuery("SELECT r FROM SwapRequest r WHERE r.state = :pending AND (r.meeting = :meeting OR r.other = :meeting)"
                + " ORDER BY r.requestedAt", SwapRequest.class).setParameter("pending", SwapRequest.State.PENDING).setParameter("meeting", meeting)
                .getResultList();
    }
}
