package fi.kurkiaura.coordination;

import fi.kurkiaura.chat.Conversations;
import fi.kurkiaura.graph.EventClashes;
import fi.kurkiaura.platform.RefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs a network's meeting series: starts one, keeps its meetings a year ahead, moves, cancels and
 * relocates single meetings, orders the hosts, swaps two hosts, and says who hosts when. Every
 * change is checked first, stored, and shown in the graph in the same transaction: a change the
 * graph refuses is not stored either.
 */
@ApplicationScoped
public class Meetings {

    /** How far ahead the meetings of a series are laid out (and get their rooms). */
    static final Duration HORIZON = Duration.ofDays(366);

    static final Duration LONGEST_MEETING = Duration.ofHours(12);

    /**
     * The most meetings a new series lays out at once (its past ones and the year ahead): a daily
     * series started years back would otherwise write thousands of meetings in one request.
     */
    static final int MOST_MEETINGS_AT_START = 1000;
    static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy", Locale.ROOT);

    @PersistenceContext(unitName = "kurkiaura")
    EntityManager entityManager;

    @Inject
    NetworkMembers networks;

    @Inject
    MeetingPublication publication;

    @Inject
    Conversations conversations;

    @Inject
    MeetingAccess access;

    @Inject
    EventClashes clashes;

    Clock clock = Clock.systemUTC();

    /** What a coordinator asks for when starting a series; times are local to Helsinki. */
    public record Plan(String network, String title, String language, String rule, LocalDateTime start, LocalDateTime end, Place place,
            List<String> hosts) {
    }

    /** A change to one meeting: each part that is present is changed. */
    public record Change(Optional<LocalDateTime> start, Optional<LocalDateTime> end, Optional<Boolean> cancelled, Optional<Place> place) {
    }

    /** A meeting and the other events it clashes with. */
    public record MeetingClashes(Meeting meeting, List<EventClashes.Clash> with) {
    }

    /** Starts a series for a network the caller coordinates, with its meetings for the year ahead. */
    @Transactional
    public MeetingSeries start(Plan plan, long caller) {
        String network = plan.network() == null ? "" : plan.network().strip();
        if (networks.networkName(network).isEmpty()) {
            throw new RefusedException(422, "\"network\" is not a network of the graph: " + network);
        }
        access.requireCoordinator(caller, network);
        String title = plan.title() == null ? "" : plan.title().strip();
        if (title.isEmpty() || title.length() > MeetingSeries.MAX_TITLE_LENGTH) {
            throw new RefusedException(422, "A series has a title of 1 to " + MeetingSeries.MAX_TITLE_LENGTH + " characters");
        }
        String language = plan.language() == null ? "fi" : plan.language();
        if (!LANGUAGES.contains(language)) {
            throw new RefusedException(422, "\"lang\" is fi, sv or en");
        }
        Duration length = lengthOf(plan.start(), plan.end());
        Recurrence recurrence = Recurrence.of(plan.rule(), plan.start());
        int laidOut = recurrence.startsBetween(recurrence.first(), LocalDateTime.now(clock.withZone(Recurrence.ZONE)).plus(HORIZON)).size();
        if (laidOut > MOST_MEETINGS_AT_START) {
            throw new RefusedException(422, "The series would have " + laidOut + " meetings from its start to a year ahead; at most "
                    + MOST_MEETINGS_AT_START + ": start it later or meet less often");
        }
        List<String> hosts = members(network, plan.hosts());
        Place place = checked(plan.place());
        MeetingSeries series = new MeetingSeries(freeSlug(title), network, title, language, recurrence, length, place, hosts, caller, clock.instant());
        entityManager.persist(series);
        List<Meeting> meetings = layOut(series);
        publication.publish(series, meetings, String.valueOf(caller));
        return series;
    }

    /** Lays out the meetings of every series up to a year ahead; what is there already stays. */
    @Transactional
    public void layOutAll() {
        for (MeetingSeries series : entityManager.createQuery("SELECT s FROM MeetingSeries s ORDER BY s.id", MeetingSeries.class).getResultList()) {
            int before = meetingsOf(series).size();
            List<Meeting> meetings = layOut(series);
            if (meetings.size() != before) {
                publication.publish(series, meetings, "kurkiaura");
            }
        }
    }

    /** Moves, cancels, reinstates or relocates one meeting; the turns after it follow. */
    @Transactional
    public Meeting change(long meetingId, Change change, long caller) {
        Meeting meeting = meeting(meetingId);
        MeetingSeries series = meeting.series();
        access.requireCoordinator(caller, series.networkIri());
        if (change.start().isPresent() || change.end().isPresent()) {
            LocalDateTime start = change.start().orElse(meeting.startsAt());
            LocalDateTime end = change.end().orElse(change.start().map(moved -> moved.plus(Duration.between(meeting.startsAt(), meeting.endsAt())))
                    .orElse(meeting.endsAt()));
            lengthOf(start, end);
            meeting.moveTo(start, end);
        }
        change.cancelled().ifPresent(cancelled -> {
            if (cancelled) {
                meeting.cancel();
            } else {
                meeting.reinstate();
            }
        });
        change.place().ifPresent(place -> meeting.holdAt(checked(place)));
        List<Meeting> meetings = meetingsOf(series);
        assignHosts(series, meetings);
        publication.publish(series, meetings, String.valueOf(caller));
        return meeting;
    }

    /** Sets the hosting order; meetings to come follow it, from the turn after the last one held. */
    @Transactional
    public MeetingSeries orderHosts(long seriesId, List<String> hosts, long caller) {
        MeetingSeries series = series(seriesId);
        access.requireCoordinator(caller, series.networkIri());
        series.hostInOrder(members(series.networkIri(), hosts));
        List<Meeting> meetings = meetingsOf(series);
        assignHosts(series, meetings);
        publication.publish(series, meetings, String.valueOf(caller));
        return series;
    }

    /** Exchanges the hosts of two meetings to come of one series, as a coordinator decides. */
    @Transactional
    public List<Meeting> swapHosts(long meetingId, long otherId, long caller) {
        Meeting one = meeting(meetingId);
        Meeting other = meeting(otherId);
        access.requireCoordinator(caller, one.series().networkIri());
        return exchangeHosts(one, other, caller);
    }

    /** Refuses (422) a swap that is not of two different meetings to come of one series, each with a host. */
    void requireSwappable(Meeting one, Meeting other) {
        if (!one.series().id().equals(other.series().id())) {
            throw new RefusedException(422, "Hosts are swapped between two meetings of the same series");
        }
        if (one.id().equals(other.id())) {
            throw new RefusedException(422, "A swap needs two different meetings");
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(Recurrence.ZONE));
        for (Meeting meeting : List.of(one, other)) {
            if (meeting.cancelled() || meeting.host().isEmpty()) {
                throw new RefusedException(422, "The meeting of " + meeting.startsAt().format(DAY) + " has no host to swap"
                        + (meeting.cancelled() ? ": it is cancelled" : ""));
            }
            if (!meeting.startsAt().isAfter(now)) {
                throw new RefusedException(422, "The meeting of " + meeting.startsAt().format(DAY) + " is over; only meetings to come swap hosts");
            }
        }
    }

    /** Gives each meeting the other's host, fixed from now on, and shows it in the graph. */
    @Transactional
    List<Meeting> exchangeHosts(Meeting one, Meeting other, long caller) {
        requireSwappable(one, other);
        String first = one.host().orElseThrow();
        one.fixHost(other.host().orElseThrow());
        other.fixHost(first);
        List<Meeting> meetings = meetingsOf(one.series());
        assignHosts(one.series(), meetings);
        publication.publish(one.series(), meetings, String.valueOf(caller));
        return List.of(one, other);
    }

    /** The series' meetings to come that clash with other events of the graph, with those events. */
    public List<MeetingClashes> clashesOf(MeetingSeries series) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(Recurrence.ZONE));
        List<Meeting> coming = meetingsOf(series).stream().filter(meeting -> !meeting.cancelled() && meeting.endsAt().isAfter(now)).toList();
        Map<String, List<EventClashes.Clash>> found = clashes.clashesOfEach(coming.stream().map(Meeting::iri).toList());
        return coming.stream().map(meeting -> new MeetingClashes(meeting, found.getOrDefault(meeting.iri(), List.of())))
                .filter(clashing -> !clashing.with().isEmpty()).toList();
    }

    /** The other events of the graph the meeting clashes with. */
    public List<EventClashes.Clash> clashesOf(Meeting meeting) {
        return clashes.clashesOf(meeting.iri()).orElse(List.of());
    }

    public MeetingSeries series(long id) {
        return Found.by(entityManager, MeetingSeries.class, id, "meeting series");
    }

    public List<MeetingSeries> seriesOf(String network) {
        return entityManager.createQuery("SELECT s FROM MeetingSeries s WHERE s.networkIri = :network ORDER BY s.firstStart", MeetingSeries.class)
                .setParameter("network", network).getResultList();
    }

    public Meeting meeting(long id) {
        return Found.by(entityManager, Meeting.class, id, "meeting");
    }

    /** The meetings of a series that start on or after {@code from} and before {@code until}, cancelled ones included. */
    public List<Meeting> meetingsBetween(long seriesId, LocalDateTime from, LocalDateTime until) {
        return entityManager.createQuery("SELECT m FROM Meeting m WHERE m.series.id = :series AND m.startsAt >= :from AND m.startsAt < :until"
                + " ORDER BY m.startsAt", Meeting.class)
                .setParameter("series", series(seriesId).id()).setParameter("from", from).setParameter("until", until).getResultList();
    }

    /** The meeting whose own room the conversation is, if any. */
    public Optional<Meeting> heldIn(long conversationId) {
        return entityManager.createQuery("SELECT m FROM Meeting m WHERE m.conversationId = :room", Meeting.class)
                .setParameter("room", conversationId).getResultStream().findFirst();
    }

    /** The meetings of every series, not cancelled, that start on or after {@code from} and before {@code until}. */
    public List<Meeting> startingBetween(LocalDateTime from, LocalDateTime until) {
        return entityManager.createQuery("SELECT m FROM Meeting m WHERE m.cancelled = false AND m.startsAt >= :from AND m.startsAt < :until"
                + " ORDER BY m.startsAt", Meeting.class).setParameter("from", from).setParameter("until", until).getResultList();
    }

    /** The network's next meetings, not cancelled, at most {@code most}, for a coordinator of it. */
    public List<Meeting> nextOf(String network, int most, long caller) {
        access.requireCoordinator(caller, network);
        return entityManager.createQuery("SELECT m FROM Meeting m WHERE m.series.networkIri = :network AND m.cancelled = false AND m.endsAt > :now"
                + " ORDER BY m.startsAt", Meeting.class).setParameter("network", network)
                .setParameter("now", LocalDateTime.now(clock.withZone(Recurrence.ZONE))).setMaxResults(most).getResultList();
    }

    /** Who hosts the network's meetings in a month ("who hosts in March?"), cancelled ones left out. */
    public List<Meeting> hostsIn(String network, YearMonth month) {
        return entityManager.createQuery("SELECT m FROM Meeting m WHERE m.series.networkIri = :network AND m.cancelled = false"
                + " AND m.startsAt >= :from AND m.startsAt < :until ORDER BY m.startsAt", Meeting.class)
                .setParameter("network", network).setParameter("from", month.atDay(1).atStartOfDay())
                .setParameter("until", month.plusMonths(1).atDay(1).atStartOfDay()).getResultList();
    }

    /** Adds the meetings the rule gives up to the horizon that the series lacks, opens rooms for those to come, and assigns hosts. */
    private List<Meeting> layOut(MeetingSeries series) {
        List<Meeting> meetings = new ArrayList<>(meetingsOf(series));
        Set<LocalDateTime> laidOut = new HashSet<>();
        meetings.forEach(meeting -> laidOut.add(meeting.recurrenceId()));
        LocalDateTime now = LocalDateTime.now(clock.withZone(Recurrence.ZONE));
        for (LocalDateTime start : series.recurrence().startsBetween(series.firstStart(), now.plus(HORIZON))) {
            if (laidOut.add(start)) {
                Meeting meeting = new Meeting(series, start);
                entityManager.persist(meeting);
                meetings.add(meeting);
            }
        }
        meetings.sort((a, b) -> a.recurrenceId().compareTo(b.recurrenceId()));
        for (Meeting meeting : meetings) {
            if (meeting.conversationId().isEmpty() && meeting.endsAt().isAfter(now)) {
                meeting.talkIn(conversations.openRoom(series.title() + " " + meeting.startsAt().format(DAY), meeting.iri()).id());
            }
        }
        assignHosts(series, meetings);
        return meetings;
    }

    /** Gives each meeting its host by the turns; a meeting that is over keeps the turn it had. */
    private void assignHosts(MeetingSeries series, List<Meeting> meetings) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(Recurrence.ZONE));
        Set<String> members = networks.organisationsIn(series.networkIri());
        HostingRotation rotation = new HostingRotation(series.hosts(), members::contains);
        List<HostingRotation.Meeting> turns = meetings.stream().map(meeting -> new HostingRotation.Meeting(meeting.cancelled(),
                meeting.hostFixed() ? meeting.host() : Optional.empty(),
                meeting.startsAt().isBefore(now) ? meeting.turn() : Optional.empty())).toList();
        List<Optional<HostingRotation.Assignment>> assignments = rotation.assign(turns);
        for (int i = 0; i < meetings.size(); i++) {
            Meeting meeting = meetings.get(i);
            if (!meeting.startsAt().isBefore(now) || meeting.turn().isEmpty()) {
                meeting.assign(assignments.get(i));
            }
        }
    }

    /** Every meeting of the series, in the order of their original starts. */
    List<Meeting> meetingsOf(MeetingSeries series) {
        return entityManager.createQuery("SELECT m FROM Meeting m WHERE m.series = :series ORDER BY m.recurrenceId", Meeting.class)
                .setParameter("series", series).getResultList();
    }

    /** The hosts, each a member organisation of the network and named once; refused naming those that are not. */
    private List<String> members(String network, List<String> hosts) {
        List<String> asked = hosts == null ? List.of() : hosts.stream().map(host -> host == null ? "" : host.strip()).toList();
        Set<String> members = networks.organisationsIn(network);
        List<String> outsiders = asked.stream().filter(host -> !members.contains(host)).toList();
        if (!outsiders.isEmpty()) {
            throw new RefusedException(422, "Only member organisations of the network host its meetings; not members: " + String.join(", ", outsiders));
        }
        if (new LinkedHashSet<>(asked).size() != asked.size()) {
            throw new RefusedException(422, "Each organisation is in the hosting order once");
        }
        return asked;
    }

    private Place checked(Place place) {
        if (place == null) {
            return Place.UNKNOWN;
        }
        place.locationIri().ifPresent(location -> {
            if (!networks.isPlace(location)) {
                throw new RefusedException(422, "\"location\" is not a place of the graph: " + location);
            }
        });
        place.onlineUrl().ifPresent(Meetings::requireWebAddress);
        return place;
    }

    private static void requireWebAddress(String url) {
        try {
            URI uri = new URI(url);
            if (url.length() > 2000 || uri.getHost() == null || !Set.of("https", "http").contains(String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT))) {
                throw new RefusedException(422, "\"online\" is a web address (https://…) of at most 2000 characters");
            }
        } catch (java.net.URISyntaxException e) {
            throw new RefusedException(422, "\"online\" is not a web address: " + e.getReason());
        }
    }

    private static Duration lengthOf(LocalDateTime start, LocalDateTime end) {
        if (start == null || end == null) {
            throw new RefusedException(422, "A meeting has a start and an end");
        }
        if (!end.isAfter(start)) {
            throw new RefusedException(422, "A meeting ends after it starts: the end " + end + " is not after the start " + start);
        }
        Duration length = Duration.between(start, end);
        if (length.compareTo(LONGEST_MEETING) > 0) {
            throw new RefusedException(422, "A meeting lasts at most " + LONGEST_MEETING.toHours() + " hours");
        }
        return length;
    }

    /** A name for the series in the graph from its title, one that no series and no resource has yet. */
    private String freeSlug(String title) {
        String base = Normalizer.normalize(title.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        base = base.isEmpty() ? "tapaamiset" : base.substring(0, Math.min(80, base.length())).replaceAll("-$", "");
        String slug = base;
        for (int n = 2; isTaken(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private boolean isTaken(String slug) {
        boolean series = !entityManager.createQuery("SELECT s.id FROM MeetingSeries s WHERE s.slug = :slug", Long.class)
                .setParameter("slug", slug).getResultList().isEmpty();
        return series || networks.isDescribed(MeetingIris.series(slug));
    }
}
