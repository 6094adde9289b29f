"""The queries the service layer asks of a store, held to the same answers on SQLite and PostgreSQL."""

from __future__ import annotations

from rasid.model import Article
from rasid.storage.base import ArticleFilter, Document


def _article(i: int, published: str | None, outlet: str, text: str, language: str = "ar") -> Article:
    article = Article(origin=f"o{i}", raw_text=text, text=text, id=f"a{i}", content_hash=f"h{i}",
                      published=published, outlet=outlet, language=language, title=f"t{i}")
    article.meta["annotated_with"] = "mark-1" if i % 2 else None
    return article


def _filled(store):
    store.add_articles([
        _article(1, "2024-06-01", "okaz", "زار الرئيس بوتين بيونغ يانغ"),
        _article(2, "2024-06-10", "sabq", "قمة بوتين وكيم في روسيا"),
        _article(3, "2024-06-10", "okaz", "أسعار النفط ترتفع"),
        _article(4, None, "sabq", "Putin visits Pyongyang", "en"),
        _article(5, "2024-06-12", "okaz", "بوتين يصل"),
    ])
    store.put_documents("story", [Document("s1", {"title": "visit", "date_end": "2024-06-12"}, ["a1", "a2", "a5"], 3),
                                  Document("s2", {"title": "oil"}, ["a3"], 1)])
    store.put_documents("entity", [Document("p", {"name": "بوتين", "type": "PERS"}, ["a1", "a2", "a4", "a5"], 9.0),
                                   Document("k", {"name": "كيم", "type": "PERS"}, ["a2"], 2.0),
                                   Document("r", {"name": "روسيا", "type": "LOC"}, ["a2", "a3"], 3.0)])
    return store


def test_pages_of_articles_newest_first_with_a_keyset_cursor(new_store):
    store = _filled(new_store())
    first, key = store.page_articles(None, None, 2)
    assert [a.id for a in first] == ["a5", "a3"]
    second, key = store.page_articles(None, key, 2)
    assert [a.id for a in second] == ["a2", "a1"]
    last, key = store.page_articles(None, key, 2)
    assert [a.id for a in last] == ["a4"] and key is None  # undated last
    linked, _ = store.page_articles(ArticleFilter(linked=("entity", "p"), outlet="okaz"), None, 10)
    assert [a.id for a in linked] == ["a5", "a1"]
    assert store.count_articles(ArticleFilter(linked=("story", "s1"))) == 3


def test_articles_quoting_an_entity(new_store):
    from rasid.model import Quote

    store = new_store()
    quoting = _article(1, "2024-06-01", "okaz", "قال بوتين إن الزيارة مهمة")
    quoting.quotes = [Quote(4, 20, "بوتين إن الزيارة", "indirect", "بوتين", speaker_entity_id="p")]
    other = _article(2, "2024-06-02", "okaz", "قال كيم إن الزيارة مهمة")
    other.quotes = [Quote(4, 20, "كيم إن الزيارة", "indirect", "كيم", speaker_entity_id="k")]
    store.add_articles([quoting, other])
    found, _ = store.page_articles(ArticleFilter(quoted="p"), None, 10)
    assert [a.id for a in found] == ["a1"]
    assert store.count_articles(ArticleFilter(quoted="nobody")) == 0


def test_counts_by_day_outlet_and_language_of_a_query_or_of_everything(new_store):
    store = _filled(new_store())
    assert store.count_by("outlet") == [("okaz", 3), ("sabq", 2)]
    assert dict(store.count_by("day", query="بوتين")) == {"2024-06-01": 1, "2024-06-10": 1, "2024-06-12": 1}
    assert store.count_by("language", ArticleFilter(outlet="okaz"), query="بوتين") == [("ar", 2)]
    assert store.count_by("day", query="   ") == []


def test_links_between_documents_and_articles(new_store):
    store = _filled(new_store())
    assert store.co_linked("entity", "p", "entity") == [("k", 1), ("r", 1)]
    assert store.co_linked("story", "s1", "entity") == [("p", 3), ("k", 1), ("r", 1)]
    assert sorted(store.linked_ids("entity", "a2")) == ["k", "p", "r"]
    assert sorted(store.document_links("story")) == [("s1", "a1"), ("s1", "a2"), ("s1", "a5"), ("s2", "a3")]
    assert [d.id for d in store.documents_for_articles("story", ["a3", "a5"])] == ["s1", "s2"]
    assert [d.id for d in store.get_documents("entity", ["r", "nope", "p"], links=False)] == ["r", "p"]
    assert store.get_document("entity", "p", links=False).article_ids == []


def test_listings_of_documents(new_store):
    store = _filled(new_store())
    assert [d.id for d in store.document_page("entity", 2)] == ["p", "r"]
    assert [d.id for d in store.document_page("entity", 5, offset=1, where_field=("type", "PERS"))] == ["k"]
    assert store.count_documents("entity") == 3
    assert store.link_counts("entity", ["p", "k", "nope"]) == {"p": 4, "k": 1}
    assert store.document_ids_with_prefix("story", "s") == ["s1", "s2"]
    assert store.document_ids_with_prefix("story", "%") == []  # LIKE characters are literal
    assert store.latest_by_document("story", 5) == [("s1", "2024-06-12", 3), ("s2", "2024-06-10", 1)]
    activity = {row[0]: row[1:] for row in store.linked_activity("entity", "2024-06-01", "2024-06-10")}
    assert activity == {"p": (1, 2, "2024-06-12"), "k": (0, 1, "2024-06-10"), "r": (0, 2, "2024-06-10")}
    assert store.latest_published() == "2024-06-12"


def test_annotation_marks_in_ingestion_order(new_store):
    store = _filled(new_store())
    assert store.annotation_marks() == [("a1", "ar", "mark-1"), ("a2", "ar", None), ("a3", "ar", "mark-1"),
                                        ("a4", "en", None), ("a5", "ar", "mark-1")]


def test_generation_moves_when_anyone_writes(new_store):
    from rasid.storage.base import open_store

    store = new_store()
    if hasattr(store, "path"):
        other = open_store(store.path)
    else:
        info = store.db.info
        other = open_store(f"postgresql://{info.user}@/{info.dbname}?host={info.host}")
    try:
        before = store.generation()
        assert before is not None and store.generation() == before  # reading changes nothing
        other.add_articles([_article(9, "2024-06-01", "okaz", "نص جديد")])
        assert store.generation() != before
    finally:
        other.close()


def test_keeping_a_view_leaves_the_generation_and_a_view_stamp_moves_with_what_it_shows(new_store):
    store = _filled(new_store())
    # The stamp get_view gives, without the body; a prefix or an unknown id is no id.
    stamps = {view: store.get_view(*view)[1] for view in (("story", "s1"), ("entity", "p"), ("article", "a2"))}
    assert {view: store.view_stamp(*view) for view in stamps} == stamps
    assert store.view_stamp("story", "s") is None and store.view_stamp("article", "a9") is None
    store.add_articles([_article(6, "2024-06-13", "okaz", "خبر آخر")])
    assert store.view_stamp("article", "a6") == store.get_view("article", "a6")[1] == 0  # never built nor marked
    before = store.generation()
    assert store.put_view("story", "s1", b"{}", stamps[("story", "s1")])
    assert store.put_views([("entity", "p", b"{}", stamps[("entity", "p")]),
                            ("article", "a2", b"{}", stamps[("article", "a2")])]) == 2
    if store.COUNTS_CHANGES:  # PostgreSQL's generation is its log position: every write moves it
        assert store.generation() == before  # readers keeping views change no answer
    assert {view: store.view_stamp(*view) for view in stamps} == stamps
    s2 = store.view_stamp("story", "s2")
    store.put_documents("story", [Document("s2", {"title": "oil prices"}, ["a3"], 1)])
    assert store.generation() != before
    # The changed story's stamp moved; the other story's did not, and its view is still kept.
    assert store.view_stamp("story", "s2") == store.get_view("story", "s2")[1] > s2
    assert store.view_stamp("story", "s1") == stamps[("story", "s1")] and store.get_view("story", "s1")[0] == b"{}"


def test_a_stored_view_is_kept_until_what_it_shows_changes(new_store):
    store = _filled(new_store())
    views = {("story", "s1"), ("story", "s2"), ("entity", "p"), ("entity", "k"), ("article", "a2"), ("article", "a3")}

    def keep_all():
        for kind, view_id in views:
            if store.get_view(kind, view_id)[0] is None:
                assert store.put_view(kind, view_id, f'{{"id": "{view_id}"}}'.encode(), store.get_view(kind, view_id)[1])

    def kept():
        return {(kind, view_id) for kind, view_id in views if store.get_view(kind, view_id)[0] is not None}

    keep_all()
    assert kept() == views and store.get_view("story", "s1")[0] == b'{"id": "s1"}'
    # A stage writing again what it wrote: nothing a reader sees moved.
    store.put_documents("story", [Document("s2", {"title": "oil"}, ["a3"], 1)])
    assert kept() == views
    # A new title shows on the story's view and on its article's, not on the others.
    store.put_documents("story", [Document("s2", {"title": "oil prices"}, ["a3"], 1)])
    assert kept() == views - {("story", "s2"), ("article", "a3")}
    keep_all()
    # An article rewritten: its view and the views of every document it belongs to.
    store.update_articles(store.get_articles(["a2"]))
    assert kept() == views - {("article", "a2"), ("story", "s1"), ("entity", "p"), ("entity", "k")}
    keep_all()
    # A name removed: its view, its articles' and their documents'.
    store.delete_documents("entity", ["k"])
    assert kept() == views - {("entity", "k"), ("article", "a2"), ("story", "s1"), ("entity", "p")}
    # A reader that began building before a write does not keep what it built.
    _, stamp = store.get_view("story", "s1")
    store.update_articles(store.get_articles(["a1"]))
    assert not store.put_view("story", "s1", b'{"old": true}', stamp)
    assert store.get_view("story", "s1")[0] is None
    assert store.stale_views("story") == ["s1"] and "a1" in store.stale_views("article")


def test_only_kinds_with_views_get_view_rows(new_store):
    store = _filled(new_store())
    assert store.put_view("story", "s1", b'{"id": "s1"}', store.get_view("story", "s1")[1])
    assert store.put_view("article", "a1", b'{"id": "a1"}', store.get_view("article", "a1")[1])
    before = {(r["kind"], r["id"]): r["stamp"] for r in store._rows("SELECT kind, id, stamp FROM views")}
    # A copy group has no view of its own, but the views of its articles (their copies) and of
    # the stories of those articles show it.
    store.put_documents("copy_group", [Document("g1", {"original_id": "a1"}, ["a1", "a2"])])
    store.put_documents("clean_templates", [Document("corpus", {"lines": []}, [])])
    rows = {(r["kind"], r["id"]): r["stamp"] for r in store._rows("SELECT kind, id, stamp FROM views")}
    assert {kind for kind, _ in rows} <= {"article", *store.VIEWED}
    assert store.get_view("story", "s1")[0] is None and store.get_view("article", "a1")[0] is None
    assert rows[("story", "s1")] > before[("story", "s1")] and rows[("article", "a1")] > before[("article", "a1")]
    store.delete_documents("copy_group")
    assert {r["kind"] for r in store._rows("SELECT kind FROM views")} <= {"article", *store.VIEWED}


def test_the_kinds_with_views_are_those_the_workspace_builds(tmp_path):
    import rasid

    with rasid.open(str(tmp_path / "rasid.db"), workers=0) as ws:
        assert set(ws._builders()) == {ws.store.ARTICLE_VIEW, *ws.store.VIEWED}
