-- Articles as read and cleaned; the same columns as the SQLite schema.
CREATE TABLE articles (
    rowid BIGSERIAL PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    origin TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    source_format TEXT NOT NULL,
    url TEXT,
    outlet TEXT,
    title TEXT,
    author TEXT,
    published TEXT,
    published_estimated BOOLEAN NOT NULL DEFAULT FALSE,
    fetched TEXT,
    language TEXT,
    dateline TEXT,
    text TEXT NOT NULL,
    annotations JSONB NOT NULL,
    ingested_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- Stems with positions, built by rasid (not PostgreSQL's parser, whose idea of a letter
    -- depends on the server locale): title lexemes weighted A, body B.
    search TSVECTOR NOT NULL
);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_language ON articles(language);
CREATE INDEX articles_search ON articles USING GIN (search);

-- Every indexed stem, so queries can widen to the spellings present.
CREATE TABLE search_terms (term TEXT PRIMARY KEY);
