CREATE TABLE documents (
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    data JSONB NOT NULL,
    sort_key DOUBLE PRECISION NOT NULL DEFAULT 0,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
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

CREATE TABLE stage_state (
    stage TEXT PRIMARY KEY,
    state BYTEA NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
