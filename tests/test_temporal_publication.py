"""Publication-date estimation for undated pages, from the page's own clues."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from rasid.temporal import estimate_publication_date

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "samples" / "seeds"


def _seed(prefix: str) -> str:
    if not SEEDS.is_dir():
        pytest.skip("../shared/samples/seeds not present")
    return next(SEEDS.glob(f"{prefix}_*")).read_text(encoding="utf-8")


def test_seed_002_weekday_visit_dates_and_years_since_fix_the_day():
    est = estimate_publication_date(_seed("002"), "ar")
    assert (est.date, est.granularity, est.estimated) == ("2024-06-17", "day", True)
    used = {ev.text for ev in est.evidence}
    assert {"اليوم الاثنين", "منذ 24 عاما"} <= used


def test_seed_003_alone_gives_only_the_weekday_and_story_dates_fix_the_day():
    text = _seed("003")
    alone = estimate_publication_date(text, "ar")
    assert (alone.date, alone.granularity, alone.weekday) == (None, "weekday", 3)
    with_story = estimate_publication_date(text, "ar", context_dates=[date(2023, 9, 13), date(2023, 9, 15)])
    assert (with_story.date, with_story.granularity) == ("2023-09-14", "day")


def test_seed_004_date_line_wins_and_agrees_with_today_phrase():
    est = estimate_publication_date(_seed("004"), "ar")
    assert est.date == "2023-09-15" and est.confidence >= 0.9
    assert [ev.text for ev in est.evidence][:2] == ["2023-09-15", "اليوم الجمعة 15سبتمبر2023"]


def test_seed_000_needs_the_year_then_lands_in_early_september():
    text = _seed("000")
    assert estimate_publication_date(text, "ar") is None
    est = estimate_publication_date(text, "ar", year_hint=2023)
    assert (est.date, est.granularity) == ("2023-09", "month")
    assert "2023-09-01" <= est.earliest <= est.latest <= "2023-09-10"  # before the forum opens on the 10th


def test_seed_001_has_no_usable_clue():
    assert estimate_publication_date(_seed("001"), "ar") is None


def test_english_page_uses_the_same_reasoning():
    text = ("Today, Monday, the Kremlin said Putin will visit Pyongyang on June 18-19, his first trip there "
            "since his visit 24 years ago, in July 2000.")
    est = estimate_publication_date(text, "en", not_after=date(2025, 1, 1))
    # any Monday shortly before the visit fits: the month is known, not the day
    assert (est.date, est.granularity, est.weekday) == ("2024-06", "month", 0)
    pinned = estimate_publication_date(text + " The state visit will take place on Tuesday and Wednesday.", "en",
                                       not_after=date(2025, 1, 1))
    assert (pinned.date, pinned.granularity) == ("2024-06-17", "day")


def test_meta_date_line_is_used():
    est = estimate_publication_date("نص بلا تاريخ", "ar", meta={"date_line": "الجمعة 15 سبتمبر 2023"})
    assert (est.date, est.confidence) == ("2023-09-15", 0.95)


def test_date_alone_on_a_line_but_not_a_date_inside_a_sentence():
    dated = estimate_publication_date("عنوان الخبر\n١٥/٩/٢٠٢٣\nوقال الوزير إن الاجتماع عقد في 3 مارس 2021", "ar")
    assert dated.date == "2023-09-15"
    assert estimate_publication_date("وقال الوزير إن الاجتماع عقد في 3 مارس 2021 في الرياض", "ar") is None


def test_publication_never_after_the_fetch_date():
    text = "قال المتحدث أمس (الأربعاء) إن الزيارة ستتم، وهي الأولى منذ 24 عاما بعد زيارة في يوليو 2000."
    est = estimate_publication_date(text, "ar", not_after=date(2024, 3, 1))
    assert est is None or est.latest <= "2024-03-01"
    later = estimate_publication_date(text, "ar", not_after=date(2024, 12, 31))
    assert later.date.startswith("2024") and later.weekday == 3


def test_tomorrow_with_a_date_means_the_day_before():
    est = estimate_publication_date("تنطلق البطولة غدا الاثنين الموافق 20 يوليو في جدة", "ar", year_hint=2015)
    assert (est.date, est.granularity) == ("2015-07-19", "day")


def test_eval_counts_estimates_against_crawl_dates():
    from rasid.eval.pubdate import evaluate

    crawled = date(2015, 7, 31)
    result = evaluate([(crawled, "أعلنت الشرطة أمس الخميس القبض على المتهم"),
                       (crawled, "نص لا يذكر أي وقت")], slack=2, fetch_context=True)
    assert result["articles"] == 2
    assert result.get("estimated_day") == 1 and result.get("day_right") == 1


def test_pipeline_step_dates_an_undated_article_and_resolves_against_it():
    from rasid.model import Article
    from rasid.temporal.step import annotate_time

    text = "قال المتحدث اليوم الجمعة 15سبتمبر2023 إن الرئيس التقى ضيفه يوم الأربعاء"
    article = annotate_time(Article(origin="x", raw_text=text, text=text, language="ar"))
    assert (article.published, article.published_estimated) == ("2023-09-15", True)
    assert article.meta["published_estimate"]["confidence"] >= 0.9
    assert ("يوم الأربعاء", "2023-09-13") in [(r.text, r.value) for r in article.timerefs]
    dated = annotate_time(Article(origin="y", raw_text="وصل أمس", text="وصل أمس", language="ar",
                                  published="2024-06-17T10:00:00"))
    assert (dated.published_estimated, dated.timerefs[0].value) == (False, "2024-06-16")


def test_an_embedded_tweets_signature_is_no_date_line():
    # The Hill (gold/dumps7): "— Robert Maguire (@RobertMaguire_) November 18, 2019" under a quoted
    # tweet gave the article the tweet's day at 0.95.
    text = "The tagline drew ridicule on Twitter.\n— Robert Maguire (@RobertMaguire_) November 18, 2019\nMore text."
    est = estimate_publication_date(text, "en")
    assert est is None or est.date != "2019-11-18" or est.confidence < 0.5
