-- How many times the content has changed: every write transaction but one that only keeps views
-- adds one.  What a cache of answers checks (Store.generation): a reader keeping a view it built
-- is no change, and must not make every other answer kept look out of date (SQLite's data
-- version moved with it, so while readers built views nothing stayed cached).
CREATE TABLE changes (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    generation INTEGER NOT NULL
);
INSERT INTO changes (id, generation) VALUES (1, 0);
