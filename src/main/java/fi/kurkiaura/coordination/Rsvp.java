package fi.kurkiaura.coordination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/** Someone's answer to a meeting: coming, not coming or maybe, and for which organisation. */
@Entity
@Table(name = "meeting_rsvp")
@IdClass(Rsvp.Key.class)
public class Rsvp {

    /** The answers, as stored and as the API writes them; iCalendar's PARTSTAT in brackets. */
    public enum Response {
        /** ACCEPTED. */
        YES,
        /** DECLINED. */
        NO,
        /** TENTATIVE. */
        MAYBE
    }

    /** The key: one answer per meeting and account. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long meetingId;
        private long accountId;

        protected Key() {
        }

        Key(long meetingId, long accountId) {
            this.meetingId = meetingId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.meetingId == meetingId && key.accountId == accountId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(meetingId) * 31 + Long.hashCode(accountId);
        }
    }

    @Id
    @Column(name = "meeting_id")
    private long meetingId;

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Response response;

    @Column(name = "organisation_iri", length = 2000)
    private String organisationIri;

    @Column(name = "responded_at", nullable = false)
    private Instant respondedAt;

    protected Rsvp() {
    }

    Rsvp(long meetingId, long accountId, Response response, String organisation, Instant when) {
        this.meetingId = meetingId;
        this.accountId = accountId;
        answer(response, organisation, when);
    }

    long meetingId() {
        return meetingId;
    }

    long accountId() {
        return accountId;
    }

    Response response() {
        return response;
    }

    Optional<String> organisationIri() {
        return Optional.ofNullable(organisationIri);
    }

    Instant respondedAt() {
        return respondedAt;
    }

    void answer(Response newResponse, String organisation, Instant when) {
        this.response = newResponse;
        this.organisationIri = organisation;
        this.respondedAt = when;
    }
}
