-- A direct conversation is named by its two accounts ("<smaller id>:<larger id>"), unique, so two
-- people never get two of them even if both open one at the same moment.
ALTER TABLE conversation ADD COLUMN direct_key VARCHAR(64);
CREATE UNIQUE INDEX conversation_direct_key ON conversation (direct_key);

-- A peer group may end; after that it is read-only.
ALTER TABLE conversation ADD COLUMN ends_at TIMESTAMP WITH TIME ZONE;

-- Requests to join a peer group, waiting for its facilitator.
CREATE TABLE join_request (
    conversation_id  BIGINT        NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
    account_id       BIGINT        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    message          VARCHAR(500),
    requested_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (conversation_id, account_id)
);
