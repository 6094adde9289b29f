"""Storage behaviour users rely on: migrations, identity, atomic batches, derived documents."""

from __future__ import annotations

import pytest

from rasid.model import Article
from rasid.pipeline.identify import assign_identity
from rasid.storage.base import Document
from rasid.storage.sqlite import SQLiteStore


def _article(origin, text, **kw):
    return assign_identity(Article(origin=origin, raw_text=text, text=text, **kw))


def test_database_is_wal_and_migrated_once(tmp_path):
    path = tmp_path / "a.db"
    store = SQLiteStore(path)
    version = store.schema_version
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.close()
    again = SQLiteStore(path)
    assert again.schema_version == version >= 2
    assert again.db.execute("SELECT COUNT(*) FROM schema_version").fetchone()[0] == version


def test_same_text_from_two_outlets_stays_two_articles_same_file_twice_stays_one(new_store):
    store = new_store()
    wire = "وكالة: التقى الزعيمان في قاعدة فضائية."
    assert store.add_articles([_article("http://a/1", wire), _article("http://b/9", wire)]) == 2
    assert store.add_articles([_article("http://a/1", wire)]) == 0
    # diacritics and spacing are not a different content
    assert store.add_articles([_article("http://a/1", "وكالة:  التقى الزعيمانِ في قاعدة فضائية.")]) == 0
    assert store.count_articles() == 2


def test_a_failing_batch_leaves_nothing_half_written(new_store):
    store = new_store()
    good = _article("g", "نص سليم")
    bad = _article("b", "نص آخر")
    bad.text = None  # violates NOT NULL mid-batch
    with pytest.raises(Exception, match="(?i)null"):
        store.add_articles([good, bad])
    assert store.count_articles() == 0
    assert store.search("سليم") == []


def test_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("this is a text file, not a database " * 100)
    from rasid.errors import RasidError

    with pytest.raises(RasidError, match="not a rasid database"):
        SQLiteStore(path)


def test_documents_are_replaced_linked_and_ordered(new_store):
    store = new_store()
    a, b = _article("a", "نص أ"), _article("b", "نص ب")
    store.add_articles([a, b])
    store.put_documents("story", [Document("s1", {"title": "small"}, [a.id], 1),
                                  Document("s2", {"title": "big"}, [a.id, b.id], 2)])
    assert [d.id for d in store.iter_documents("story")] == ["s2", "s1"]
    assert [d.id for d in store.iter_documents("story", article_id=b.id)] == ["s2"]
    store.put_documents("story", [Document("s2", {"title": "bigger"}, [b.id], 3)])
    doc = store.get_document("story", "s2")
    assert doc.data["title"] == "bigger" and doc.article_ids == [b.id]
    store.set_state("stories", b"\x00state")
    assert store.get_state("stories") == b"\x00state"


def test_articles_round_trip_with_their_annotations(new_store):
    from rasid.model import Mention, RemovedLine, Sentence
    from rasid.storage.base import ArticleFilter

    store = new_store()
    a = _article("http://x/1", "بوتين في موسكو.", outlet="س", published="2024-06-18", language="ar",
                 title="عنوان", credits=["أ ف ب"])
    a.removed = [RemovedLine(3, "زر الذهاب إلى الأعلى", "footer")]
    a.sentences = [Sentence(0, 15)]
    a.mentions = [Mention(0, 5, "بوتين", "PERS")]
    b = _article("http://x/2", "خبر قديم.", outlet="ص", published="2023-01-02", language="ar")
    store.add_articles([a, b])
    got = store.get_article(a.id[:8])
    assert (got.text, got.title, got.credits, got.removed, got.sentences, got.mentions) == (
        a.text, a.title, a.credits, a.removed, a.sentences, a.mentions)
    assert [x.id for x in store.iter_articles()] == [b.id, a.id]  # oldest first
    assert store.count_articles(ArticleFilter(date_from="2024-01-01")) == 1
    got.mentions[0].entity_id = "e1"
    store.update_articles([got])
    assert store.get_article(a.id).mentions[0].entity_id == "e1"


def test_articles_read_in_part_keep_the_parts_asked_for_and_leave_the_rest_empty(new_store):
    from rasid.model import Mention, Quote, RemovedLine, Sentence

    store = new_store()
    a = _article("http://x/1", "قال بوتين: «سنرد».", outlet="س", published="2024-06-18", language="ar", title="عنوان")
    a.removed = [RemovedLine(3, "زر الذهاب إلى الأعلى", "footer")]
    a.sentences = [Sentence(0, 18)]
    a.mentions = [Mention(4, 9, "بوتين", "PERS", entity_id="e1")]
    a.quotes = [Quote(11, 17, "«سنرد»", "direct", speaker="بوتين", speaker_entity_id="e1")]
    a.meta = {"byline_outlet": "واس"}
    store.add_articles([a])
    whole = store.get_articles([a.id])[0]
    part = store.get_articles([a.id], parts=("quotes", "meta"))[0]
    assert (part.id, part.text, part.title, part.published, part.outlet) == (a.id, a.text, a.title, a.published, a.outlet)
    assert part.quotes == whole.quotes == a.quotes and part.meta == whole.meta == a.meta
    assert (part.mentions, part.sentences, part.removed) == ([], [], [])
    assert whole.mentions == a.mentions and whole.removed == a.removed
    paged, _ = store.page_articles(None, None, 10, parts=("quotes",))
    assert [x.quotes for x in paged] == [a.quotes] and paged[0].mentions == []


def test_document_fields_are_read_without_the_rest_of_the_data(new_store):
    import json

    store = new_store()
    store.put_documents("story", [
        Document("s1", {"title": "[not a list]", "outlets": ["س", "ص"], "size": 12, "events": [{}, {}, {}],
                        "timeline": [{"big": "x" * 1000}]}, [], 1),
        Document("s2", {"title": "قصة"}, [], 2)])
    found = store.document_fields("story", ["s2", "s1", "missing"], ("title", "outlets", "size", "date_start"),
                                  lengths=("events",))
    assert set(found) == {"s1", "s2"}
    assert found["s1"]["title"] == "[not a list]" and json.loads(found["s1"]["outlets"]) == ["س", "ص"]
    assert int(found["s1"]["size"]) == 12 and found["s1"]["#events"] == 3 and found["s1"]["date_start"] is None
    assert found["s2"]["title"] == "قصة" and found["s2"]["outlets"] is None and found["s2"]["#events"] is None
