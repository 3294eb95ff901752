package fi.kurkiaura.coordination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** The network's next meetings as the coordinators' dashboard shows them: who hosts, how many answered what, how long the agenda is. */
@ApplicationScoped
public class ComingMeetings {

    static final int SHOWN = 12;

    @Inject
    Meetings meetings;

    @Inject
    Attendance attendance;

    @Inject
    Agendas agendas;

    /** A meeting to come, with its answers counted and its agenda's length. */
    public record Coming(long meeting, String iri, String title, String start, String host, long yes, long maybe, long no, long agendaItems) {
    }

    /** For a coordinator of the network: its next meetings, with the answers and the agenda lengths of all of them read in one query each. */
    public List<Coming> next(String network, long caller) {
        List<Meeting> next = meetings.nextOf(network, SHOWN, caller);
        List<Long> ids = next.stream().map(Meeting::id).toList();
        Map<Long, Map<Rsvp.Response, Long>> answers = attendance.answerCounts(ids);
        Map<Long, Long> items = agendas.itemCounts(ids);
        return next.stream().map(meeting -> {
            Map<Rsvp.Response, Long> counted = answers.getOrDefault(meeting.id(), Map.of());
            return new Coming(meeting.id(), meeting.iri(), meeting.series().title(), RequestValues.local(meeting.startsAt()), meeting.host().orElse(null),
                    counted.getOrDefault(Rsvp.Response.YES, 0L), counted.getOrDefault(Rsvp.Response.MAYBE, 0L), counted.getOrDefault(Rsvp.Response.NO, 0L),
                    items.getOrDefault(meeting.id(), 0L));
        }).toList();
    }
}
