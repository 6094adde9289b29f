-- Every stem the search index holds, one row each (as PostgreSQL's search_terms): what a query is
-- widened against (Store.variants, Store.contains).  The fts5vocab table reads every term's
-- list of documents to count them, so one letter's slice of it cost a search 30-250 ms on all of
-- SaudiNewsNet (اتفاق: 13,170 terms); this table answers the same question from its key.
-- Filled by add_articles, with the index; a term whose articles are all gone may stay (a
-- variant that matches nothing).
CREATE TABLE search_terms (term TEXT PRIMARY KEY) WITHOUT ROWID;
INSERT OR IGNORE INTO search_terms (term) SELECT term FROM articles_terms;
