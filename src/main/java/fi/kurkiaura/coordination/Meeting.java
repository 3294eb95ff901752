package fi.kurkiaura.coordination;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * One meeting of a series, named by the start its rule gave it (its RFC 5545 RECURRENCE-ID), which
 * stays when the meeting is moved. Times are local to the series' zone.
 */
@Entity
@Table(name = "meeting")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "series_id", nullable = false)
    private MeetingSeries series;

    @Column(name = "recurrence_id", nullable = false)
    private LocalDateTime recurrenceId;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Column(nullable = false)
    private boolean cancelled;

    @Column(name = "turn_iri", length = 2000)
    private String turnIri;

    @Column(name = "host_iri", length = 2000)
    private String hostIri;

    @Column(name = "host_fixed", nullable = false)
    private boolean hostFixed;

    @Column(name = "location_iri", length = 2000)
    private String locationIri;

    @Column(name = "online_url", length = 2000)
    private String onlineUrl;

    @Column(name = "conversation_id")
    private Long conversationId;

    @Column(name = "closed_at")
    private Instant closedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "organisation_iri", nullable = false, length = 2000)
    private Set<String> attendingOrganisations = new HashSet<>();

    @Version
    private long version;

    protected Meeting() {
    }

    Meeting(MeetingSeries series, LocalDateTime recurrenceId) {
        this.series = series;
        this.recurrenceId = recurrenceId;
        this.startsAt = recurrenceId;
        this.endsAt = recurrenceId.plus(series.length());
    }

    public Long id() {
        return id;
    }

    MeetingSeries series() {
        return series;
    }

    String iri() {
        return MeetingIris.meeting(series.slug(), recurrenceId.toLocalDate());
    }

    LocalDateTime recurrenceId() {
        return recurrenceId;
    }

    LocalDateTime startsAt() {
        return startsAt;
    }

    LocalDateTime endsAt() {
        return endsAt;
    }

    boolean cancelled() {
        return cancelled;
    }

    boolean moved() {
        return !startsAt.equals(recurrenceId) || !endsAt.equals(recurrenceId.plus(series.length()));
    }

    /** Whose hosting turn the meeting used; empty when cancelled or nobody was left to host. */
    Optional<String> turn() {
        return Optional.ofNullable(turnIri);
    }

    Optional<String> host() {
        return Optional.ofNullable(hostIri);
    }

    /** Whether the host was set by a swap or a coordinator rather than by the turns. */
    boolean hostFixed() {
        return hostFixed;
    }

    /** Where it is held: its own place when changed for this meeting, else the series'. */
    Place place() {
        return locationIri == null && onlineUrl == null ? series.place() : new Place(Optional.ofNullable(locationIri), Optional.ofNullable(onlineUrl));
    }

    Optional<Long> conversationId() {
        return Optional.ofNullable(conversationId);
    }

    /** Whether its minutes are closed: it takes no more agenda items, minutes or actions. */
    boolean closed() {
        return closedAt != null;
    }

    /** The member organisations that were there, as the host recorded them. */
    Set<String> attendingOrganisations() {
        return Set.copyOf(attendingOrganisations);
    }

    void attendedBy(Set<String> organisations) {
        attendingOrganisations.clear();
        attendingOrganisations.addAll(organisations);
    }

    void close(Instant when) {
        this.closedAt = when;
    }

    void moveTo(LocalDateTime start, LocalDateTime end) {
        this.startsAt = start;
        this.endsAt = end;
    }

    void holdAt(Place place) {
        this.locationIri = place.locationIri().orElse(null);
        this.onlineUrl = place.onlineUrl().orElse(null);
    }

    void cancel() {
        this.cancelled = true;
    }

    void reinstate() {
        this.cancelled = false;
    }

    void assign(Optional<HostingRotation.Assignment> assignment) {
        this.turnIri = assignment.map(HostingRotation.Assignment::turn).orElse(null);
        this.hostIri = assignment.map(HostingRotation.Assignment::host).orElse(null);
    }

    void fixHost(String organisation) {
        this.hostIri = organisation;
        this.hostFixed = true;
    }

    void talkIn(long conversation) {
        this.conversationId = conversation;
    }
}
