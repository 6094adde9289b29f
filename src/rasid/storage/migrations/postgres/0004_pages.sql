-- Pages built ahead with their views (see the SQLite migration 0006_pages.sql).
CREATE TABLE pages (
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    lang TEXT NOT NULL,
    body BYTEA NOT NULL,
    stamp BIGINT NOT NULL,
    PRIMARY KEY (kind, id, lang)
);
