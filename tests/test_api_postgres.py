"""The same REST API on a shared PostgreSQL database: the service layer is backend-blind."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(scope="module")
def pg_api(postgres_server):
    import psycopg
    from conftest import SEEDS, need
    from fastapi.testclient import TestClient

    import rasid
    from rasid.settings import Settings
    from rasid.web.app import create_app

    need(SEEDS)
    admin_url, server = postgres_server
    name = f"rasid_api_{os.getpid()}"
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name}")
        admin.execute(f"CREATE DATABASE {name}")
    url = server.url_for(name) if server else admin_url.rsplit("/", 1)[0] + "/" + name
    with rasid.open(url, workers=0) as ws:
        ws.run([SEEDS])
    app = create_app(Settings.load(flags={"db": url, "token": "t", "workers": 0}, environ={}))
    with TestClient(app) as client:
        yield client


def test_stories_search_entities_and_articles_on_postgresql(pg_api):
    [story] = pg_api.get("/api/v1/stories").json()
    assert story["size"] == 5
    view = pg_api.get(f"/api/v1/stories/{story['id']}").json()
    assert view["briefing"]["summary"] and view["per_day"]
    found = pg_api.get("/api/v1/search", params={"q": "بيونغيانغ"}).json()
    assert found["hits"] and found["by_language"][0]["key"] == "ar"
    entity = pg_api.get("/api/v1/entities", params={"type": "PERS", "limit": 1}).json()[0]
    detail = pg_api.get(f"/api/v1/entities/{entity['id']}").json()
    assert detail["entity"]["aliases"] and detail["co_occurring"]
    page = pg_api.get("/api/v1/articles", params={"limit": 2}).json()
    assert len(page["articles"]) == 2 and page["next_cursor"]
    assert pg_api.get(f"/story/{story['id']}").status_code == 200
    assert pg_api.get(f"/article/{page['articles'][0]['id']}").status_code == 200
    # An answer kept in the cache is the same answer (the generation is the server's WAL position).
    assert pg_api.get(f"/api/v1/stories/{story['id']}").json() == view
