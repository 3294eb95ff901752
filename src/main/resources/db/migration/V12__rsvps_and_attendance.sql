-- Who is coming to a meeting (yes, no, maybe), for which organisation, and whether they came.
CREATE TABLE meeting_rsvp (
    meeting_id        BIGINT        NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    account_id        BIGINT        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    response          VARCHAR(8)    NOT NULL CONSTRAINT meeting_rsvp_response CHECK (response IN ('YES', 'NO', 'MAYBE')),
    organisation_iri  VARCHAR(2000),
    responded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (meeting_id, account_id)
);

-- The member organisations that were at a meeting, as its host records them: participation per
-- organisation over time is counted from these.
CREATE TABLE meeting_attendance (
    meeting_id        BIGINT        NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    organisation_iri  VARCHAR(2000) NOT NULL,
    PRIMARY KEY (meeting_id, organisation_iri)
);
