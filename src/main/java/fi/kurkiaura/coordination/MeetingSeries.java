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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A network's recurring meeting: when its meetings start (an RFC 5545 rule in local time from the
 * first meeting), how long they last, where they are held, and the order in which the member
 * organisations host them.
 */
@Entity
@Table(name = "meeting_series")
public class MeetingSeries {

    static final int MAX_TITLE_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 120)
    private String slug;

    @Column(name = "network_iri", nullable = false, length = 2000)
    private String networkIri;

    @Column(nullable = false, length = MAX_TITLE_LENGTH)
    private String title;

    /** The language the title is written in: fi, sv or en. */
    @Column(name = "title_lang", nullable = false, length = 2)
    private String titleLanguage;

    @Column(nullable = false, length = 500)
    private String rrule;

    @Column(name = "first_start", nullable = false)
    private LocalDateTime firstStart;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "location_iri", length = 2000)
    private String locationIri;

    @Column(name = "online_url", length = 2000)
    private String onlineUrl;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_series_host", joinColumns = @JoinColumn(name = "series_id"))
    @OrderColumn(name = "position")
    @Column(name = "organisation_iri", nullable = false, length = 2000)
    private List<String> hosts = new ArrayList<>();

    protected MeetingSeries() {
    }

    MeetingSeries(String slug, String networkIri, String title, String titleLanguage, Recurrence recurrence, Duration length, Place place, List<String> hosts, Long createdBy,
            Instant createdAt) {
        this.slug = slug;
        this.networkIri = networkIri;
        this.title = title;
        this.titleLanguage = titleLanguage;
        this.rrule = recurrence.rule();
        this.firstStart = recurrence.first();
        this.durationMinutes = Math.toIntExact(length.toMinutes());
        this.locationIri = place.locationIri().orElse(null);
        this.onlineUrl = place.onlineUrl().orElse(null);
        this.hosts = new ArrayList<>(hosts);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    String slug() {
        return slug;
    }

    String iri() {
        return MeetingIris.series(slug);
    }

    String networkIri() {
        return networkIri;
    }

    String title() {
        return title;
    }

    String titleLanguage() {
        return titleLanguage;
    }

    Recurrence recurrence() {
        return Recurrence.of(rrule, firstStart);
    }

    String rrule() {
        return rrule;
    }

    LocalDateTime firstStart() {
        return firstStart;
    }

    Duration length() {
        return Duration.ofMinutes(durationMinutes);
    }

    Place place() {
        return new Place(Optional.ofNullable(locationIri), Optional.ofNullable(onlineUrl));
    }

    List<String> hosts() {
        return List.copyOf(hosts);
    }

    void hostInOrder(List<String> organisations) {
        hosts.clear();
        hosts.addAll(organisations);
    }
}
