"""Search as a user meets it: variants, stems, filters, hostile queries, snippets from the original text."""

from __future__ import annotations

import pytest

from rasid.model import Article
from rasid.pipeline.annotate import split_into_sentences
from rasid.pipeline.identify import assign_identity
from rasid.storage.base import ArticleFilter

DOCS = [
    ("a1", "الجريدة", "2023-09-13", "قمة في الشرق الأقصى", "قال الرئيسُ الروسي إن المحادثات مع كيم كانت مثمرة، وحذرت أمريكا من صفقة أسلحة."),
    ("a2", "الوكالة", "2023-09-15", "زيارة مصنع الطائرات", "زار الزعيم مصنعا للطائرات، وقالت أميركا إنها تراقب الوضع."),
    ("a3", "الوكالة", "2024-06-18", "بوتين في بيونغ يانغ", "وصل بوتين إلى بيونغ يانغ في زيارة دولة تستمر يومين."),
    ("a4", "Daily", "2024-06-19", "Putin in Pyongyang", "Russian President Vladimir Putin held talks with Kim Jong Un."),
]


@pytest.fixture
def store(new_store):
    store = new_store()
    articles = []
    for origin, outlet, date, title, text in DOCS:
        a = Article(origin=origin, raw_text=text, outlet=outlet, published=date, title=title, text=text,
                    language="en" if outlet == "Daily" else "ar")
        articles.append(split_into_sentences(assign_identity(a)))
    assert store.add_articles(articles) == 4
    return store


def titles(hits):
    return {h.title for h in hits}


def test_definite_article_and_case_endings_do_not_matter(store):
    assert titles(store.search("الرئيس")) == {"قمة في الشرق الأقصى"}
    assert titles(store.search("محادثات")) == {"قمة في الشرق الأقصى"}


def test_transliteration_variants_meet(store):
    expected = {"قمة في الشرق الأقصى", "زيارة مصنع الطائرات"}
    assert titles(store.search("أميركا")) == expected
    assert titles(store.search("أمريكا")) == expected


def test_unrelated_words_with_the_same_consonants_are_not_variants(store):
    # محادثات must not widen to every word whose weak letters differ
    assert "زيارة مصنع الطائرات" not in titles(store.search("محادثات"))


def test_filters_by_outlet_language_and_date(store):
    assert titles(store.search("بوتين", ArticleFilter(outlet="الوكالة"))) == {"بوتين في بيونغ يانغ"}
    assert titles(store.search("Putin", ArticleFilter(language="en"))) == {"Putin in Pyongyang"}
    assert titles(store.search("زيارة", ArticleFilter(date_from="2024-01-01"))) == {"بوتين في بيونغ يانغ"}
    assert titles(store.search("أمريكا", ArticleFilter(date_to="2023-09-13"))) == {"قمة في الشرق الأقصى"}


@pytest.mark.parametrize("query", ['"', 'NEAR(', "بوتين*", "a:b", "-x ^y", "(((", "AND OR NOT", '"بوتين', "  "])
def test_fts_syntax_in_a_query_never_crashes(store, query):
    store.search(query)


def test_phrases_must_appear_together(store):
    assert titles(store.search('"بيونغ يانغ"')) == {"بوتين في بيونغ يانغ"}
    assert store.search('"يانغ بيونغ"') == []


def test_snippets_show_original_text_with_the_match_highlighted(store):
    [hit] = store.search("الرئيس")
    assert "**الرئيسُ**" in hit.snippet  # the diacritic the writer used is shown, not the normalised form
    text = store.get_article(hit.article_id).text
    start, end = hit.highlights[0]
    assert text[start:end] == "الرئيسُ"


def test_results_are_ranked_title_matches_first(store):
    hits = store.search("بوتين")
    assert hits[0].title == "بوتين في بيونغ يانغ"


def test_a_name_written_joined_finds_it_written_apart_and_back(store):
    extra = Article(origin="a5", raw_text="x", outlet="الوكالة", published="2024-06-20", title="عودة من بيونغيانغ",
                    text="غادر الوفد بيونغيانغ مساء أمس.", language="ar")
    store.add_articles([assign_identity(extra)])
    both = {"بوتين في بيونغ يانغ", "عودة من بيونغيانغ"}
    assert titles(store.search("بيونغيانغ")) == both
    assert titles(store.search("بيونغ يانغ")) == both


def test_highlights_land_on_the_original_words_through_diacritics_tatweel_and_ligatures():
    """Normalisation drops marks and unfolds ligatures; a highlight still covers the word as written."""
    from rasid.search.snippet import find_matches
    from rasid.text.normalize import normalize
    from rasid.text.stem import stem

    text = "قال الرَّئِيسُ الـــروسي إن ﷺ محمد وصل، ثم عاد الرئيس_الروسي."
    spans = find_matches(text, {stem(normalize("الرئيس")), stem(normalize("الروسي"))})
    assert [text[s:e] for s, e in spans] == ["الرَّئِيسُ", "الـــروسي", "الرئيس", "الروسي"]


def test_a_database_made_before_the_terms_table_widens_queries_after_its_upgrade(tmp_path):
    # Migration 0005 fills search_terms from the index of a database that had none; articles
    # added after it bring their own terms.
    import sqlite3

    from rasid.storage.sqlite import SQLiteStore

    path = tmp_path / "old.db"
    store = SQLiteStore(path)
    first = Article(origin="a1", raw_text=DOCS[0][4], outlet="الجريدة", published="2023-09-13", title=DOCS[0][3],
                    text=DOCS[0][4], language="ar")
    store.add_articles([split_into_sentences(assign_identity(first))])
    store.close()
    with sqlite3.connect(path) as db:  # as a version-4 database was: no terms table
        db.execute("DROP TABLE search_terms")
        db.execute("DROP TABLE pages")
        db.execute("DELETE FROM schema_version WHERE version >= 5")
    store = SQLiteStore(path)
    assert store.schema_version == 6  # every later migration applied, in order
    assert store.contains("امريكا") and "امريكا" in store.variants("اميركا")
    second = Article(origin="a2", raw_text=DOCS[1][4], outlet="الوكالة", published="2023-09-15", title=DOCS[1][3],
                     text=DOCS[1][4], language="ar")
    store.add_articles([split_into_sentences(assign_identity(second))])
    assert titles(store.search("أمريكا")) == {DOCS[0][3], DOCS[1][3]}
    indexed = {r[0] for r in store.db.execute("SELECT term FROM articles_terms")}
    assert {r[0] for r in store.db.execute("SELECT term FROM search_terms")} == indexed
    store.close()
