"""The Python API (rasid.open, rasid.analyze): the layer the command line, REST API and pages share."""

from __future__ import annotations

import re

import pytest

import rasid
from rasid.errors import NotFound, RasidError


@pytest.fixture(scope="module")
def ws(tmp_path_factory):
    from conftest import SEEDS, need

    need(SEEDS)
    workspace = rasid.open(str(tmp_path_factory.mktemp("service") / "rasid.db"), workers=0)
    report = workspace.run([SEEDS])
    assert report.ingest.ingested == 5 and report.exit_code == 0 and len(report.stages) == 4
    # The run ends by building every page's stored view: no first reader waits for one.
    assert report.stages[-1].startswith("built ") and not any(
        workspace.store.stale_views(kind, limit=1) for kind in ("story", "entity", workspace.store.ARTICLE_VIEW))
    yield workspace
    workspace.close()


def test_analyze_annotates_one_text_without_a_database(seeds):
    text = (seeds / "003_4b66e5e65810cf40.txt").read_text(encoding="utf-8")
    article = rasid.analyze(text, published="2023-09-14")
    assert article.language == "ar" and article.text and article.sentences
    assert any(m.text == "كيم جونغ أون" and m.type == "PERS" for m in article.mentions)
    assert any(q.speaker and "بيسكوف" in q.speaker for q in article.quotes)
    # "أمس (الأربعاء)" resolved against the date given
    assert any(t.value == "2023-09-13" for t in article.timerefs)
    for span in [*article.mentions, *article.quotes, *article.timerefs]:
        assert article.text[span.start:span.end] == span.text
    english = rasid.analyze("Vladimir Putin arrived in Pyongyang on Wednesday, officials said.", language="en",
                            published="2024-06-19")
    assert english.language == "en" and any(m.text == "Vladimir Putin" for m in english.mentions)


def test_stories_story_and_brief_with_every_citation_a_span(ws):
    [story] = ws.stories()
    assert story.size == 5 and ws.stories(sort="recent")[0].id == story.id
    view = ws.story(story.id[:6])  # a unique prefix is enough
    assert view.story.id == story.id and len(view.articles) == 5
    assert sum(p.count for p in view.per_day) == 5
    texts = {a.id: ws.article(a.id).article.text for a in view.articles}
    briefing = ws.brief(story.id)
    for sentence in briefing.summary:
        assert texts[sentence.article_id][sentence.start:sentence.end] == sentence.text
    for entry in briefing.timeline:
        assert texts[entry.citation.article_id][entry.citation.start:entry.citation.end] == entry.description
    assert briefing.contradictions and view.entities
    with pytest.raises(NotFound):
        ws.story("0000000000")
    with pytest.raises(RasidError, match="sort must be one of"):
        ws.stories(sort="loudest")


def test_search_ranks_highlights_and_counts_every_match(ws):
    results = ws.search("بيونغيانغ")
    assert results.hits and results.total >= len(results.hits)
    assert sum(c.count for c in results.by_outlet) == results.total == sum(c.count for c in results.by_language)
    hit = results.hits[0]
    assert any(matched for _, matched in hit.snippet_parts)
    text = ws.article(hit.article_id).article.text
    assert all(re.sub(r"\s", "", text[s:e]) for s, e in hit.highlights)
    assert ws.search("").hits == [] and ws.search("كلمةلاتوجدأبدا").total == 0
    assert 0 < sum(c.count for c in ws.counts("بوتين", by="day")) <= ws.search("بوتين").total  # dated to the day
    assert sum(c.count for c in ws.counts(by="outlet")) == 5  # the seeds name no outlet: one None key
    with pytest.raises(RasidError, match="YYYY-MM-DD"):
        ws.search("بوتين", date_from="yesterday")


def test_entities_entity_and_quotes(ws):
    listed = ws.entities(type="PERS", limit=10)
    assert listed and all(e.type == "PERS" for e, _ in listed)
    kim = ws.entity("كيم جونغ اون")  # any spelling
    assert "كيم جونغ أون" in kim.entity.aliases and kim.articles >= 3
    assert sum(c.count for c in kim.per_day) == sum(1 for a in kim.recent if a.published and len(a.published) >= 10)
    assert kim.co_occurring and kim.stories and kim.quotes_by
    assert all(q.speaker_entity_id == kim.entity.id for q in kim.quotes_by)
    peskov = ws.quotes(speaker="دميتري بيسكوف")
    assert len(peskov) >= 3 and all("بيسكوف" in q.speaker for q in peskov)
    by_entity = ws.quotes(entity=kim.entity.id)
    assert {(q.article_id, q.start) for q in by_entity} >= {(q.article_id, q.start) for q in kim.quotes_by}
    story = ws.stories()[0]
    assert {e.id for e, _ in ws.entities(story=story.id, limit=500)} >= {kim.entity.id}
    with pytest.raises(NotFound):
        ws.entity("لا أحد بهذا الاسم أبدا")


def test_articles_page_by_cursor_and_filter_by_story_or_entity(ws):
    first = ws.articles(limit=2)
    second = ws.articles(limit=2, cursor=first.next_cursor)
    third = ws.articles(limit=2, cursor=second.next_cursor)
    ids = [a.id for page in (first, second, third) for a in page.articles]
    assert len(ids) == len(set(ids)) == 5 and third.next_cursor is None
    story = ws.stories()[0]
    assert len(ws.articles(story=story.id).articles) == 5
    kim = ws.entity("كيم جونغ أون")
    assert len(ws.articles(entity=kim.entity.id, limit=50).articles) == kim.articles
    with pytest.raises(RasidError, match="cursor"):
        ws.articles(cursor="not-a-cursor")
    view = ws.article(ids[0][:8])
    assert view.article.id == ids[0] and view.story and view.story.id == story.id
    assert any(m.entity_name for m in view.mentions)


def test_events_and_home_overview(ws):
    events = ws.events()
    assert events and [e.event.date_start for e in events] == sorted(e.event.date_start for e in events)
    overview = ws.overview()
    assert overview.articles == 5 and overview.stories == 1 and overview.as_of == "2024-06-17"
    assert overview.latest and overview.outlets


def test_the_readme_python_example_runs_as_written(tmp_path, monkeypatch):
    from conftest import ROOT, SEEDS, need

    need(SEEDS)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = readme.split("## Python API", 1)[1].split("```python", 1)[1].split("```", 1)[0]
    assert "../shared/samples/seeds" in example
    # Run it from a folder where ../shared/samples/seeds is the real one, as from the repository root.
    (tmp_path / "repo").mkdir()
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "samples").mkdir()
    (tmp_path / "shared" / "samples" / "seeds").symlink_to(SEEDS)
    monkeypatch.chdir(tmp_path / "repo")
    exec(compile(example, "README.md", "exec"), {})
    assert (tmp_path / "repo" / "example.db").exists()


def test_a_served_workspace_answers_from_memory_until_another_process_writes(ws, tmp_path):
    import sqlite3

    from rasid.service.workspace import Workspace

    db = tmp_path / "copy.db"
    with sqlite3.connect(ws.settings.db) as source, sqlite3.connect(db) as target:
        source.backup(target)
    served = Workspace(ws.settings.with_overrides(db=str(db)), remember=8)
    [story] = served.stories()
    assert served.story(story.id) is served.story(story.id)  # the page and its API twin share one view
    assert served.search("القاهرة").total == 0
    page = tmp_path / "cairo.txt"
    page.write_text("أعلنت وزارة الخارجية اليوم أن وزير الخارجية سيزور القاهرة الأسبوع المقبل لبحث العلاقات "
                    "الثنائية وقضايا المنطقة مع نظيره المصري، وقال المتحدث إن الزيارة تستمر يومين.", encoding="utf-8")
    with rasid.open(str(db), workers=0) as writer:  # another connection, as another process would be
        assert writer.ingest([page]).ingested == 1
    assert served.search("القاهرة").total == 1  # nothing stale once the database has changed
    served.close()
