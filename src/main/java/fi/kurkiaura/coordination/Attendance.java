package fi.kurkiaura.coordination;

import fi.kurkiaura.identity.Account;
import fi.kurkiaura.identity.Accounts;
import fi.kurkiaura.platform.RefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is coming to a meeting and who came: each member answers for themselves (yes, no, maybe) and
 * says for which member organisation; the host records which organisations were there; and
 * participation per organisation over time is counted from that.
 */
@ApplicationScoped
public class Attendance {

    @PersistenceContext(unitName = "kurkiaura")
    EntityManager entityManager;

    @Inject
    Meetings meetings;

    @Inject
    MeetingAccess access;

    @Inject
    NetworkMembers networks;

    @Inject
    Accounts accounts;

    Clock clock = Clock.systemUTC();

    /** An answer with the name of who gave it. */
    public record Answer(Rsvp rsvp, String name) {
    }

    /** How often an organisation was at the network's meetings held in a period: the dates it was there, of how many. */
    public record Participation(String organisation, List<LocalDate> attended, int held) {
    }

    /** Answers for the caller, who takes part in the meeting (its room), before it ends; the organisation, if named, is a member of the network. */
    @Transactional
    public Rsvp answer(long meetingId, Rsvp.Response response, String organisation, long caller) {
        Meeting meeting = meetings.meeting(meetingId);
        access.requireTakingPart(caller, meeting);
        if (meeting.cancelled()) {
            throw new RefusedException(422, "The meeting is cancelled");
        }
        if (!meeting.endsAt().isAfter(now())) {
            throw new RefusedException(422, "The meeting is over; its host records who was there");
        }
        String forOrganisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
        if (forOrganisation != null && !networks.organisationsIn(meeting.series().networkIri()).contains(forOrganisation)) {
            throw new RefusedException(422, "\"organisation\" is not a member organisation of the network: " + forOrganisation);
        }
        Rsvp earlier = entityManager.find(Rsvp.class, new Rsvp.Key(meetingId, caller));
        if (earlier != null) {
            earlier.answer(response, forOrganisation, clock.instant());
            return earlier;
        }
        Rsvp rsvp = new Rsvp(meetingId, caller, response, forOrganisation, clock.instant());
        entityManager.persist(rsvp);
        return rsvp;
    }

    /** Everyone's answers, to those who take part in the meeting: names are for the participants, not the public. */
    public List<Answer> answersTo(long meetingId, long caller) {
        Meeting meeting = meetings.meeting(meetingId);
        access.requireTakingPart(caller, meeting);
        return entityManager.createQuery("SELECT r, a.displayName FROM Rsvp r, Account a WHERE a.id = r.accountId AND r.meetingId = :meeting"
                + " ORDER BY r.respondedAt", Object[].class).setParameter("meeting", meetingId).getResultStream()
                .map(row -> new Answer((Rsvp) row[0], (String) row[1])).toList();
    }

    /** Records the member organisations that were at a meeting that has begun (the host or a coordinator). */
    @Transactional
    public Meeting recordPresent(long meetingId, Set<String> organisations, long caller) {
        Meeting meeting = meetings.meeting(meetingId);
        access.requireRunning(caller, meeting);
        if (meeting.cancelled() || meeting.startsAt().isAfter(now())) {
            throw new RefusedException(422, "Attendance is recorded for a meeting that has begun and is not cancelled");
        }
        Set<String> members = networks.organisationsIn(meeting.series().networkIri());
        List<String> outsiders = organisations.stream().filter(organisation -> !members.contains(organisation)).toList();
        if (!outsiders.isEmpty()) {
            throw new RefusedException(422, "Not member organisations of the network: " + String.join(", ", outsiders));
        }
        meeting.attendedBy(organisations);
        return meeting;
    }

    /** Participation of each organisation in the network's meetings held from {@code from} until {@code until} (or now). */
    public List<Participation> participationIn(String network, LocalDate from, LocalDate until) {
        LocalDateTime end = until.atStartOfDay().isBefore(now()) ? until.atStartOfDay() : now();
        List<Meeting> held = entityManager.createQuery("SELECT m FROM Meeting m WHERE m.series.networkIri = :network AND m.cancelled = false"
                + " AND m.startsAt >= :from AND m.startsAt < :until ORDER BY m.startsAt", Meeting.class)
                .setParameter("network", network).setParameter("from", from.atStartOfDay()).setParameter("until", end).getResultList();
        Map<String, List<LocalDate>> attended = new LinkedHashMap<>();
        networks.organisationsIn(network).forEach(member -> attended.put(member, new ArrayList<>()));
        for (Meeting meeting : held) {
            new LinkedHashSet<>(meeting.attendingOrganisations())
                    .forEach(organisation -> attended.computeIfAbsent(organisation, key -> new ArrayList<>()).add(meeting.startsAt().toLocalDate()));
        }
        return attended.entrySet().stream().map(entry -> new Participation(entry.getKey(), List.copyOf(entry.getValue()), held.size()))
                .sorted((a, b) -> Integer.compare(b.attended().size(), a.attended().size())).toList();
    }

    /** How many answered yes, maybe and no to each of the meetings, by meeting id. */
    public Map<Long, Map<Rsvp.Response, Long>> answerCounts(List<Long> meetingIds) {
        Map<Long, Map<Rsvp.Response, Long>> counts = new LinkedHashMap<>();
        if (meetingIds.isEmpty()) {
            return counts;
        }
        entityManager.createQuery("SELECT r.meetingId, r.response, COUNT(r) FROM Rsvp r WHERE r.meetingId IN :ids GROUP BY r.meetingId, r.response",
                Object[].class).setParameter("ids", meetingIds).getResultStream().forEach(row -> counts
                .computeIfAbsent((Long) row[0], id -> new java.util.EnumMap<>(Rsvp.Response.class)).put((Rsvp.Response) row[1], (Long) row[2]));
        return counts;
    }

    /** The meetings the account answered yes or maybe to, and those to come that the organisations its person works for host; in order. */
    public List<Meeting> meetingsOf(long account) {
        Map<Long, Meeting> found = new LinkedHashMap<>();
        entityManager.createQuery("SELECT m FROM Meeting m, Rsvp r WHERE r.meetingId = m.id AND r.accountId = :account AND r.response <> :no",
                Meeting.class).setParameter("account", account).setParameter("no", Rsvp.Response.NO).getResultStream()
                .forEach(meeting -> found.put(meeting.id(), meeting));
        Set<String> organisations = accounts.byId(account).flatMap(Account::personIri).map(networks::organisationsOf).orElse(Set.of());
        if (!organisations.isEmpty()) {
            entityManager.createQuery("SELECT m FROM Meeting m WHERE m.hostIri IN :organisations AND m.startsAt >= :now", Meeting.class)
                    .setParameter("organisations", organisations).setParameter("now", now()).getResultStream()
                    .forEach(meeting -> found.put(meeting.id(), meeting));
        }
        return found.values().stream().sorted((a, b) -> a.startsAt().compareTo(b.startsAt())).toList();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(Recurrence.ZONE));
    }
}
