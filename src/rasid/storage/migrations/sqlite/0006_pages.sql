-- Pages built ahead with their views: a story's, an entity's or an article's page in one language
-- of the interface, as the server sends it (gzip-compressed HTML), so that its first reader
-- costs a read, not a render (on all of SaudiNewsNet a large story's page took 10-230 ms to
-- render, and every reader queued behind it waited as long).  A page is good while its stamp is
-- its view's (views.stamp): marking the view stale moves that stamp, and the page is no longer read.
CREATE TABLE pages (
    kind TEXT NOT NULL,   -- article | story | entity (as views.kind)
    id TEXT NOT NULL,
    lang TEXT NOT NULL,   -- the interface's language
    body BLOB NOT NULL,
    stamp INTEGER NOT NULL,
    PRIMARY KEY (kind, id, lang)
);
