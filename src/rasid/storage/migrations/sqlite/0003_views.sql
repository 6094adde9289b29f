-- Answers built once, read by every reader: a story's, an entity's or an article's view as the
-- API sends it (JSON, rasid.records.encode), so a page view costs a read, not a computation.
-- A write that changes what a view shows marks it stale (body NULL) and moves its stamp; a
-- reader that built a view stores it only if the stamp has not moved since it began, so a view
-- built from data older than the last write is never kept.
CREATE TABLE views (
    kind TEXT NOT NULL,   -- article | story | entity
    id TEXT NOT NULL,
    body BLOB,            -- NULL: stale or never built
    stamp INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, id)
);
