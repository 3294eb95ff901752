-- Secrets the hub makes for itself on first use and all its nodes share, such as the key that signs
-- calendar-feed addresses (unless one is configured).
CREATE TABLE hub_secret (
    name   VARCHAR(64)  PRIMARY KEY,
    secret VARCHAR(200) NOT NULL
);
