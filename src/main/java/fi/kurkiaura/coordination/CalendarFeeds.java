package fi.kurkiaura.coordination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * iCalendar (RFC 5545) feeds: a network's (its meeting series and the other events it organises),
 * a project's (the events it organises), and a person's (the meetings they said they come to or
 * might, and the meetings to come that their organisation hosts). A series is one recurring event
 * ({@code RRULE}) with {@code EXDATE} for cancelled meetings and a {@code RECURRENCE-ID} event for
 * each meeting moved or held elsewhere; times are in Europe/Helsinki with its {@code VTIMEZONE}.
 */
@ApplicationScoped
class CalendarFeeds {

    private static final String ZONE = Recurrence.ZONE.getId();
    private static final Pattern DATE_UNTIL = Pattern.compile("UNTIL=(\\d{8})(?=;|$)");
    private static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT);

    @Inject
    Meetings meetings;

    @Inject
    Attendance attendance;

    @Inject
    OrganisedEvents events;

    /** Every series of the network and the other events it organises or hosts. */
    String ofNetwork(String network, String name) {
        Calendar calendar = calendar(name);
        Map<MeetingSeries, List<Meeting>> bySeries = new LinkedHashMap<>();
        meetings.seriesOf(network).forEach(series -> bySeries.put(series, meetings.meetingsOf(series)));
        Map<String, String> names = namesIn(bySeries.keySet().stream().flatMap(series -> series.hosts().stream()).toList(),
                bySeries.values().stream().flatMap(List::stream).toList());
        bySeries.forEach((series, all) -> addSeries(calendar, series, all, names));
        events.organisedBy(network).forEach(event -> calendar.add(graphEvent(event)));
        return written(calendar);
    }

    /** The events the project organises. */
    String ofProject(String project, String name) {
        Calendar calendar = calendar(name);
        events.organisedBy(project).forEach(event -> calendar.add(graphEvent(event)));
        return written(calendar);
    }

    /** The meetings the account answered yes or maybe to, and those to come that its person's organisations host. */
    String ofAccount(long account, String name) {
        Calendar calendar = calendar(name);
        List<Meeting> theirs = attendance.meetingsOf(account);
        Map<String, String> names = namesIn(List.of(), theirs);
        theirs.forEach(meeting -> calendar.add(single(meeting, names)));
        return written(calendar);
    }

    private static Calendar calendar(String name) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Kurkiaura//Kurkiaura//FI"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new CalScale("GREGORIAN"));
        calendar.add(new Method("PUBLISH"));
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", ZONE));
        calendar.add(TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(ZONE).getVTimeZone());
        return calendar;
    }

    /** The series as one recurring event, with its cancelled meetings excluded and its changed meetings as their own instances. */
    private void addSeries(Calendar calendar, MeetingSeries series, List<Meeting> all, Map<String, String> names) {
        VEvent master = new VEvent(Recurrence.inZone(series.firstStart()), Recurrence.inZone(series.firstStart().plus(series.length())), series.title());
        master.add(new Uid(series.iri()));
        master.add(new RRule<ZonedDateTime>(withUtcUntil(series.rrule())));
        master.add(new Description("Isännöintivuoro kiertää: " + String.join(", ", series.hosts().stream().map(host -> name(host, names)).toList())));
        place(master, series.place(), names);
        List<ZonedDateTime> cancelled = all.stream().filter(Meeting::cancelled).map(meeting -> Recurrence.inZone(meeting.recurrenceId())).toList();
        if (!cancelled.isEmpty()) {
            master.add(new ExDate<>(new ParameterList(List.of(new TzId(ZONE))), new DateList<>(cancelled)));
        }
        calendar.add(master);
        all.stream().filter(meeting -> !meeting.cancelled() && (meeting.moved() || !meeting.place().equals(series.place()))).forEach(changed -> {
            VEvent instance = meetingEvent(changed, series.iri(), names);
            instance.add(new RecurrenceId<>(Recurrence.inZone(changed.recurrenceId())));
            calendar.add(instance);
        });
    }

    /** One meeting on its own, as a person's feed shows it. */
    private VEvent single(Meeting meeting, Map<String, String> names) {
        VEvent event = meetingEvent(meeting, meeting.iri(), names);
        if (meeting.cancelled()) {
            event.add(new Status("CANCELLED"));
        }
        return event;
    }

    private VEvent meetingEvent(Meeting meeting, String uid, Map<String, String> names) {
        VEvent event = new VEvent(Recurrence.inZone(meeting.startsAt()), Recurrence.inZone(meeting.endsAt()), meeting.series().title());
        event.add(new Uid(uid));
        meeting.host().ifPresent(host -> event.add(new Description("Isäntä: " + name(host, names))));
        place(event, meeting.place(), names);
        return event;
    }

    private static void place(VEvent event, Place place, Map<String, String> names) {
        Optional<String> where = place.locationIri().map(location -> name(location, names)).or(place::onlineUrl);
        where.ifPresent(location -> event.add(new Location(location)));
        place.onlineUrl().ifPresent(url -> event.add(new Url(java.net.URI.create(url))));
    }

    private static VEvent graphEvent(OrganisedEvents.Event found) {
        Temporal start = temporal(found.start());
        VEvent event = found.end().map(CalendarFeeds::temporal).filter(end -> end.getClass() == start.getClass())
                .map(end -> new VEvent(start, start instanceof LocalDate day && end.equals(day) ? day.plusDays(1) : end, found.label()))
                .orElseGet(() -> new VEvent(start, found.label()));
        event.add(new Uid(found.iri()));
        found.description().ifPresent(text -> event.add(new Description(text)));
        found.place().or(found::url).ifPresent(location -> event.add(new Location(location)));
        found.url().ifPresent(url -> event.add(new Url(java.net.URI.create(url))));
        if (found.cancelled()) {
            event.add(new Status("CANCELLED"));
        }
        return event;
    }

    /** A date stays a date; a time becomes Helsinki time (a time without an offset is one already). */
    private static Temporal temporal(String written) {
        if (written.length() <= 10) {
            return LocalDate.parse(written);
        }
        try {
            return OffsetDateTime.parse(written).atZoneSameInstant(Recurrence.ZONE);
        } catch (DateTimeParseException withoutOffset) {
            return Recurrence.inZone(LocalDateTime.parse(written));
        }
    }

    /** RFC 5545 wants UNTIL in UTC when DTSTART has a time zone: a date becomes the end of that day in Helsinki. */
    static String withUtcUntil(String rule) {
        Matcher until = DATE_UNTIL.matcher(rule);
        if (!until.find()) {
            return rule;
        }
        LocalDate day = LocalDate.parse(until.group(1), DateTimeFormatter.BASIC_ISO_DATE);
        String end = day.plusDays(1).atStartOfDay(Recurrence.ZONE).minusSeconds(1).withZoneSameInstant(java.time.ZoneOffset.UTC).format(UTC_STAMP);
        return until.replaceFirst("UNTIL=" + end);
    }

    /** The names of the hosts and of the places of the meetings (and their series), read in one query. */
    private Map<String, String> namesIn(List<String> hosts, List<Meeting> held) {
        Set<String> iris = new LinkedHashSet<>(hosts);
        held.forEach(meeting -> {
            meeting.host().ifPresent(iris::add);
            meeting.place().locationIri().ifPresent(iris::add);
            meeting.series().place().locationIri().ifPresent(iris::add);
        });
        return events.namesOf(iris);
    }

    private static String name(String iri, Map<String, String> names) {
        return names.getOrDefault(iri, iri);
    }

    private static String written(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
