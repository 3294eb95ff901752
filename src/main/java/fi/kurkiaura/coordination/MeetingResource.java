package fi.kurkiaura.coordination;

import static fi.kurkiaura.coordination.RequestValues.date;
import static fi.kurkiaura.coordination.RequestValues.local;
import static fi.kurkiaura.coordination.RequestValues.month;
import static fi.kurkiaura.coordination.RequestValues.network;
import static fi.kurkiaura.coordination.RequestValues.place;
import static fi.kurkiaura.coordination.RequestValues.requiredTime;
import static fi.kurkiaura.coordination.RequestValues.time;

import fi.kurkiaura.graph.EventClashes;
import fi.kurkiaura.identity.Callers;
import fi.kurkiaura.identity.Roles;
import fi.kurkiaura.platform.RefusedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A network's meeting series over REST: coordinators start series, order hosts, move, cancel and
 * swap meetings; anyone reads them, as the graph shows them to anyone. Times are local to Helsinki
 * ("2027-01-01T10:00"); a time with an offset is taken as that moment.
 */
@Path("/meetings")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingResource {

    @Inject
    Meetings meetings;

    @Inject
    Agendas agendas;

    @Inject
    Attendance attendance;

    @Inject
    MeetingReminders reminders;

    @Inject
    ComingMeetings coming;

    @Inject
    HostSwaps swaps;

    public record NewSeries(String network, String title, String lang, String rrule, String start, String end, String location, String online,
            List<String> hosts) {
    }

    public record HostingOrder(List<String> hosts) {
    }

    public record MeetingChange(String start, String end, Boolean cancelled, String location, String online) {
    }

    public record Swap(Long with) {
    }

    /** A series; when it has just started, also its meetings to come that clash with other events. */
    public record SeriesView(long id, String iri, String network, String title, String lang, String rrule, String start, long minutes,
            String location, String online, List<String> hosts, List<ClashView> clashes) {
        static SeriesView of(MeetingSeries series) {
            return of(series, null);
        }

        static SeriesView of(MeetingSeries series, List<ClashView> clashes) {
            Place place = series.place();
            return new SeriesView(series.id(), series.iri(), series.networkIri(), series.title(), series.titleLanguage(), series.rrule(),
                    local(series.firstStart()), series.length().toMinutes(), place.locationIri().orElse(null), place.onlineUrl().orElse(null),
                    series.hosts(), clashes);
        }
    }

    /** A meeting and the events it clashes with. */
    public record ClashView(long meeting, String iri, String start, List<EventClashes.Clash> with) {
    }

    /** A meeting; after a change, also the events it now clashes with. */
    public record MeetingView(long id, String iri, long series, String recurrenceId, String start, String end, boolean cancelled, boolean moved,
            String host, boolean hostSwapped, String location, String online, Long room, boolean closed, List<EventClashes.Clash> clashes) {
        static MeetingView of(Meeting meeting) {
            return of(meeting, null);
        }

        static MeetingView of(Meeting meeting, List<EventClashes.Clash> clashes) {
            Place place = meeting.place();
            return new MeetingView(meeting.id(), meeting.iri(), meeting.series().id(), local(meeting.recurrenceId()), local(meeting.startsAt()),
                    local(meeting.endsAt()), meeting.cancelled(), meeting.moved(), meeting.host().orElse(null), meeting.hostFixed(),
                    place.locationIri().orElse(null), place.onlineUrl().orElse(null), meeting.conversationId().orElse(null),
                    meeting.closed(), clashes);
        }
    }

    public record HostingView(long meeting, String iri, String start, String host) {
    }

    public record Reminded(int written) {
    }

    /** A swap one host proposed and the other answers. */
    public record SwapView(long id, long meeting, long with, String proposingHost, String answeringHost, String state) {
        static SwapView of(SwapRequest request) {
            return new SwapView(request.id(), request.meeting().id(), request.other().id(), request.proposingHost(), request.answeringHost(),
                    request.state().name().toLowerCase(Locale.ROOT));
        }
    }


    public record ParticipationView(String organisation, int attended, int held, List<String> dates) {
    }

    @POST
    @Path("/series")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Start a meeting series for a network you coordinate: an RFC 5545 rule, the first meeting's start and end, "
            + "a place or an online link, and the member organisations in hosting order; the answer lists the meetings to come that clash with other events")
    public Response start(NewSeries body, @Context SecurityContext caller) {
        if (body == null) {
            throw new RefusedException(400, "Send {\"network\", \"title\", \"rrule\", \"start\", \"end\", \"hosts\": [...]}"
                    + " and optionally \"lang\", \"location\", \"online\"");
        }
        MeetingSeries series = meetings.start(new Meetings.Plan(body.network(), body.title(), body.lang(), body.rrule(),
                requiredTime("start", body.start()), requiredTime("end", body.end()), place(body.location(), body.online()), body.hosts()),
                Callers.accountId(caller));
        List<ClashView> clashes = meetings.clashesOf(series).stream().map(found -> new ClashView(found.meeting().id(), found.meeting().iri(),
                local(found.meeting().startsAt()), found.with())).toList();
        return Response.created(URI.create("/api/meetings/series/" + series.id())).entity(SeriesView.of(series, clashes)).build();
    }

    @GET
    @Path("/series")
    @Operation(summary = "The meeting series of a network")
    public List<SeriesView> seriesOf(@QueryParam("network") String network) {
        return meetings.seriesOf(network(network)).stream().map(SeriesView::of).toList();
    }

    @GET
    @Path("/series/{id}")
    public SeriesView series(@PathParam("id") long id) {
        return SeriesView.of(meetings.series(id));
    }

    @GET
    @Path("/series/{id}/meetings")
    @Operation(summary = "The meetings of a series from ?from= (default: a month ago) until ?until= (default: a year after from), cancelled ones included")
    public List<MeetingView> meetingsOf(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("until") String until) {
        LocalDateTime start = time("from", from).orElse(LocalDateTime.now(Recurrence.ZONE).minusMonths(1));
        LocalDateTime end = time("until", until).orElse(start.plusYears(1));
        return meetings.meetingsBetween(id, start, end).stream().map(MeetingView::of).toList();
    }

    @PUT
    @Path("/series/{id}/hosts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Set the hosting order; meetings to come follow it from the turn after the last meeting held")
    public SeriesView orderHosts(@PathParam("id") long id, HostingOrder body, @Context SecurityContext caller) {
        if (body == null || body.hosts() == null) {
            throw new RefusedException(400, "Send {\"hosts\": [\"https://kurkiaura.fi/id/organisation/…\", …]}");
        }
        return SeriesView.of(meetings.orderHosts(id, body.hosts(), Callers.accountId(caller)));
    }

    @GET
    @Path("/{id}")
    public MeetingView meeting(@PathParam("id") long id) {
        return MeetingView.of(meetings.meeting(id));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Move (start, end), cancel or reinstate (cancelled), or relocate (location, online) one meeting; "
            + "the answer lists the events it now clashes with")
    public MeetingView change(@PathParam("id") long id, MeetingChange body, @Context SecurityContext caller) {
        if (body == null) {
            throw new RefusedException(400, "Send any of {\"start\", \"end\", \"cancelled\", \"location\", \"online\"}");
        }
        boolean relocated = body.location() != null || body.online() != null;
        Meeting changed = meetings.change(id, new Meetings.Change(time("start", body.start()), time("end", body.end()),
                Optional.ofNullable(body.cancelled()),
                relocated ? Optional.of(place(body.location(), body.online())) : Optional.empty()), Callers.accountId(caller));
        return MeetingView.of(changed, meetings.clashesOf(changed));
    }

    @POST
    @Path("/{id}/swap")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Swap the hosts of this meeting and another of the same series (both to come)")
    public List<MeetingView> swap(@PathParam("id") long id, Swap body, @Context SecurityContext caller) {
        if (body == null || body.with() == null) {
            throw new RefusedException(400, "Send {\"with\": <the other meeting's id>}");
        }
        return meetings.swapHosts(id, body.with(), Callers.accountId(caller)).stream().map(MeetingView::of).toList();
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Close the meeting's minutes (its host or a coordinator): no more agenda items, minutes or actions on it")
    public MeetingView close(@PathParam("id") long id, @Context SecurityContext caller) {
        return MeetingView.of(agendas.close(id, Callers.accountId(caller)));
    }

    @GET
    @Path("/hosts")
    @Operation(summary = "Who hosts the network's meetings in a month: ?network=…&month=2027-03")
    public List<HostingView> hostsIn(@QueryParam("network") String network, @QueryParam("month") String month) {
        return meetings.hostsIn(network(network), month(month)).stream().map(meeting -> new HostingView(meeting.id(), meeting.iri(), local(meeting.startsAt()),
                meeting.host().orElse(null))).toList();
    }

    @POST
    @Path("/{id}/swap-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Propose to the other host to swap this meeting and another of the series (the people of either host)")
    public Response proposeSwap(@PathParam("id") long id, Swap body, @Context SecurityContext caller) {
        if (body == null || body.with() == null) {
            throw new RefusedException(400, "Send {\"with\": <the other meeting's id>}");
        }
        return Response.status(201).entity(SwapView.of(swaps.propose(id, body.with(), Callers.accountId(caller)))).build();
    }

    @GET
    @Path("/{id}/swap-requests")
    @Operation(summary = "The swaps of this meeting that wait for the other host's answer")
    public List<SwapView> pendingSwaps(@PathParam("id") long id) {
        return swaps.pendingFor(id).stream().map(SwapView::of).toList();
    }

    @POST
    @Path("/swap-requests/{request}/accept")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Agree to a swap (the people of the other host): the two meetings exchange hosts")
    public SwapView acceptSwap(@PathParam("request") long request, @Context SecurityContext caller) {
        return SwapView.of(swaps.answer(request, true, Callers.accountId(caller)));
    }

    @POST
    @Path("/swap-requests/{request}/decline")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Decline a swap (the people of the other host)")
    public SwapView declineSwap(@PathParam("request") long request, @Context SecurityContext caller) {
        return SwapView.of(swaps.answer(request, false, Callers.accountId(caller)));
    }

    @GET
    @Path("/coming")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "The network's next meetings with their hosts, answers and agenda lengths (coordinators of the network)")
    public List<ComingMeetings.Coming> coming(@QueryParam("network") String network, @Context SecurityContext caller) {
        return coming.next(network(network), Callers.accountId(caller));
    }

    @POST
    @Path("/reminders")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Write the reminders that are due now, without waiting for the hourly check; each is written once whoever asks")
    public Reminded remindNow() {
        return new Reminded(reminders.remindOfDueMeetings());
    }

    @GET
    @Path("/participation")
    @Operation(summary = "How often each organisation was at the network's meetings held from ?from= (default: a year ago) until ?until= (default: today)")
    public List<ParticipationView> participation(@QueryParam("network") String network, @QueryParam("from") String from,
            @QueryParam("until") String until) {
        LocalDate end = date("until", until).orElse(LocalDate.now(Recurrence.ZONE).plusDays(1));
        LocalDate start = date("from", from).orElse(end.minusYears(1));
        return attendance.participationIn(network(network), start, end).stream().map(participation -> new ParticipationView(participation.organisation(),
                participation.attended().size(), participation.held(), participation.attended().stream().map(LocalDate::toString).toList())).toList();
    }
}
