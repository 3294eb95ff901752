-- A REACTION event adds its emoji (body) to a message, or takes it back when reaction_removed.
ALTER TABLE chat_event ADD COLUMN reaction_removed BOOLEAN NOT NULL DEFAULT FALSE;
