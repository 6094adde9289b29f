"""Every page, rendered by the server: hostile page text stays text, no script but the shipped one,
no inline style or handler, no bidi control, no request path touching the file system."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from test_web_browser import HOSTILE

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


class _Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.elements: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def _parse(html: str) -> _Elements:
    parser = _Elements()
    parser.feed(html)
    return parser


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from conftest import seeds_database
    from fastapi.testclient import TestClient

    import rasid
    from rasid.settings import Settings
    from rasid.web.app import create_app

    db = seeds_database(tmp_path_factory.mktemp("pages"), HOSTILE)
    with rasid.open(str(db), workers=0) as ws:
        story = ws.stories()[0]
        [hit] = ws.search("جدة").hits
        hostile_id = hit.article_id
        entity = ws.entities(limit=1)[0][0]
    app = create_app(Settings.load(flags={"db": str(db), "token": "t", "workers": 0}, environ={}))
    with TestClient(app) as client:
        yield client, {"story": story.id, "hostile": hostile_id, "entity": entity.id}


def _pages(ids):
    return ["/", "/stories", "/stories?sort=growth", "/stories?sort=recent", f"/story/{ids['story']}",
            f"/article/{ids['hostile']}", f"/article/{ids['hostile']}?hl=0-30", f"/entity/{ids['entity']}",
            "/entities", "/entities?type=LOC", "/search?q=بوتين", "/search?q=جدة", "/ingest", "/api/v1/docs",
            "/login", "/articles", f"/articles?story={ids['story']}", f"/articles?entity={ids['entity']}&language=ar"]


def test_every_page_is_arabic_first_and_carries_no_active_content_from_a_page(site):
    client, ids = site
    for path in _pages(ids):
        response = client.get(path)
        assert response.status_code == 200, path
        html = response.text
        assert '<html lang="ar" dir="rtl">' in html
        assert not any(c in html for c in BIDI), path
        parsed = _parse(html)
        scripts = [a for tag, a in parsed.elements if tag == "script"]
        assert scripts == [{"src": "/static/rasid.js?v=0.1.0", "defer": None}], path
        for tag, attrs in parsed.elements:
            assert not any(name.startswith("on") for name in attrs), (path, tag, attrs)
            assert "style" not in attrs, (path, tag)  # the policy forbids inline style too
            for name in ("href", "src", "action", "formaction"):
                value = (attrs.get(name) or "").strip().lower()
                assert not value.startswith(("javascript:", "data:", "vbscript:")), (path, tag, attrs)
            assert tag not in ("img", "iframe", "object", "embed"), (path, tag)


def test_the_hostile_article_shows_its_markup_as_text(site):
    client, ids = site
    html = client.get(f"/article/{ids['hostile']}").text
    text = "".join(_parse(html).text)
    assert "<script>window.__pwned='title'</script>" in text  # what the page said, readable
    assert "onerror=\"window.__pwned='img'\"" in text
    assert "javascript:window.__pwned='url'" in text  # the URL is shown, never linked
    assert "\ufffd" in text and "rel=\"noopener" not in html  # no link to the original: its URL is not http(s)


def test_a_citation_highlights_exactly_its_span_and_a_bad_span_is_ignored(site):
    client, ids = site
    view = client.get(f"/api/v1/stories/{ids['story']}").json()
    sentence = view["briefing"]["summary"][0]
    html = client.get(f"/article/{sentence['article_id']}?hl={sentence['start']}-{sentence['end']}").text
    marked = html.split('<mark id="cited"', 1)[1].split(">", 1)[1]
    parser = _Elements()
    parser.feed(marked.split("</mark>", 1)[0])
    assert " ".join("".join(parser.text).split()) == " ".join(sentence["text"].split())
    for bad in ("99999999-99999999", "5-2", "x", "1-2-3", "-1-4"):
        response = client.get(f"/article/{sentence['article_id']}?hl={bad}")
        assert response.status_code == 200 and 'id="cited"' not in response.text


def test_assets_come_from_the_package_and_no_path_reaches_the_file_system(site):
    client, _ = site
    css = client.get("/static/rasid.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    font = client.get("/static/fonts/NotoNaskhArabic-Regular.ttf")
    assert font.status_code == 200 and font.content[:4] == b"\x00\x01\x00\x00"
    assert client.get("/static/fonts/OFL.txt").status_code == 200
    for path in ("/static/../pages.py", "/static/..%2fpages.py", "/static/%2e%2e/app.py", "/static//etc/passwd",
                 "/static/templates/base.html", "/static/fonts/../../web/pages.py"):
        assert client.get(path).status_code == 404, path
    assert "http" not in css.text  # no font or image from elsewhere


def test_the_language_switch_only_redirects_inside_the_site(site):
    client, _ = site
    for target, expected in (("/stories", "/stories"), ("https://evil.example/", "/"), ("//evil.example", "/"),
                             ("/\\evil.example", "/"), ("javascript:alert(1)", "/")):
        response = client.get(f"/ui/en?next={target}", follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"] == expected, target
    client.cookies.set("ui", "en")
    english = client.get("/").text
    client.cookies.delete("ui")
    assert '<html lang="en" dir="ltr">' in english and ">Stories<" in english


def test_unknown_pages_and_ids_are_pages_not_tracebacks(site):
    client, _ = site
    for path in ("/story/nope", "/article/nope", "/entity/nope", "/jobs/nope", "/no-such-page"):
        response = client.get(path)
        assert response.status_code == 404 and "<html" in response.text and "Traceback" not in response.text


def test_the_story_page_tells_the_timeline_event_by_event(site):
    """Each dated happening: its date and title, where and who (names linked to their entity
    pages), each outlet's own sentence linked to its span, and the happenings the coverage only
    recalls from before it (Putin's visit of July 2000, Shoigu's of August 2023 in the seeds) marked
    as background."""
    client, ids = site
    view = client.get(f"/api/v1/stories/{ids['story']}").json()
    timeline = view["timeline"]
    assert [t["entry"]["date"] for t in timeline] == sorted(t["entry"]["date"] for t in timeline)
    background = [t for t in timeline if t["entry"]["background"]]
    # Background is what happened before the story's first report (September 2023): Putin's
    # July 2000 visit and Shoigu's visit «آب الماضي» (August 2023).
    assert background and all(t["entry"]["date"] < "2023-09" for t in background)
    assert any("2000" in t["entry"]["date"] for t in background)
    html = client.get(f"/story/{ids['story']}").text
    section = html.split('id="timeline"', 1)[1].split("</section>", 1)[0]
    items = section.split('<li class="event')[1:]
    assert len(items) == len(timeline)
    for item, t in zip(items, timeline):
        assert item.startswith(" background" if t["entry"]["background"] else '"')
        assert ("خلفية" in item) == t["entry"]["background"]
        assert f'datetime="{t["entry"]["date"]}"' in item
        text = " ".join("".join(_parse(item).text).split())
        assert " ".join((t["entry"]["title"] or t["entry"]["description"]).split()) in text
        if t["place"]:
            assert t["place"] in text
        for p in t["participants"]:
            assert p["name"] in text
            if p["entity_id"]:
                assert client.get(f"/entity/{p['entity_id']}").status_code == 200
        articles = {}
        for s in t["sentences"]:
            assert s["start"] < s["end"]
            articles.setdefault(s["article_id"], client.get(f"/api/v1/articles/{s['article_id']}").json())
            assert articles[s["article_id"]]["article"]["text"][s["start"]:s["end"]] == s["text"]
            if len(t["sentences"]) > 1:
                assert f'/article/{s["article_id"]}?hl={s["start"]}-{s["end"]}#cited' in item
    assert any(len(t["sentences"]) > 1 for t in timeline)  # the seeds' outlets tell some happenings alike
    assert any(p["entity_id"] for t in timeline for p in t["participants"])
