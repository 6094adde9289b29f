"""Dating a happening from the sentence that tells it (rasid.stories.happenings)."""

from __future__ import annotations

from rasid.model import Article, Mention, Sentence, TimeRef
from rasid.stories.happenings import happening_date


def sentence_article(text: str, published: str, ref_text: str, value: str, granularity: str = "day",
                     weekday: int | None = None, mentions=()) -> tuple[Article, TimeRef, Sentence]:
    start = text.index(ref_text)
    ref = TimeRef(start, start + len(ref_text), ref_text, value, granularity, weekday=weekday)
    article = Article(origin="a", raw_text=text, text=text, id="a", published=published, language="ar",
                      timerefs=[ref], mentions=list(mentions))
    return article, ref, Sentence(0, len(text))


def days(article, ref, sentence):
    found = happening_date(article, ref, sentence)
    return None if found is None else tuple(d.isoformat() for d in found)


def test_a_past_report_of_a_bare_weekday_is_the_weekday_before():
    # Published Monday 2015-08-03; the resolver read "يوم السبت" as the coming Saturday.
    args = sentence_article("وكان الحريق قد اندلع يوم السبت في مستودع للأخشاب.", "2015-08-03", "يوم السبت",
                            "2015-08-08", weekday=5)
    assert days(*args) == ("2015-08-01", "2015-08-01")


def test_a_coming_day_stands_when_the_sentence_says_it_is_to_come():
    args = sentence_article("سيزور الوزير المنطقة يوم السبت المقبل.", "2015-08-03", "يوم السبت", "2015-08-08", weekday=5)
    assert days(*args) == ("2015-08-08", "2015-08-08")


def test_a_future_date_without_a_cue_dates_nothing():
    # «منذ 26 مارس» read as 2016-03-26 in a report of August 2015.
    args = sentence_article("وتواصل قوات التحالف عملياتها في 26 مارس ضد المتمردين.", "2015-08-03", "26 مارس", "2016-03-26")
    assert days(*args) is None


def test_since_and_anniversary_expressions_date_no_happening_of_the_sentence():
    since = sentence_article("وهي أول زيارة لبوتين منذ عام 2019.", "2024-06-17", "عام 2019", "2019", "year")
    assert days(*since) is None
    remembered = sentence_article("واستذكر المشاركون أحداث 11 سبتمبر وما تلاها.", "2015-08-03", "11 سبتمبر", "2015-09-11")
    assert days(*remembered) is None


def test_a_weekday_inside_a_persons_name_dates_nothing():
    from rasid.stories.happenings import _refs_in

    text = "وقال الأمين العام أحمد الخميس إن القرار اتخذ بالإجماع."
    at = text.index("أحمد الخميس")
    article, ref, sentence = sentence_article(text, "2015-08-03", "الخميس", "2015-08-06", weekday=3,
                                              mentions=[Mention(at, at + len("أحمد الخميس"), "أحمد الخميس", "PERS")])
    assert _refs_in(article, sentence.start, sentence.end) == []
