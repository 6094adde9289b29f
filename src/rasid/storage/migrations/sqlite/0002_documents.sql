-- Everything later stages derive from many articles (copy groups, stories, events, entities)
-- is a JSON document of a kind, linked to the articles it covers, so every backend stores
-- every stage the same way.
CREATE TABLE documents (
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    data TEXT NOT NULL,
    sort_key REAL NOT NULL DEFAULT 0,  -- salience, size: how listings order them, largest first
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (kind, id)
);
CREATE INDEX documents_sorted ON documents(kind, sort_key DESC);

CREATE TABLE document_articles (
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (kind, id, article_id),
    FOREIGN KEY (kind, id) REFERENCES documents(kind, id) ON DELETE CASCADE
);
CREATE INDEX document_articles_by_article ON document_articles(article_id, kind);

-- Opaque state of incremental stages (for example the story clusterer), so adding a day of
-- news resumes where the last run stopped instead of recomputing the world.
CREATE TABLE stage_state (
    stage TEXT PRIMARY KEY,
    state BLOB NOT NULL,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
