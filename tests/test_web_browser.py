"""The web workspace in a real Chromium (Debian's, driven by playwright), against a server the
test starts on the seeds: what an analyst clicks, reads and uploads."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
TOKEN = "browser-test-token"
HOSTILE = [{
    "url": "javascript:window.__pwned='url'",
    "source": "<img src=x onerror=\"window.__pwned='outlet'\">",
    "date_extracted": "2024-06-20",
    "title": "<script>window.__pwned='title'</script>عنوان \u202eمقلوب\u202c",
    "content": ("قالت الوزارة اليوم إن الاجتماع انعقد في الرياض لبحث التعاون. "
                "<img src=x onerror=\"window.__pwned='img'\"> "
                "<a href=\"javascript:window.__pwned='link'\">اضغط هنا</a> "
                "<script>window.__pwned='script'</script> "
                "وأضافت أن \u202eالنص المعكوس\u202c لا يغير شيئا، وأن المحادثات ستستمر غدا في جدة."),
}]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from conftest import ROOT, SEEDS, need, seeds_database

    need(SEEDS)
    if not Path(CHROMIUM).exists():
        pytest.skip(f"needs Debian's chromium at {CHROMIUM} (apt-get install chromium)")
    pytest.importorskip("playwright")
    db = seeds_database(tmp_path_factory.mktemp("web"), HOSTILE)
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "RASID_WORKERS": "0"}
    process = subprocess.Popen([sys.executable, "-m", "rasid", "serve", "--db", str(db), "--port", str(port),
                                "--token", TOKEN], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while True:
        try:
            urllib.request.urlopen(base + "/", timeout=2)
            break
        except OSError:
            if process.poll() is not None or time.time() > deadline:
                output = process.stdout.read().decode() if process.poll() is not None else ""
                process.kill()
                raise RuntimeError(f"rasid serve did not start: {output}")
            time.sleep(0.3)
    yield base
    process.terminate()
    process.wait(timeout=20)


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    tab.errors = errors
    yield tab
    context.close()


SHOTS = Path(os.environ.get("RASID_SCREENSHOTS") or Path(__file__).resolve().parent / ".screenshots")


def _shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}-{page.viewport_size['width']}.png"), full_page=True)


def _story_path(page, server) -> str:
    page.goto(server + "/stories")  # largest first: the seeds' story of five
    return page.locator(".story-card a.story-title").first.get_attribute("href")


def test_home_and_the_seeds_story_open_right_to_left(page, server):
    page.goto(server + "/")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.evaluate("document.documentElement.lang") == "ar"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    title = page.locator(".story-card a.story-title", has_text="بوتين").first
    assert "كوريا" in title.inner_text()
    _shot(page, "home")
    title.click()
    page.wait_for_url("**/story/**")
    assert page.locator("h1").inner_text().strip()
    for section in ("#summary", "#timeline", "#quotes", "#sources", "#contradictions"):
        assert page.locator(section).is_visible(), section
    assert page.locator("svg.chart rect").count() >= 1
    assert page.locator("#contradictions .contradiction").count() >= 1
    _shot(page, "story")
    assert page.errors == []


def test_a_summary_citation_opens_its_article_with_exactly_that_sentence_highlighted(page, server):
    page.goto(server + _story_path(page, server))
    claims = page.locator("#summary a.claim")
    assert claims.count() >= 3
    for index in (0, claims.count() - 1):
        page.goto(server + _story_path(page, server))
        claim = page.locator("#summary a.claim").nth(index)
        sentence = claim.inner_text()
        claim.click()
        page.wait_for_url("**/article/**")
        cited = page.locator("mark#cited")
        assert cited.count() == 1
        assert " ".join(cited.inner_text().split()) == " ".join(sentence.split())
        box = cited.bounding_box()
        assert box and 0 <= box["y"] < page.viewport_size["height"], "the cited sentence is scrolled into view"
    _shot(page, "article")


def test_timeline_and_quote_citations_land_on_their_spans_too(page, server):
    page.goto(server + _story_path(page, server))
    for selector in ("#timeline a.claim", "#quotes a.claim", "#contradictions a.claim"):
        page.goto(server + _story_path(page, server))
        link = page.locator(selector).first
        text = link.inner_text().strip("«»")
        link.click()
        page.wait_for_url("**/article/**")
        assert " ".join(page.locator("mark#cited").inner_text().split()) == " ".join(text.split()), selector


def test_the_story_page_tells_issue_10s_events_in_order_and_each_outlets_sentence_opens_its_span(page, server):
    """The timeline as a reader meets it: one dated item per event, oldest first, the seeds'
    background (Putin's visit of 2000) marked; an event told by several outlets opens, on a
    click, each outlet's own sentence, and clicking one lands on exactly that sentence,
    highlighted and scrolled into view."""
    page.goto(server + _story_path(page, server))
    events = page.locator("#timeline li.event")
    assert events.count() >= 3
    dates = [events.nth(i).locator("time").get_attribute("datetime") for i in range(events.count())]
    assert dates == sorted(dates) and all(d[:2] in ("19", "20") for d in dates)
    for i in range(events.count()):
        assert events.nth(i).locator(".event-title").inner_text().strip()
    background = page.locator("#timeline li.event.background")
    assert background.count() >= 1 and background.first.locator(".tag-background").is_visible()
    assert any(d.startswith("2000") for d in dates)
    toggle = page.locator("#timeline details.each-outlet").first
    sentence = toggle.locator("a.claim").last
    assert not sentence.is_visible()  # behind the toggle until asked for
    toggle.locator("summary").click()
    assert sentence.is_visible() and toggle.locator("li").count() >= 2
    text = sentence.inner_text()
    sentence.click()
    page.wait_for_url("**/article/**")
    cited = page.locator("mark#cited")
    assert " ".join(cited.inner_text().split()) == " ".join(text.split())
    box = cited.bounding_box()
    assert box and 0 <= box["y"] < page.viewport_size["height"], "the outlet's sentence is scrolled into view"
    assert page.errors == []


def test_article_page_marks_names_dates_and_quotes_with_what_they_resolve_to(page, server):
    page.goto(server + _story_path(page, server))
    page.locator("#timeline a.claim").first.click()  # a dated sentence: its article has resolved dates
    page.wait_for_url("**/article/**")
    mention = page.locator(".article-body a.ent").first
    assert " · " in mention.get_attribute("data-tip")  # canonical name · type
    mention.hover()
    date = page.locator(".article-body time.date[datetime^='20']").first
    assert date.get_attribute("data-tip").strip()
    assert page.locator(".article-body .quote").count() >= 1
    removed = page.locator("details.removed")
    assert not page.locator(".removed-lines").is_visible()
    removed.locator("summary").click()
    assert page.locator(".removed-lines li").first.is_visible()
    assert page.locator(".removed-lines .reason").first.inner_text().strip()


def test_entity_and_search_pages(page, server):
    page.goto(server + _story_path(page, server))
    page.locator(".entity-chip").first.click()
    page.wait_for_url("**/entity/**")
    assert page.locator("svg.chart").count() == 1 and page.locator(".bars li").count() >= 1
    _shot(page, "entity")
    page.goto(server + "/search?q=" + "بيونغيانغ")
    hits = page.locator(".hit")
    assert hits.count() >= 3 and page.locator(".hit mark").count() >= 3
    assert page.locator("svg.chart").count() == 1
    _shot(page, "search")
    page.locator("select[name=language]").select_option("ar")
    page.locator(".search-form button").click()
    page.wait_for_url("**language=ar**")
    assert page.locator(".hit").count() == hits.count()


@pytest.mark.parametrize("width", [1280, 390])
def test_no_page_scrolls_sideways(browser, server, width):
    context = browser.new_context(viewport={"width": width, "height": 800})
    tab = context.new_page()
    story = _story_path(tab, server)
    tab.goto(server + story)
    article = tab.locator("#summary a.claim").first.get_attribute("href")
    entity = tab.locator(".entity-chip").first.get_attribute("href")
    for path in ("/", "/stories", story, article, entity, "/entities", "/search?q=بوتين", "/ingest", "/api/v1/docs"):
        tab.goto(server + path)
        overflow = tab.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{path} is {overflow}px wider than a {width}px screen"
        if width == 390:
            _shot(tab, "mobile-" + (path.strip("/").split("/")[0].split("?")[0] or "home"))
    context.close()


def test_a_hostile_article_renders_inert(page, server):
    import urllib.parse

    page.goto(server + "/search?q=" + urllib.parse.quote("جدة"))
    page.locator(".hit a.a-title").first.click()
    page.wait_for_url("**/article/**")
    body = page.locator(".article-body")
    assert "<img" in body.inner_text() and "<script>" in body.inner_text()  # shown as text...
    assert page.evaluate("window.__pwned") is None  # ...and never run
    assert page.locator(".article-body img, .article-body script, main img").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    assert page.locator("[onerror]").count() == 0
    title = page.locator("h1").inner_text()
    assert "<script>" in title and "\u202e" not in title and "\ufffd" in title
    assert "\u202e" not in body.inner_text() and "\ufffd" in body.inner_text()
    assert page.locator(".warning").is_visible()  # the reader is told direction controls were there
    _shot(page, "hostile")
    page.locator(".article-body a").first.click()
    assert page.evaluate("window.__pwned") is None


def test_labels_switch_to_english_and_back(page, server):
    page.goto(server + "/")
    page.locator("a.lang-switch").click()
    page.wait_for_load_state()
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.evaluate("document.documentElement.dir") == "ltr"
    assert page.locator("nav.nav a").first.inner_text() == "Stories"
    _shot(page, "home-en")
    page.locator("a.lang-switch").click()
    page.wait_for_load_state()
    assert page.evaluate("document.documentElement.dir") == "rtl"


def test_a_file_uploaded_through_the_ingest_page_appears(page, server, tmp_path):
    upload = tmp_path / "riyadh.txt"
    upload.write_text("الرياض - أعلن مجلس الوزراء اليوم الثلاثاء إطلاق برنامج وطني جديد للنقل العام يربط مدن المملكة "
                      "بشبكة قطارات سريعة، وقال وزير النقل إن المرحلة الأولى تبدأ العام المقبل.", encoding="utf-8")
    page.goto(server + "/ingest")
    _shot(page, "ingest")
    page.locator("input[name=files]").set_input_files(str(upload))
    page.locator("input[name=token]").fill("wrong")
    page.locator("form.upload button").click()
    assert page.locator(".warning").is_visible()  # a wrong token is refused, in words
    page.locator("input[name=files]").set_input_files(str(upload))
    page.locator("input[name=token]").fill(TOKEN)
    page.locator("form.upload button").click()
    page.wait_for_url("**/jobs/**")
    page.wait_for_selector("#job[data-state=done]", timeout=180_000)
    added = page.locator("#job-articles a.a-title")
    assert added.count() == 1
    _shot(page, "job")
    added.click()
    page.wait_for_url("**/article/**")
    assert "شبكة قطارات سريعة" in page.locator(".article-body").inner_text()
    page.goto(server + "/search?q=" + '"قطارات سريعة"')  # and it is searchable at once
    assert page.locator(".hit").count() == 1
