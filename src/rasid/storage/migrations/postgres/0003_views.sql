-- Answers built once, read by every reader (see the SQLite migration of the same number).
CREATE TABLE views (
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    body BYTEA,
    stamp BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, id)
);
