"""Stored views: a story's, an entity's and an article's page are built once and read by every
reader, and a later ingest shows on them at once."""

from __future__ import annotations

import shutil

import pytest

import rasid
from rasid import records
from rasid.model import Entity, Story


@pytest.fixture
def halves(tmp_path, seeds):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    for page in sorted(seeds.glob("*.txt")):
        shutil.copy(page, (first if page.name < "002" else second) / page.name)
    return first, second


def _story_of(ws, article_id: str) -> str:
    return ws.article(article_id).story.id


def test_story_entity_and_article_pages_show_articles_ingested_later(tmp_path, halves):
    from fastapi.testclient import TestClient

    from rasid.settings import Settings
    from rasid.web.app import create_app

    db = tmp_path / "rasid.db"
    with rasid.open(str(db), workers=0) as ws:
        ws.run([halves[0]])
        assert ws.refresh_views().startswith("built ")
        first = ws.articles().articles
        story_id = _story_of(ws, first[0].id)
        entity = ws.entities(limit=1)[0][0]
        # Every view was built ahead: a reader's first look is a read.
        assert ws.store.get_view("story", story_id)[0] is not None
        assert ws.store.get_view("entity", entity.id)[0] is not None
        before = ws.entity(entity.id).articles
    app = create_app(Settings.load(flags={"db": str(db), "token": "t", "workers": 0}, environ={}))
    with TestClient(app) as client:
        answer = client.get(f"/story/{story_id}")
        page, tag = answer.text, answer.headers["etag"]
        # A browser asking again with the answer it holds gets "not modified", and no body.
        again = client.get(f"/story/{story_id}", headers={"If-None-Match": tag})
        assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == tag
        assert client.get(f"/api/v1/stories/{story_id}").json()["story"]["size"] == len(first) == 2
        with rasid.open(str(db), workers=0) as ws:  # another process adds the rest of the story
            ws.run([halves[1]])
            later = [a for a in ws.articles().articles if a.id not in {f.id for f in first}]
            story_id = _story_of(ws, first[0].id)
        answer = client.get(f"/api/v1/stories/{story_id}").json()
        assert answer["story"]["size"] == 5 and {a["id"] for a in answer["articles"]} >= {a.id for a in later}
        # The story changed: its page is made again, and the tag the browser holds no longer matches.
        answer = client.get(f"/story/{story_id}", headers={"If-None-Match": tag})
        assert answer.status_code == 200 and answer.headers["etag"] != tag
        page = answer.text
        assert all(a.title in page for a in later if a.title)
        grown = client.get(f"/api/v1/entities/{entity.id}").json()
        assert grown["articles"] > before and "article_ids" not in grown["entity"]
        assert client.get(f"/api/v1/articles/{later[0].id}").json()["story"]["size"] == 5


def test_a_view_built_before_an_ingest_is_not_kept_after_it(tmp_path, halves):
    db = tmp_path / "rasid.db"
    with rasid.open(str(db), workers=0) as ws:
        ws.run([halves[0]])
        [article] = [a for a in ws.articles().articles][:1]
        story_id = _story_of(ws, article.id)
        kind = records.kind_of(Story)
        # A reader starts building the story's view from what the database holds now...
        _, stamp = ws.store.get_view(kind, story_id)
        old = records.encode(ws._story_view(story_id))
        # ...an ingest finishes meanwhile...
        ws.run([halves[1]])
        story_id = _story_of(ws, article.id)
        # ...and what the reader built is refused: the next reader sees the whole story.
        assert not ws.store.put_view(kind, story_id, old, stamp)
        assert len(ws.story(story_id).articles) == 5


def test_an_entity_view_marked_stale_is_rebuilt_on_read(tmp_path, seeds):
    with rasid.open(str(tmp_path / "rasid.db"), workers=0) as ws:
        ws.run([seeds])
        entity, count = ws.entities(limit=1)[0]
        kind = records.kind_of(Entity)
        [article] = ws.store.get_articles([ws.articles(entity=entity.id).articles[0].id])
        ws.store.update_articles([article])  # a later stage rewrote one of its articles
        assert ws.store.get_view(kind, entity.id)[0] is None
        assert ws.entity(entity.id).articles == count
        assert ws.store.get_view(kind, entity.id)[0] is not None


def test_the_run_builds_each_page_ahead_as_a_reader_would_get_it(tmp_path, seeds):
    import sqlite3

    from fastapi.testclient import TestClient

    from rasid.settings import Settings
    from rasid.web.app import create_app

    db = tmp_path / "rasid.db"
    with rasid.open(str(db), workers=0) as ws:
        ws.run([seeds])
        paths = [f"/story/{ws.stories('size', limit=1)[0].id}", f"/entity/{ws.entities(limit=1)[0][0].id}",
                 f"/article/{ws.articles().articles[0].id}"]
    settings = Settings.load(flags={"db": str(db), "token": "t", "workers": 0}, environ={})
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM pages WHERE lang = 'ar'").fetchone()[0] >= 3
    with TestClient(create_app(settings)) as client:
        ahead = {path: client.get(path).text for path in paths}
        client.cookies.set("ui", "en")
        english = client.get(paths[0]).text
    with sqlite3.connect(db) as con:
        con.execute("DELETE FROM pages")
    with TestClient(create_app(settings)) as client:
        for path in paths:
            assert client.get(path).text == ahead[path]  # the page rendered for its reader is the same
    # Only the default language is built ahead: an English reader still gets the English page.
    assert 'lang="en"' in english and 'lang="ar" dir="rtl"' in ahead[paths[0]]
