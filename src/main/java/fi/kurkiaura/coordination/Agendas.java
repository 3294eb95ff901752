package fi.kurkiaura.coordination;

import fi.kurkiaura.platform.RefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A meeting's agenda, minutes and actions: members propose items, the host orders them and records
 * the minutes and decision of each and the actions agreed, and closes the meeting. Actions not done
 * come back on the agenda of the series' later meetings. Every change is shown in the graph in the
 * same transaction, as the meetings themselves.
 */
@ApplicationScoped
public class Agendas {

    @PersistenceContext(unitName = "kurkiaura")
    EntityManager entityManager;

    @Inject
    Meetings meetings;

    @Inject
    MeetingAccess access;

    @Inject
    NetworkMembers networks;

    @Inject
    MeetingPublication publication;

    Clock clock = Clock.systemUTC();

    /** A meeting's agenda: its own items in order, and the actions of earlier meetings of the series still open when it began. */
    public record Agenda(Meeting meeting, List<AgendaItem> items, List<ActionItem> actions, List<ActionItem> carriedOver) {
    }

    /** What an item's minutes say, each part changed when present. */
    public record Minutes(Optional<String> title, Optional<String> details, Optional<String> minutes, Optional<String> decision) {
    }

    public Agenda agendaOf(long meetingId) {
        Meeting meeting = meetings.meeting(meetingId);
        List<AgendaItem> items = itemsOf(meeting);
        List<ActionItem> actions = entityManager.createQuery("SELECT a FROM ActionItem a WHERE a.meeting = :meeting ORDER BY a.id", ActionItem.class)
                .setParameter("meeting", meeting).getResultList();
        List<ActionItem> carriedOver = entityManager.createQuery("SELECT a FROM ActionItem a WHERE a.meeting.series = :series"
                + " AND a.meeting.startsAt < :start AND (a.doneAt IS NULL OR a.doneAt > :began) ORDER BY a.due, a.id", ActionItem.class)
                .setParameter("series", meeting.series()).setParameter("start", meeting.startsAt())
                .setParameter("began", Recurrence.inZone(meeting.startsAt()).toInstant()).getResultList();
        return new Agenda(meeting, items, actions, carriedOver);
    }

    /** Adds an item at the end of the agenda of a meeting that is not closed or cancelled. */
    @Transactional
    public AgendaItem propose(long meetingId, String title, String details, long caller) {
        Meeting meeting = meetings.meeting(meetingId);
        access.requireTakingPart(caller, meeting);
        requireOpen(meeting);
        AgendaItem item = new AgendaItem(meeting, itemsOf(meeting).size() + 1, text("title", title, AgendaItem.MAX_TITLE, true),
                text("details", details, AgendaItem.MAX_DETAILS, false), caller, clock.instant());
        entityManager.persist(item);
        publish(meeting, caller);
        return item;
    }

    /** Puts the agenda in the order given, which names every item of the meeting once. */
    @Transactional
    public List<AgendaItem> order(long meetingId, List<Long> itemIds, long caller) {
        Meeting meeting = meetings.meeting(meetingId);
        access.requireRunning(caller, meeting);
        requireOpen(meeting);
        List<AgendaItem> items = itemsOf(meeting);
        Set<Long> current = new HashSet<>(items.stream().map(AgendaItem::id).toList());
        if (itemIds == null || itemIds.size() != current.size() || !current.equals(new HashSet<>(itemIds))) {
            throw new RefusedException(422, "The order names every item of the meeting's agenda once: " + items.stream().map(AgendaItem::id).toList());
        }
        items.forEach(item -> item.placeAt(itemIds.indexOf(item.id()) + 1));
        publish(meeting, caller);
        return itemsOf(meeting);
    }

    /** Records an item's minutes and decision (or corrects its title and details) while the meeting is not closed. */
    @Transactional
    public AgendaItem record(long meetingId, long itemId, Minutes minutes, long caller) {
        AgendaItem item = item(itemId);
        if (!item.meeting().id().equals(meetingId)) {
            throw new RefusedException(404, "Meeting " + meetingId + " has no agenda item " + itemId);
        }
        access.requireRunning(caller, item.meeting());
        requireOpen(item.meeting());
        String title = minutes.title().isPresent() ? text("title", minutes.title().get(), AgendaItem.MAX_TITLE, true) : item.title();
        String details = minutes.details().isPresent() ? text("details", minutes.details().get(), AgendaItem.MAX_DETAILS, false) : item.details().orElse(null);
        item.rename(title, details);
        item.record(minutes.minutes().isPresent() ? text("minutes", minutes.minutes().get(), AgendaItem.MAX_MINUTES, false) : item.minutes().orElse(null),
                minutes.decision().isPresent() ? text("decision", minutes.decision().get(), AgendaItem.MAX_DECISION, false) : item.decision().orElse(null));
        publish(item.meeting(), caller);
        return item;
    }

    /** Records an action the meeting agreed, optionally under one of its items; its owner is a listed person or an organisation. */
    @Transactional
    public ActionItem agree(long meetingId, Long itemId, String what, String owner, LocalDate due, long caller) {
        Meeting meeting = meetings.meeting(meetingId);
        access.requireRunning(caller, meeting);
        requireOpen(meeting);
        AgendaItem item = null;
        if (itemId != null) {
            item = item(itemId);
            if (!item.meeting().id().equals(meeting.id())) {
                throw new RefusedException(422, "Agenda item " + itemId + " is on another meeting's agenda");
            }
        }
        String ownerIri = owner == null ? "" : owner.strip();
        if (ownerIri.isEmpty()) {
            throw new RefusedException(422, "An action has an owner: a person listed in the graph or an organisation (\"owner\": IRI)");
        }
        if (!networks.isActor(ownerIri)) {
            throw new RefusedException(422, "The owner " + ownerIri + " is neither a person listed in the graph nor an organisation");
        }
        if (due == null) {
            throw new RefusedException(422, "An action has a due date (\"due\": 2027-02-01)");
        }
        ActionItem action = new ActionItem(meeting, item, text("what", what, ActionItem.MAX_WHAT, true), ownerIri, due, caller, clock.instant());
        entityManager.persist(action);
        publish(meeting, caller);
        return action;
    }

    /** Marks an action done, or not done again; it leaves the agendas of meetings that begin after it was done. */
    @Transactional
    public ActionItem markDone(long actionId, boolean done, long caller) {
        ActionItem action = Found.by(entityManager, ActionItem.class, actionId, "action");
        access.requireAnswering(caller, action);
        if (done && action.doneAt().isEmpty()) {
            action.markDone(clock.instant());
        } else if (!done) {
            action.reopen();
        }
        publish(action.meeting(), caller);
        return action;
    }

    /** Closes the meeting's minutes: no more items, minutes or actions on it. Closing a closed meeting changes nothing. */
    @Transactional
    public Meeting close(long meetingId, long caller) {
        Meeting meeting = meetings.meeting(meetingId);
        access.requireRunning(caller, meeting);
        if (!meeting.closed()) {
            meeting.close(clock.instant());
        }
        return meeting;
    }

    /** How many items each meeting's agenda has, by meeting id. */
    public Map<Long, Long> itemCounts(List<Long> meetingIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!meetingIds.isEmpty()) {
            entityManager.createQuery("SELECT i.meeting.id, COUNT(i) FROM AgendaItem i WHERE i.meeting.id IN :ids GROUP BY i.meeting.id", Object[].class)
                    .setParameter("ids", meetingIds).getResultStream().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return counts;
    }

    /** The open actions of a network's series, the oldest due first. */
    public List<ActionItem> openActionsOf(String network) {
        return entityManager.createQuery("SELECT a FROM ActionItem a WHERE a.meeting.series.networkIri = :network AND a.doneAt IS NULL"
                + " ORDER BY a.due, a.id", ActionItem.class).setParameter("network", network).getResultList();
    }

    private List<AgendaItem> itemsOf(Meeting meeting) {
        return entityManager.createQuery("SELECT i FROM AgendaItem i WHERE i.meeting = :meeting ORDER BY i.position, i.id", AgendaItem.class)
                .setParameter("meeting", meeting).getResultList();
    }

    private AgendaItem item(long id) {
        return Found.by(entityManager, AgendaItem.class, id, "agenda item");
    }

    private void publish(Meeting meeting, long caller) {
        entityManager.flush();
        publication.publish(meeting.series(), meetings.meetingsOf(meeting.series()), String.valueOf(caller));
    }

    private static void requireOpen(Meeting meeting) {
        if (meeting.closed()) {
            throw new RefusedException(422, "The meeting's minutes are closed: nothing more is added to its agenda");
        }
        if (meeting.cancelled()) {
            throw new RefusedException(422, "The meeting is cancelled: it has no agenda");
        }
    }

    /** The text stripped; refused when required and empty, or longer than {@code most}; null when optional and empty. */
    private static String text(String name, String text, int most, boolean required) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            if (required) {
                throw new RefusedException(422, "\"" + name + "\" is empty");
            }
            return null;
        }
        if (stripped.length() > most) {
            throw new RefusedException(422, "\"" + name + "\" has at most " + most + " characters");
        }
        return stripped;
    }
}
