-- Articles as read and cleaned.  rowid is the FTS key; id is the public identity
-- (origin + hash of normalised content), so re-ingesting the same files adds nothing.
CREATE TABLE articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    origin TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    source_format TEXT NOT NULL,
    url TEXT,
    outlet TEXT,
    title TEXT,
    author TEXT,
    published TEXT,
    published_estimated INTEGER NOT NULL DEFAULT 0,
    fetched TEXT,
    language TEXT,
    dateline TEXT,
    text TEXT NOT NULL,
    annotations TEXT NOT NULL,  -- JSON: credits, removed lines, sentences, meta, and later-stage spans
    ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_language ON articles(language);
CREATE INDEX articles_origin ON articles(origin);

-- Stems of the normalised title and body; matching only, never displayed.
CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE articles_terms USING fts5vocab(articles_fts, 'row');
