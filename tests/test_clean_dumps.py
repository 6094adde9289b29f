"""Full-page text dumps (Common Crawl WET, lynx -dump, innerText): every body line kept, the site
around it dropped with its reasons, and the headline, byline and date read off the page."""

from __future__ import annotations

import json

import pytest

from conftest import SHARED, need
from rasid.clean import clean_article, clean_articles
from rasid.clean.fields import read_attribution, read_date_line, split_name_glued_to_date
from rasid.ingest.html import html_article
from rasid.model import Article
from rasid.temporal.step import annotate_time

DUMPS = SHARED / "data" / "dumps"
PARAGRAPHS = [
    "أعلنت وزارة الصحة اليوم تسجيل ثلاثين إصابة جديدة بالفيروس، ليرتفع إجمالي عدد المصابين إلى مئة وستة وتسعين.",
    "وأوضح المتحدث الرسمي للوزارة أن الحالات الجديدة جميعها من المخالطين للحالات السابقة، وأنها تخضع للعزل الصحي.",
    "وأشار إلى أن الوزارة رفعت درجة الاستعداد في المستشفيات كافة، وأنها ستعلن أي مستجدات في حينها للمواطنين.",
]
MENU = ["الرئيسية", "سياسة", "اقتصاد", "رياضة", "فن", "ثقافة", "صحة", "تكنولوجيا", "محافظات", "عرب", "عالم",
        "حوادث", "تقارير", "مقالات", "فيديو", "صور", "منوعات", "المزيد"]
TICKER = [
    "وزير الزراعة: نعمل على تطوير السياسات الزراعية للاستفادة من دروس الأزمة",
    "الملك والملكة يتواصلان مع كوادر في ثلاثة مستشفيات قبيل الإفطار",
    "السعودية: تسجيل ست وفيات وألف إصابة جديدة بالفيروس خلال يوم",
    "الإفتاء: فحص الفيروس لا يبطل الصيام في رمضان",
]
RELATED = [
    "الموضوعات المتعلقة",
    "الصحة: لا إصابات جديدة بين العائدين من الخارج خلال الأسبوع الماضي",
    "الأحد، 23 أغسطس 2020 09:14 ص",
    "الرى: إعداد مسودة أولية تتضمن نقاط الخلاف والتوافق بشأن سد النهضة",
    "السبت، 22 أغسطس 2020 10:06 ص",
]
HEADLINE = "مصر تسجل 30 إصابة جديدة بالفيروس"


def dump(*head: str, body=PARAGRAPHS, tail=(), title=f"{HEADLINE} - اليوم السابع") -> str:
    """A page as a crawler's text output gives it: <title> line, menus, article, footer."""
    footer = MENU + ["© 2020 حقوق النشر محفوظة لـ اليوم السابع", "من نحن", "سياسة الخصوصية"]
    return "\n".join([title, *MENU, *TICKER, *MENU[:3], *head, *body, *tail, *RELATED, *TICKER, *footer])


def _clean(raw: str, **fields) -> Article:
    return clean_article(Article(origin="page.txt", raw_text=raw, **fields))


def _reason(article: Article, line: str) -> str:
    hits = [r.reason for r in article.removed if r.text == line]
    assert hits, f"{line!r} is not listed among the removed lines"
    return hits[0]


@pytest.mark.parametrize("line, iso", [
    ("نشر في: 2023-09-15 10:30", "2023-09-15"),
    ("تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً", "2020-04-24"),
    ("الإثنين، 24 أغسطس 2020 09:23 ص", "2020-08-24"),
    ("الأحد، 04 آب/اغسطس 2013، آخر تحديث 02:21 (GMT+0400)", "2013-08-04"),
    ("٠٢:٠٠ الثلاثاء ١ / ١٢ / ٢٠٢٠", "2020-12-01"),
    ("الجمعة 8 فيفري 2019", "2019-02-08"),
    ("11 شوال 1441هـ - 03 يونيو 2020م", "2020-06-03"),
    ("ديسمبر 25, 2020", "2020-12-25"),
])
def test_date_lines_with_clock_times_and_labels_are_read(line, iso):
    assert read_date_line(line)[0] == iso
    article = _clean(dump(HEADLINE, line))
    assert article.published == iso
    assert article.meta["date_line"] == line and line not in article.text
    assert _reason(article, line) == "date line, lifted to meta['date_line']"


def test_an_update_time_alone_is_a_date_line_without_a_date():
    line = "آخر تحديث 14:00 (GMT+0400)"
    assert read_date_line(line) == (None, read_date_line(line)[1])
    article = _clean(dump(HEADLINE, line))
    assert line not in article.text and article.published is None


@pytest.mark.parametrize("line, author, dateline", [
    ("كتبت أسماء نصار", "أسماء نصار", None),
    ("كتب سيد الخلفاوى", "سيد الخلفاوى", None),
    ("بقلم: محمد الساعد", "محمد الساعد", None),
    ("حوار: آسيا العتروس", "آسيا العتروس", None),
    ("حسام أبو العلا - القاهرة", "حسام أبو العلا", "القاهرة"),
    ("By Harry Bullmore", "Harry Bullmore", None),
])
def test_bylines_under_the_headline_give_author_and_dateline(line, author, dateline):
    article = _clean(dump(HEADLINE, "الإثنين، 24 أغسطس 2020 09:23 ص", line))
    assert (article.author, article.dateline) == (author, dateline)
    assert _reason(article, line).startswith("byline, lifted")


def test_no_byline_from_a_copyright_credit_or_a_date():
    assert read_attribution("© REUTERS / EGYPTIAN HEALTH MINISTRY") is None
    assert (read_attribution("Wednesday, 08 Apr 2020 11:39 PM MYT") or None) is None
    wire = read_attribution("لندن 6 أغسطس - رويترز")
    assert (wire.author, wire.dateline, wire.credits) == (None, "لندن", ["رويترز"])
    named = read_attribution("أحمد بن عبدالعزيز السبت - الرياض")  # a family name that is also a weekday
    assert (named.author, named.dateline) == ("أحمد بن عبدالعزيز السبت", "الرياض")


def test_the_headline_is_the_title_line_repeated_not_a_ticker_headline():
    article = _clean(dump(HEADLINE, "الإثنين، 24 أغسطس 2020 09:23 ص"))
    assert article.title == HEADLINE
    assert article.text.split("\n") == PARAGRAPHS
    assert _reason(article, TICKER[0]) == "headline list above the article"
    assert _reason(article, f"{HEADLINE} - اليوم السابع").startswith("page title")


def test_section_and_site_suffixes_are_peeled_off_the_title_line():
    title = f"{HEADLINE} - عبر الإمارات - أخبار وتقارير - البيان"
    article = _clean(dump(HEADLINE, "التاريخ: 03 يونيو 2020", title=title))
    assert article.title == HEADLINE and article.published == "2020-06-03"


def test_a_date_in_the_related_headlines_is_never_the_publication_date():
    """No date line near the article: the related list's dates below it must not date it, not even
    through the date stage's estimate (its dates are gone from the clean text)."""
    article = annotate_time(_clean(dump(HEADLINE)))
    assert not (article.published or "").startswith("2020-08-2")
    for line in ("الأحد، 23 أغسطس 2020 09:14 ص", "السبت، 22 أغسطس 2020 10:06 ص"):
        assert line not in article.text
        assert "not the article's" in _reason(article, line) or "related" in _reason(article, line)
    estimate = article.meta.get("published_estimate") or {}
    assert estimate.get("confidence", 0) < 0.5


def test_the_site_header_date_is_not_the_article_date():
    header = "الجمعة، 24 مايو 2024 08:43 ص"
    raw = dump(HEADLINE, "الإثنين، 13 مايو 2024 06:00 ص").replace(MENU[0], header + "\n" + MENU[0], 1)
    article = _clean(raw)
    assert article.published == "2024-05-13"
    assert "not the article's" in _reason(article, header) or "above the article" in _reason(article, header)


def test_the_date_in_the_url_dates_a_page_without_a_date_line():
    url = "https://www.youm7.com/story/2020/8/24/وزير-الرى/4943459"
    article = _clean(dump(HEADLINE), url=url)
    assert article.published == "2020-08-24"
    assert article.meta["date_evidence"]["source"] == "url"
    json_record = clean_article(Article(origin="r", raw_text=PARAGRAPHS[0], source_format="json", title="t", url=url))
    assert json_record.published == "2020-08-24"


def test_a_poem_or_a_list_inside_the_article_is_kept():
    verses = ["يا دار ما غيرك الزمن", "ولا نسيت أهلك الأولين", "وما زال في القلب حنين", "إلى ليالي السمر الأولى"]
    body = [PARAGRAPHS[0], *verses, PARAGRAPHS[1], PARAGRAPHS[2]]
    article = _clean(dump(HEADLINE, body=body))
    assert article.text.split("\n") == body


def test_a_related_box_between_paragraphs_is_cut_and_the_text_after_it_kept():
    box = ["المدير الفني لفريق الفيوم: هدفنا المربع الذهبي هذا الموسم", "مصر تكسر حاجز ألف إصابة منذ أشهر"]
    body = [PARAGRAPHS[0], "إقرأ أيضاً", box[0], "ديسمبر 25, 2020", box[1], PARAGRAPHS[1], PARAGRAPHS[2]]
    article = _clean(dump(HEADLINE, body=body))
    assert article.text.split("\n") == PARAGRAPHS
    assert _reason(article, box[0]) == _reason(article, box[1]) == "related headlines block"


def test_every_shared_development_dump_keeps_its_body_and_drops_its_chrome():
    need(DUMPS)
    labels = json.loads((DUMPS / "labels.json").read_text(encoding="utf-8"))["labels"]
    pages = sorted(labels)
    articles = [Article(origin=p, raw_text=(DUMPS / f"{p}.txt").read_text(encoding="utf-8")) for p in pages]
    for page, article in zip(pages, clean_articles(articles)):
        lines = article.raw_text.split("\n")
        clean = set(article.text.split("\n"))
        removed = {r.line_no for r in article.removed}
        for no, label in labels[page].items():
            line = lines[int(no) - 1].strip()
            if label == "B":
                assert line in article.text, (page, no)
            elif label == "C":
                assert line not in clean, (page, no)
                assert int(no) in removed, (page, no)  # every removal is listed with its reason


def test_a_dump_through_the_command_line_shows_its_removed_lines_with_reasons(rasid, tmp_path):
    need(DUMPS)
    page = tmp_path / "youm7_a.txt"
    page.write_text((DUMPS / "youm7_a.txt").read_text(encoding="utf-8"), encoding="utf-8")
    assert rasid("ingest", str(page)).returncode == 0
    (exported,) = json.loads(rasid("export").stdout)["articles"]
    assert exported["author"] == "سيد الخلفاوى" and exported["published"] == "2024-05-13"
    assert exported["title"].startswith("وزارة النقل تشغل 10 سيارات كهربائية")
    shown = rasid("show", exported["id"]).stdout
    text, removed = shown.split("removed lines")
    assert "تشغل وزارة النقل التاكسى الكهربائى الأربعاء القادم" in text
    assert "جوميز: الزمالك استحق ضربة جزاء" not in text
    assert "[headline list above the article]  جوميز: الزمالك استحق ضربة جزاء" in removed
    assert "[menu or link list below the article]" in removed


def _html(title: str, author: str, body: str) -> bytes:
    return (f'<html><head><title>{title}</title><meta name="author" content="{author}"></head><body>'
            f'<nav><a href="/">الرئيسية</a> <a href="/p">سياسة</a> <a href="/e">اقتصاد</a></nav>'
            f"<h1>{HEADLINE}</h1>{body}<footer>© 2020 جميع الحقوق محفوظة</footer></body></html>").encode()


def test_html_title_without_the_site_name_and_no_site_or_logo_as_author():
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    for author in ("اليوم السابع", "logo", "موقع الخبر نيوز"):
        article = html_article(_html(f"{HEADLINE} - اليوم السابع", author, body), origin="p.html",
                               source_format="html", url="https://www.youm7.com/story/x")
        assert article.title == HEADLINE
        assert article.author is None, author
    kept = html_article(_html(f"اليوم السابع | {HEADLINE}", "أسماء نصار", body), origin="p.html",
                        source_format="html", url="https://www.youm7.com/story/x")
    assert kept.title == HEADLINE and kept.author == "أسماء نصار"


def test_where_trafilatura_finds_too_little_the_pages_own_lines_are_kept_and_cleaned():
    """trafilatura drops an <aside> whole; here the article sits in one: its text is short for
    the page, so the visible text is kept and the line cleaner picks the article out of it."""
    body = "<aside>" + "".join(f"<div>{p}</div>" for p in PARAGRAPHS * 2) + "</aside>"
    article = html_article(_html(f"{HEADLINE} - اليوم السابع", "", body), origin="p.html", source_format="html")
    assert "kept the page's visible text" in article.meta["ingest_note"]
    (cleaned,) = clean_articles([article])
    assert cleaned.text.split("\n") == PARAGRAPHS * 2
    assert {r.text for r in cleaned.removed} >= {"الرئيسية", "© 2020 جميع الحقوق محفوظة"}


def test_an_article_alone_with_a_long_poem_or_a_list_of_numbers_keeps_every_line():
    """SaudiNewsNet bodies carry poems of forty short verses and lists of hundreds of ID numbers:
    without menus printed twice or listed dates they are not a site's page, nothing is cut."""
    verses = [f"بيت رقم {i} من القصيدة" if i % 2 else f"وشطره الثاني {i}" for i in range(60)]
    ids = [str(3601100204 + 97 * i) for i in range(120)]
    for middle in (verses, ids):
        body = "\n".join([PARAGRAPHS[0], *middle, PARAGRAPHS[1]])
        article = clean_article(Article(origin="r", raw_text=body, source_format="json", title="t"))
        assert article.text == body


def test_a_numbered_list_item_is_not_a_byline_even_after_many_pages():
    items = [f"{n} - تطبيق «تطبيق {k}» للهواتف" for n in range(1, 4) for k in range(n, n + 9)]
    pages = [Article(origin=f"p{i}", raw_text="\n".join([f"{PARAGRAPHS[0]} ({i})", *items[i:i + 3]]),
                     source_format="json", title="t", url=f"https://apps.example/{i}") for i in range(20)]
    assert all(a.author is None for a in clean_articles(pages))


def test_the_date_in_the_url_dates_an_html_page_without_one_in_its_markup():
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page = html_article(_html(f"{HEADLINE} - اليوم السابع", "", body), origin="p.html", source_format="html",
                        url="https://www.youm7.com/story/2020/8/24/x/4943459")
    (cleaned,) = clean_articles([page])
    assert cleaned.published[:10] == "2020-08-24"


def test_a_speech_opening_with_latin_capitals_is_not_a_dateline():
    page = "قالت مجموعة QNB: إن الاقتصاد القطري سيواصل النمو خلال العام المقبل بوتيرة قوية مدعوما بالاستثمار."
    article = clean_article(Article(origin="q", raw_text=page, source_format="json", title="t"))
    assert article.dateline is None and article.text == page


# English pages, as gold/dumps2's held-out pages showed them (BreakingNews.ie, HuffPost UK, The Scotsman,
# Channel 4, KUT): menus, the headline, a standfirst, byline and date line, the text, tags, related stories.
EN_HEADLINE = "Councillors reject plan for new harbour car park"
EN_PARAGRAPHS = [
    "Councillors have rejected a plan to build a new car park beside the harbour after residents objected to it.",
    "The council said the site would have held three hundred cars and was meant to ease traffic in the town centre.",
    "Residents told the meeting that the car park would block the view of the bay and bring more traffic to the area.",
    "The developer said it was disappointed with the decision and would consider whether to appeal against it.",
]
EN_MENU = ["Home", "News", "Politics", "Business", "Sport", "Culture", "Weather", "Opinion", "Video", "Podcasts",
           "Newsletters", "Puzzles", "Jobs", "Property"]
EN_TRENDING = ["Storm warning issued for the west coast on Friday", "Hospital waiting lists fall for a third month",
               "Rail strike called off after late talks", "Teenager charged over town centre attack"]


def en_dump(*head: str, body=EN_PARAGRAPHS, tail=(), title=f"{EN_HEADLINE} | The Harbour Times") -> str:
    footer = EN_MENU + ["About us", "Contact us", "Privacy policy", "© 2023 The Harbour Times. All rights reserved."]
    return "\n".join([title, *EN_MENU, *EN_TRENDING, "Politics", *head, *body, *tail, *EN_TRENDING, *footer])


def test_a_standfirst_under_the_headline_is_kept_and_the_byline_and_date_below_it_lifted():
    standfirst = "The council said the plan would have ruined the view of the bay for everyone in the town"
    for head in ([EN_HEADLINE, standfirst, "By Jane Walsh", "Published 8th Nov 2023, 18:58 GMT", "Comment"],
                 [EN_HEADLINE, standfirst + ".", "By Jane Walsh", "02/11/2023 02:00pm GMT"]):
        article = _clean(en_dump(*head), url="https://www.harbourtimes.co.uk/news/car-park-123")
        assert article.text.split("\n") == [standfirst + ("." if head[1].endswith(".") else ""), *EN_PARAGRAPHS]
        assert article.author == "Jane Walsh"
        assert article.published == ("2023-11-08" if "8th" in head[3] else "2023-11-02")
        assert head[3] not in article.text and article.meta["date_evidence"]["confidence"] >= 0.8


@pytest.mark.parametrize("url, iso, sure", [
    ("https://www.harbourtimes.co.uk/news/car-park-123", "2023-11-02", True),   # British: day first
    ("https://www.harbourtimes.us/news/car-park-123", "2023-02-11", True),      # American: month first
    ("https://www.harbourtimes.com/news/car-park-123", "2023-11-02", False),    # no country: a guess
])
def test_an_all_digit_date_is_ordered_by_the_pages_country_or_given_with_doubt(url, iso, sure):
    article = annotate_time(_clean(en_dump(EN_HEADLINE, "By Jane Walsh", "02/11/2023 | 14:00 PM"), url=url))
    assert article.published == iso
    confidence = article.meta["date_evidence"]["confidence"]
    assert (confidence >= 0.5) == sure


def test_an_arabic_all_digit_date_is_day_first_wherever_the_site_is():
    article = _clean(dump(HEADLINE, "02/11/2020 10:30"), url="https://www.example.com/news/123")
    assert article.published == "2020-11-02" and article.meta["date_evidence"]["confidence"] >= 0.8


def test_a_date_in_the_row_above_the_headline_dates_the_article():
    article = _clean(en_dump("1 Nov 2023", EN_HEADLINE, "Lindsey Hilsum International Editor"))
    assert article.published == "2023-11-01" and "1 Nov 2023" not in article.text


def test_the_article_ends_at_its_tags_and_a_related_story_below_is_neither_text_nor_date():
    related = ["Tags:", "Harbour", "Council", "Related Content", "Harbour ferry service to end in the spring",
               "By Sam Moore | Harbour Times • Feb 18, 2020",
               "The ferry that has crossed the bay for forty years will stop running in the spring, its owners said."]
    article = annotate_time(_clean(en_dump(EN_HEADLINE, "By Jane Walsh | Harbour Times • 16 hours ago", tail=related)))
    assert article.text.split("\n") == EN_PARAGRAPHS
    assert related[-1] not in article.text
    assert article.published != "2020-02-18"


def test_an_agency_glued_to_the_reporters_name_is_split_off():
    attribution = read_attribution("By Hillel ItalieThe Associated Press")
    assert (attribution.author, attribution.credits) == ("Hillel Italie", ["AP"])


def test_a_headline_printed_with_the_title_words_reordered_is_the_headline_and_author_labels_are_read():
    title = "آرون بوشنيل: أصدقاء الطيار الأمريكي يكافحون لاستيعاب حرقه لنفسه - BBC News عربي"
    headline = "أصدقاء الطيار الأمريكي آرون بوشنيل يكافحون لاستيعاب حرقه لنفسه"
    article = _clean(dump(headline, "Author, كايلا إبستين وأنجليكا كاساس", "3 مارس/ آذار 2024", title=title))
    assert article.title == headline
    assert article.author == "كايلا إبستين وأنجليكا كاساس"
    assert article.published == "2024-03-03"


def test_a_byline_glued_to_its_date_line_gives_both():
    article = _clean(en_dump(EN_HEADLINE, "Melanie Earley15:35, Oct 29 2020"))
    assert (article.author, article.published) == ("Melanie Earley", "2020-10-29")
    assert "Melanie Earley15:35, Oct 29 2020" not in article.text


def _links(items: list[str]) -> str:
    return "<ul>" + "".join(f'<li><a href="/{i}">{m}</a></li>' for i, m in enumerate(items)) + "</ul>"


def _harbour_html(between_nav_and_footer: str, title: str = f"{EN_HEADLINE} | The Harbour Times",
                  site_footer: bool = False) -> Article:
    """The Harbour Times page frame (its <title>, the menu, the footer: with ``site_footer``, the
    menu again and the site's links, as en_dump's footer has them) around the given markup,
    through the HTML path and the cleaner."""
    footer_links = _links(EN_MENU + ["About us", "Contact us", "Privacy policy"]) if site_footer else ""
    html = (f"<html><head><title>{title}</title></head><body><nav>{_links(EN_MENU)}</nav>"
            f"{between_nav_and_footer}"
            f"<footer>{footer_links}<p>© 2023 The Harbour Times. All rights reserved.</p></footer></body></html>").encode()
    page = html_article(html, origin="p.html", source_format="html", url="https://www.harbourtimes.co.uk/news/1")
    (cleaned,) = clean_articles([page])
    return cleaned


def test_an_html_page_keeps_the_standfirst_printed_above_its_article_element():
    standfirst = "The council said the plan would have ruined the view of the bay for everyone in the town"
    body = "".join(f"<p>{p}</p>" for p in EN_PARAGRAPHS)
    cleaned = _harbour_html(f"<header><h1>{EN_HEADLINE}</h1><p class='standfirst'>{standfirst}</p><p>By Jane Walsh</p>"
                            f"<p>02/11/2023 02:00pm GMT</p></header><article>{body}</article>")
    assert cleaned.text.split("\n")[0] == standfirst
    assert all(p in cleaned.text for p in EN_PARAGRAPHS)
    assert cleaned.author == "Jane Walsh"


@pytest.mark.parametrize("headline, title", [
    ("Woman's body found on popular beach", "Woman's body found on popular beach - Wales Online"),  # an apostrophe in the first word
    ("Colder Temperatures Forecast for Wed. after Cold Wave Alert Tues.",
     "Colder Temperatures Forecast for Wed. after Cold Wave Alert Tues. l KBS WORLD"),  # a separator no table knows
    ("S$232m fair value loss pushes SPH into the red for first time",
     "S$232m fair value loss pushes SPH into the red for first time, Companies & Markets - THE BUSINESS TIMES"),
])
def test_the_headline_is_found_under_any_title_that_starts_with_it(headline, title):
    """held-out-3: WalesOnline, KBS World and The Business Times had their standfirst, nothing, and
    their date line taken as the title."""
    standfirst = "The woman's identity is not known at this stage, say the police in a statement"
    article = _clean(en_dump(headline, standfirst, "By Jane Walsh", title=title))
    assert article.title == headline
    assert article.text.split("\n") == [standfirst, *EN_PARAGRAPHS]


@pytest.mark.parametrize("line, iso", [
    ("Wed, Oct 14, 2020 - 5:50 AM", "2020-10-14"),
    ("Written: 2023-11-07 15:03:30 / Updated: 2023-11-07 15:30:46", "2023-11-07"),
])
def test_date_lines_with_an_abbreviated_weekday_or_written_label_date_the_page(line, iso):
    assert read_date_line(line)[0] == iso
    article = _clean(en_dump(EN_HEADLINE, line))
    assert article.published == iso and line not in article.text


def test_a_byline_followed_by_its_date_on_one_line_gives_both_and_an_embedded_tweet_does_not_date_it():
    """held-out-3: The Times of Israel was dated from a tweet the article quotes ("January 7, 2020")."""
    byline = "By Emily Burack 8 January 2020, 3:51 pm 11 Edit"
    tweet = ["Honored to have offered the benediction today at this historic ceremony in the state capital.",
             "— Seth Goldstein (@Rabbi_360) January 7, 2020"]
    article = annotate_time(_clean(en_dump(EN_HEADLINE, byline, body=[*EN_PARAGRAPHS, *tweet])))
    assert (article.author, article.published) == ("Emily Burack", "2020-01-08")
    assert byline not in article.text
    # A sentence that opens with "By" and a date is neither.
    assert split_name_glued_to_date("By the end of March 2020 the fund had run dry") is None
    assert split_name_glued_to_date("By 8 January 2020") is None


@pytest.mark.parametrize("head, author", [
    (["By", "Ben SummerReporter", "12:39, 2 NOV 2023"], "Ben Summer"),        # WalesOnline: "By" its own element, role glued
    (["Matt BirneySponsored", "Tue, 15 September 2020 1:43PM"], "Matt Birney"),  # The West: a sponsored column's label glued
    (["Wed, Oct 14, 2020 - 5:50 AM", "Claudia Tanclaudiat@sph.com.sg@ClaudiaTanBT"], "Claudia Tan"),  # e-mail and handle glued
])
def test_a_byline_split_from_its_by_or_glued_to_a_role_or_address_gives_the_name(head, author):
    article = _clean(en_dump(EN_HEADLINE, *head))
    assert article.author == author
    assert article.text.split("\n") == EN_PARAGRAPHS
    # The glue is only split where the name is name-shaped and the address starts with it.
    assert read_attribution("Email us at btuserfeedback@sph.com.sg") is None


def test_a_small_sites_page_whose_headline_differs_from_its_title_is_still_read_as_a_full_page():
    """held-out-3: The Intercept (a 27-label menu, its printed headline not its <title>) was read as
    an article alone and kept its menu and footer."""
    menu = ["Politics", "Justice", "National Security", "World", "Technology", "Environment", "Voices",
            "Podcasts", "Videos", "Documents", "Donate", "Privacy"]
    page = "\n".join(["Gaza's hospital system on brink of total collapse", *menu, EN_HEADLINE, "By Jane Walsh",
                      *EN_PARAGRAPHS, "Join Our Newsletter", *menu, "© The Harbour Times. All rights reserved"])
    article = _clean(page)
    assert article.text.split("\n") == EN_PARAGRAPHS
    assert _reason(article, "Justice")


def test_a_headline_like_standfirst_above_the_date_line_is_kept():
    """held-out-3: The Business Times' standfirst, few function words, was dropped with the head."""
    standfirst = 'Covid-19 "severely disrupts" all business segments including property, the group\'s key revenue driver'
    caption = "The council's plan was opposed by residents. The vote was 9 to 2 against it, the council said."
    article = _clean(en_dump(EN_HEADLINE, standfirst, "Wed, Oct 14, 2020 - 5:50 AM", "By Jane Walsh", caption,
                             "FILE PHOTO", "Harbour", "Council"))
    assert article.text.split("\n")[0] == standfirst and article.text.endswith(EN_PARAGRAPHS[-1])
    assert article.published == "2020-10-14" and article.author == "Jane Walsh"


def test_the_subheading_a_most_read_box_runs_into_is_kept_and_the_box_dropped():
    """held-out-3: The Intercept's «Cancer Patients» under its «Most Read» box was dropped with it."""
    box = ["Most Read", "Blowback: How Israel Went From Helping Create Hamas to Bombing It", "Mehdi Hasan",
           "Counterterror Director Used Hamas Attack to Justify Mass Surveillance Program Renewal", "Daniel Boguslaw"]
    body = [EN_PARAGRAPHS[0], *box, "Cancer Patients", *EN_PARAGRAPHS[1:]]
    article = _clean(en_dump(EN_HEADLINE, "By Jane Walsh", body=body))
    assert article.text.split("\n") == [EN_PARAGRAPHS[0], "Cancer Patients", *EN_PARAGRAPHS[1:]]


def test_an_html_pages_no_author_placeholder_is_no_author():
    """held-out-3: The Japan Times' metadata names its author "No Author"."""
    body = "".join(f"<p>{p}</p>" for p in EN_PARAGRAPHS)
    html = (f'<html><head><title>{EN_HEADLINE} | The Harbour Times</title><meta name="author" content="No Author">'
            f"</head><body><article><h1>{EN_HEADLINE}</h1>{body}</article></body></html>").encode()
    page = html_article(html, origin="p.html", source_format="html", url="https://www.harbourtimes.co.uk/news/1")
    (cleaned,) = clean_articles([page])
    assert cleaned.author is None
    assert all(p in cleaned.text for p in EN_PARAGRAPHS)


def test_an_authors_box_is_not_read_as_a_by_line_above_its_first_name():
    """'By' alone above one name is a byline (NPR, WalesOnline on held-out-3); 'Authors' above a box of
    names and roles (The Conversation) is not, or only its first author would be taken."""
    box = ["Colin Manning, Hayley J. Fowler, Newcastle University", "Authors", "Colin Manning",
           "Postdoctoral Research Associate in Climate Science, Newcastle University", "Hayley J. Fowler",
           "Professor of Climate Change Impacts, Newcastle University"]
    assert _clean(en_dump(EN_HEADLINE, "November 2, 2023", *box)).author != "Colin Manning"
    assert _clean(en_dump(EN_HEADLINE, "By", "Daniel Wood", "November 9, 2023")).author == "Daniel Wood"


def test_image_widget_labels_and_a_related_coverage_box_inside_the_article_are_dropped():
    """held-out-3: NPR's «Enlarge this image» / «toggle caption» / «Loading...», Reuters' «Related Coverage»."""
    widgets = ["Enlarge this image", "toggle caption", "Loading..."]
    related = ["Related Coverage", "Factbox: Key winners at the 2020 Screen Actors Guild Awards"]
    body = [EN_PARAGRAPHS[0], *related, EN_PARAGRAPHS[1], *widgets, *EN_PARAGRAPHS[2:]]
    article = _clean(en_dump(EN_HEADLINE, "By Jane Walsh", body=body))
    assert article.text.split("\n") == EN_PARAGRAPHS
    assert _reason(article, "toggle caption") == "media widget label"
    assert _reason(article, related[1]) == "related headlines block"


@pytest.mark.parametrize("head, author", [
    (["Jill Serjeant", "4 Min Read"], "Jill Serjeant"),  # Reuters: right under the headline
    (["With most hospitals closed, the town's doctors struggle to care for premature babies", "Ibtisam Mahdi, Ruwaida Kamal Amer",
      "November 8 2023, 3:18 p.m."], "Ibtisam Mahdi, Ruwaida Kamal Amer"),  # The Intercept: next to the date line
    (["Apr 26, 2020 21:43 IST", "HT Correspondent"], None),  # a staff credit names no one
])
def test_a_byline_of_names_without_by_is_read_under_the_headline_or_by_the_date_line(head, author):
    article = _clean(en_dump(EN_HEADLINE, *head))
    assert article.author == author
    assert all(p in article.text for p in EN_PARAGRAPHS)


@pytest.mark.parametrize("line, iso", [
    ("Published November 20th, 2019 - 07:29 GMT", "2019-11-20"),  # a month-first ordinal
    ("Nissan November 20, 2019 13:42", "2019-11-20"),  # a photo credit run into the date
    ("Wednesday 20 November 2019 11:42, UK", "2019-11-20"),
    ("November 20, 2019 - 11:28 AMT", "2019-11-20"),
])
def test_month_first_ordinals_zones_and_a_credit_before_the_date_are_read_as_date_lines(line, iso):
    assert read_date_line(line)[0] == iso
    article = _clean(en_dump(EN_HEADLINE, line), url="https://www.harbourtimes.co.uk/news/car-park-123")
    assert article.published == iso and article.meta["date_evidence"]["confidence"] >= 0.8
    assert article.text.split("\n") == EN_PARAGRAPHS


def test_a_staff_byline_with_a_local_date_names_no_author_and_its_date_beats_the_urls_utc_day():
    """A newsroom credit before the date line, the local day printed, the URL on the UTC day after."""
    line = "By Harbour Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM"
    article = _clean(en_dump(EN_HEADLINE, line), url="https://www.harbourtimes.com/2019/11/19/car-park/")
    assert article.author is None
    assert article.published == "2019-11-18" and article.meta["date_evidence"]["source"] == "date line"
    assert article.text.split("\n") == EN_PARAGRAPHS


@pytest.mark.parametrize("credit", ["The Associated Press", "By The Associated Press", "By Web Desk"])
def test_a_wire_or_desk_credit_under_the_headline_is_a_credit_not_the_author(credit):
    article = _clean(en_dump(EN_HEADLINE, credit, "Published Monday, November 18, 2019 8:22AM EST"))
    assert article.author is None
    assert article.published == "2019-11-18"
    assert article.text.split("\n") == EN_PARAGRAPHS


TEASERS = [("FEATURES", "Ten years of the harbour festival in pictures", "June 15, 2010"),
           ("LOCAL", "Ferry timetable changes for the winter season", "November 16, 2016"),
           ("FEATURES", "How the old lighthouse was saved by volunteers", "December 18, 2015"),
           ("LOCAL", "Bay swimmers raise funds for the lifeboat crew", "August 18, 2005"),
           ("SPORT", "Rowing club celebrates its centenary with a regatta", "May 27, 2014"),
           ("LOCAL", "New bus route links the harbour with the station", "July 30, 2010"),
           ("FEATURES", "A walk along the cliffs at the end of summer", "November 20, 2015"),
           ("LOCAL", "Market traders return to the quay after repairs", "September 12, 2016"),
           ("SPORT", "Sailing school opens its doors to young people", "March 3, 2012")]


@pytest.mark.parametrize("n_teasers", [4, 9])
def test_a_related_box_between_header_and_text_leaves_headline_standfirst_byline_and_date_to_the_article(n_teasers):
    """The page prints headline, byline, the author link, the subtitle and the photo credit with the
    date, then a box of related stories (section, headline, date each), then the text."""
    subtitle = "Residents welcome the vote after a long campaign against the harbour development"
    box = [part for teaser in TEASERS[:n_teasers] for part in teaser]
    head = [EN_HEADLINE, "Jane Walsh", "View More Articles", subtitle, "Harbour November 20, 2019 13:42",
            "YOU MIGHT HAVE MISSED", *box]
    article = _clean(en_dump(*head), url="https://www.harbourtimes.co.uk/news/car-park-123")
    assert article.title == EN_HEADLINE
    assert article.text.split("\n") == [subtitle, *EN_PARAGRAPHS]
    assert article.author == "Jane Walsh"
    assert article.published == "2019-11-20" and article.meta["date_evidence"]["confidence"] >= 0.8


def test_a_related_links_box_inside_the_text_is_dropped_and_the_paragraph_after_it_kept():
    body = [*EN_PARAGRAPHS[:3], "Related Links", "Harbour council planning portal", EN_PARAGRAPHS[3]]
    article = _clean(en_dump(EN_HEADLINE, "By Jane Walsh", body=body, tail=["Report Error", "Top Video"]))
    assert article.text.split("\n") == EN_PARAGRAPHS
    assert _reason(article, "Related Links") == "related headlines block"
    assert "Harbour council planning portal" not in article.text


def test_teasers_under_a_related_links_label_after_the_text_are_dropped():
    teasers = [("Ferry timetable changes for the winter season on the island",
                "The ferry company said on Monday that fewer boats would sail to the island from November."),
               ("Rowing club celebrates its centenary with a regatta in the bay",
                "More than two hundred rowers took part in the races, which were watched by a large crowd."),
               ("Market traders return to the quay after months of repairs",
                "The traders said they were glad to be back after the work on the quay was finished at last.")]
    tail = ["Related links:", "Harbour council planning portal", *[part for teaser in teasers for part in teaser]]
    article = _clean(en_dump(EN_HEADLINE, "By Jane Walsh", tail=tail))
    assert article.text.split("\n") == EN_PARAGRAPHS


def test_a_more_from_box_inside_the_text_is_dropped():
    box = ["More from Harbour", *EN_TRENDING]
    body = [*EN_PARAGRAPHS[:2], *box, *EN_PARAGRAPHS[2:]]
    article = _clean(en_dump(EN_HEADLINE, "By Jane Walsh", body=body))
    assert article.text.split("\n") == EN_PARAGRAPHS
    assert _reason(article, "More from Harbour") == "related headlines block"


def test_a_weather_widget_and_a_recent_content_list_after_the_text_are_dropped():
    tail = ["76", "Currently in", "Harbourtown", "Full Forecast", "Sponsored By", "RECENT CONTENT",
            "Navy says its plan for the old fuel depot will take some time",
            "People crowded into a public meeting on Tuesday to weigh in on the issue."]
    article = _clean(en_dump(EN_HEADLINE, "By Jane Walsh", tail=tail))
    assert article.text.split("\n") == EN_PARAGRAPHS


def test_more_with_a_colon_inside_the_text_opens_a_box_but_a_menus_more_does_not():
    body = [*EN_PARAGRAPHS[:2], "More:", *EN_TRENDING[:3], *EN_PARAGRAPHS[2:]]
    article = _clean(en_dump(EN_HEADLINE, "By Jane Walsh", body=body))
    assert article.text.split("\n") == EN_PARAGRAPHS
    head = ["More", "Local News", "January 19, 2020 / 12:25 PM / Updated 8 hours ago", EN_HEADLINE, "By Jane Walsh"]
    assert _clean(en_dump(*head)).published == "2020-01-19"


def test_a_name_alone_over_its_role_line_is_the_byline():
    standfirst = "The council said the plan would have ruined the view of the bay for everyone in the town."
    head = [EN_HEADLINE, standfirst, "Jane Walsh", "News reporter @JaneWalsh1", "Wednesday 20 November 2019 11:42, UK"]
    article = _clean(en_dump(*head))
    assert article.author == "Jane Walsh"
    assert article.published == "2019-11-20"
    assert article.text.split("\n") == [standfirst, *EN_PARAGRAPHS]


def test_trust_links_short_url_follow_prompts_site_links_and_share_counters_are_dropped():
    chrome = ["Get short URL", "Follow The Harbour Times on", "Why you can trust The Harbour Times",
              "Also on harbourtimes.co.uk Ferry timetable changes for the winter season on the island"]
    body = [EN_PARAGRAPHS[0], chrome[2], EN_PARAGRAPHS[1], chrome[3], *EN_PARAGRAPHS[2:]]
    head = [EN_HEADLINE, "20 Nov, 2019 05:47", chrome[0], "0", chrome[1]]
    article = _clean(en_dump(*head, body=body))
    assert article.text.split("\n") == EN_PARAGRAPHS
    assert _reason(article, "0") == "share or comment counter"
    # Text that starts like them stays.
    also = "Also on Tuesday, the council said that it would look again at the traffic plan for the town."
    follow = "Follow the money"
    kept = [EN_PARAGRAPHS[0], also, follow, *EN_PARAGRAPHS[1:]]
    assert _clean(en_dump(EN_HEADLINE, "By Jane Walsh", body=kept)).text.split("\n") == kept


def test_an_html_page_keeps_its_lead_block_and_names_no_wire_or_staff_author():
    """A lead paragraph in a summary block above the article element; the wire as the meta author."""
    lead = "Councillors voted late on Tuesday to throw out the plan, which had divided the town for more than a year."
    menu = "".join(f'<li><a href="/{i}">{m}</a></li>' for i, m in enumerate(EN_MENU))
    body = "".join(f"<p>{p}</p>" for p in EN_PARAGRAPHS)
    for author in ("The Associated Press", "Harbour Staff"):
        html = (f'<html><head><title>{EN_HEADLINE} | The Harbour Times</title><meta name="author" content="{author}">'
                f"</head><body><nav><ul>{menu}</ul></nav><h1>{EN_HEADLINE}</h1><p>20 Nov, 2019 05:47</p>"
                f"<div class='article__summary'>{lead}</div><div class='article__text'>{body}</div>"
                f"<footer><p>© 2023 The Harbour Times. All rights reserved.</p></footer></body></html>").encode()
        page = html_article(html, origin="p.html", source_format="html", url="https://www.harbourtimes.co.uk/news/1")
        (cleaned,) = clean_articles([page])
        assert cleaned.author is None
        assert lead in cleaned.text and all(p in cleaned.text for p in EN_PARAGRAPHS)


def test_an_html_page_keeps_an_embedded_tweet_inside_its_text():
    tweet = ("<div class='article-widget article-tweet'><blockquote class='twitter-tweet'><p>Thank you to everyone who came to the meeting tonight</p>"
             "&mdash; Harbour Residents (@harbourres) <a href='https://twitter.com/x/status/1'>November 20, 2019</a>"
             "</blockquote><script async src='https://platform.twitter.com/widgets.js'></script></div>")
    body = "".join(f"<p>{p}</p>" for p in EN_PARAGRAPHS[:2]) + tweet + "".join(f"<p>{p}</p>" for p in EN_PARAGRAPHS[2:])
    cleaned = _harbour_html(f"<article><h1>{EN_HEADLINE}</h1><p>By Jane Walsh</p><p>20 November 2019</p>{body}</article>")
    assert all(p in cleaned.text for p in EN_PARAGRAPHS)
    assert "Thank you to everyone who came to the meeting tonight" in cleaned.text
    lines = cleaned.text.split("\n")
    assert lines.index(EN_PARAGRAPHS[1]) < [i for i, ln in enumerate(lines) if "Thank you" in ln][0] < lines.index(EN_PARAGRAPHS[2])


def test_an_html_fact_checks_claim_box_above_its_article_element_is_kept():
    claim = ["The harbour council", "“The car park will bring three thousand visitors to the town every week.”",
             "Source: Harbour council leaflet, October 25, 2019", "False"]
    box = "".join(f"<div class='claim-widget'><span>{c}</span></div>" for c in claim)
    body = "".join(f"<p>{p}</p>" for p in EN_PARAGRAPHS)
    cleaned = _harbour_html(f"<h1>{EN_HEADLINE}</h1><p>November 18, 2019</p><aside class='fact-check-widget'>{box}</aside>"
                            f"<article>{body}</article>")
    assert all(p in cleaned.text for p in EN_PARAGRAPHS)
    assert all(c in cleaned.text for c in claim[1:]), cleaned.text


# gold/dumps5's misses (Woman's Day, LinkNaija, pv magazine, Science Alert, Entermedia, Jaraguá do Sul).
def test_a_long_last_paragraph_of_sentences_ending_with_an_exclamation_is_text():
    last = ("Her husband still adores her. The two married early in her career and have been happy together for "
            "almost thirty years now. And who would not be proud of such a beautiful wife!")
    related = ["Related stories", "Harbour ferry service to end in the spring", "New bridge opens to traffic"]
    article = _clean(en_dump(EN_HEADLINE, "By Jane Walsh", body=[*EN_PARAGRAPHS, last], tail=related))
    assert article.text.split("\n") == [*EN_PARAGRAPHS, last]


def test_a_line_leading_on_to_the_gallery_below_the_text_is_kept_and_the_tags_under_it_dropped():
    tail = ["See more photos:", "Tags:", "Entertainment", "Latest News", "Facebook", "Twitter", "Google+"]
    article = _clean(en_dump(EN_HEADLINE, "By Jane Walsh", tail=tail))
    assert article.text.split("\n") == [*EN_PARAGRAPHS, "See more photos:"]


def test_a_headline_that_does_not_repeat_the_title_is_found_above_a_byline_glued_to_its_date_by_a_dot():
    """Woman's Day: the <title> words differ from the headline; standfirst of seven words; then the
    byline and date on one line, a middle dot between them."""
    title = "Harbour car park plan thrown out by the council: news, photos 2023 — www.harbourtimes.co.uk"
    standfirst = "Residents say the view of the bay is saved."
    article = _clean(en_dump("Local news", EN_HEADLINE, standfirst, "By Jane Walsh·8 November 2023", title=title))
    assert article.title == EN_HEADLINE
    assert (article.author, article.published) == ("Jane Walsh", "2023-11-08")
    assert article.text.split("\n") == [standfirst, *EN_PARAGRAPHS]


@pytest.mark.parametrize("line, name, iso", [
    ("Текст: Лида Буслаева·11 октября 2018", "Лида Буслаева", "2018-10-11"),  # Russian months, the middle dot
    ("November 20, 2019 Emiliano Bellini", "Emiliano Bellini", "2019-11-20"),  # the date, then the name
    ("05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: sad", "Clarissa Borba", "2018-10-05"),
])
def test_bylines_printed_with_their_date_give_both(line, name, iso):
    assert split_name_glued_to_date(line)[:2] == (name, iso)


@pytest.mark.parametrize("line", [
    "Wednesday, 08 Apr 2020 11:39 PM MYT",  # a time zone the table does not know is no name
    "Mon 20 Nov 2019 The Big Show",  # a headline's words after a date
    "05/10/2018 - Council rejects the harbour plan - Tags: harbour",  # a clause that is no label
])
def test_a_date_followed_by_other_words_is_no_byline(line):
    assert split_name_glued_to_date(line) is None


def test_a_korean_date_line_and_sign_off_byline_are_read_and_a_role_word_is_not_taken_for_a_name():
    assert read_date_line("기사입력 :[ 2018-08-25 15:24 ]")[0] == "2018-08-25"
    assert read_attribution("정덕현 칼럼니스트 thekian1@entermedia.co.kr").author == "정덕현"
    attribution = read_attribution("Lindsey Hilsum International Editor")
    assert attribution is None or attribution.author != "Lindsey Hilsum International"


def test_a_byline_of_a_name_and_the_outlet_it_writes_for_gives_the_name():
    article = _clean(en_dump(EN_HEADLINE, "VICTOR TANGERMANN, FUTURISM", "18 NOV 2019"))
    assert article.author == "VICTOR TANGERMANN" and "FUTURISM" in article.credits
    assert article.published == "2019-11-18" and article.text.split("\n") == EN_PARAGRAPHS


def test_an_html_page_whose_headline_differs_from_its_title_gets_the_pages_headline_byline_and_standfirst():
    title = "Harbour car park plan thrown out by the council: news, photos 2023 — www.harbourtimes.co.uk"
    standfirst = "Residents say the view of the bay is saved."
    body = "".join(f"<p>{p}</p>" for p in EN_PARAGRAPHS)
    cleaned = _harbour_html(f"{_links(EN_TRENDING)}<h1>{EN_HEADLINE}</h1><p class='lead'>{standfirst}</p>"
                            f"<p class='byline'>By Jane Walsh·8 November 2023</p><article>{body}</article>"
                            f"{_links(EN_TRENDING)}", title=title, site_footer=True)
    assert cleaned.title == EN_HEADLINE
    assert cleaned.author == "Jane Walsh"
    assert standfirst in cleaned.text and all(p in cleaned.text for p in EN_PARAGRAPHS)


def test_a_ticker_of_headlines_with_their_openings_above_the_headline_is_not_the_article():
    # India Post (gold/dumps6): a "Breaking News" column of long lines, each a headline glued to its
    # story's opening, sits a few lines above the headline, so it and the text read as one block.
    ticker = [f"{story} WELLINGTON: {story} was announced by the authorities on Tuesday after a long meeting of officials."
              for story in ("New ferry timetable for the islands", "Rates to rise in the new year",
                            "Library to open on Sundays", "Water main burst floods the high street",
                            "School holidays extended by a week", "Museum wins national award")]
    article = _clean(en_dump("Breaking News", *ticker, EN_HEADLINE, "November 20", "by Harbour Times staff"),
                     url="https://www.harbourtimes.co.uk/news/car-park-123")
    assert article.text.split("\n") == EN_PARAGRAPHS
    assert article.title == EN_HEADLINE
    assert not any(line in article.text for line in ticker)


def test_a_headline_the_title_rewords_is_found_and_the_standfirst_parted_by_share_buttons_stays():
    # Vox (gold/dumps7): the <title> is an SEO rewording of the headline, and a row of share buttons
    # parts the standfirst from the text; both the headline and the standfirst were lost.
    standfirst = "A plan to ease traffic in the town centre was turned down after residents said it would spoil the bay."
    shares = ["Share this story", "Share this on Facebook", "Share this on Twitter", "Share All sharing options",
              "Reddit", "Pocket", "Flipboard", "Email"]
    article = _clean(en_dump(EN_HEADLINE, standfirst, "By Jane Walsh Updated Nov 13, 2023, 10:28am EST", *shares,
                             title="Harbour car park: councillors reject plan for new harbour car park - The Harbour Times"),
                     url="https://www.harbourtimes.co.uk/news/car-park-123")
    assert article.title == EN_HEADLINE
    assert article.text.split("\n") == [standfirst, *EN_PARAGRAPHS]
    assert article.author == "Jane Walsh"
    assert article.published == "2023-11-13"


def test_a_box_label_below_the_text_followed_by_teasers_with_their_summaries_ends_the_article():
    # Vox: "Next Up In Science & Health", then "Most Read" teasers, each headline glued to a summary
    # sentence, then "The Latest": the teasers looked like the text going on below a related box.
    teasers = [f"{head} {summary}" for head, summary in (
        ("Storm warning issued for the west coast", "Forecasters said the winds would reach ninety miles an hour."),
        ("Hospital waiting lists fall again", "The health board said more staff had been hired over the summer."),
        ("Rail strike called off after talks", "The union said members would vote on the new offer next week."),
    )]
    tail = ["Next Up In Politics", "Library to open on Sundays", "School holidays extended by a week",
            "Museum wins national award", "Most Read", *teasers, "The Latest", "Ferry timetable changes",
            "By Ann Lee", "Rates to rise in the new year", "By Tom Hale"]
    article = _clean(en_dump(EN_HEADLINE, "By Jane Walsh", "November 20, 2023", tail=tail),
                     url="https://www.harbourtimes.co.uk/news/car-park-123")
    assert article.text.split("\n") == EN_PARAGRAPHS


@pytest.mark.parametrize("line, name, iso", [
    ("By Umair Irfan Updated Nov 13, 2019, 10:28am EST", "Umair Irfan", "2019-11-13"),  # Vox
    ("By Tess Bonn - 11/19/19 06:56 AM EST", "Tess Bonn", "2019-11-19"),  # The Hill: two-digit year, month first
])
def test_a_byline_with_its_date_label_or_a_short_us_date_is_read(line, name, iso):
    assert split_name_glued_to_date(line)[:2] == (name, iso)


def test_a_numeric_date_that_can_only_be_month_first_is_read_so():
    assert read_date_line("11/19/2019")[0] == "2019-11-19"
    assert read_date_line("19/11/2019")[0] == "2019-11-19"
    assert read_date_line("11/19/19") is None  # a two-digit year only beside a clock time


def test_a_page_that_scrolls_on_into_whole_other_stories_ends_at_the_next_storys_head():
    # Correctiv (gold/dumps8): below the article, a newsletter box, then other stories in full, each
    # with headline, standfirst, reading time, byline, a date line of another day and its text.
    other = ["Neue Rechte", "Donations from abroad paid for the party's posters in the spring",
             "A Swiss agency paid for the posters of a candidate in the regional election campaign.",
             "weiterlesen 5 Minuten", "von Marcus Bensmann", "18. June 2019",
             "The agency has paid for posters in several campaigns since the party was founded in the region.",
             "Its director told reporters that the donors wished to stay anonymous for their own safety.",
             "The party said it had known nothing about the campaign and would return the money if asked."]
    article = _clean(en_dump(EN_HEADLINE, "von Jane Walsh", "14. May 2019", tail=other),
                     url="https://www.harbourtimes.co.uk/news/car-park-123")
    assert article.text.split("\n") == EN_PARAGRAPHS
    assert article.published == "2019-05-14"


def test_comment_prompts_and_a_suggested_articles_box_below_the_text_go():
    # Threatpost (gold/dumps8): "Write a comment", tags, "Suggested articles" with teasers and their
    # dates, the reader comments and the comment form's notices were all kept (38 lines).
    tail = ["Write a comment", "Share this article:", "Malware", "Mobile Security", "Suggested articles",
            "The Texas Ransomware Attacks: A Gamechanger for Cybercriminals",
            "Security researchers worry that this weekend's coordinated attacks mark a change in tactics.",
            "August 21, 2019", "Discussion", "Mm on August 2, 2019", "Any md5 or sha256 link for that?", "Reply",
            "Leave A Comment", "Save my name, email, and website in this browser for the next time I comment.",
            "Notify me when new comments are added.",
            "This site uses Akismet to reduce spam. Learn how your comment data is processed."]
    article = _clean(en_dump(EN_HEADLINE, "Author: Jane Walsh", "July 30, 2019 1:16 pm", tail=tail),
                     url="https://www.harbourtimes.co.uk/news/car-park-123")
    assert article.text.split("\n") == EN_PARAGRAPHS


def test_a_german_share_row_and_tag_list_below_the_text_go():
    # ComputerBase (gold/dumps8): "Teilen auf Facebook: 0", "Teilen…", "Themen:" and its tags, "Drucken".
    tail = ["Teilen auf Facebook: 0", "Teilen auf Twitter: 0", "WhatsApp", "Teilen…", "71 Kommentare",
            "Themen:", "HTC", "Internet", "Mobilfunk", "O2", "Drucken"]
    article = _clean(en_dump(EN_HEADLINE, "By Jane Walsh", "November 20, 2023", tail=tail),
                     url="https://www.harbourtimes.co.uk/news/car-park-123")
    assert article.text.split("\n") == EN_PARAGRAPHS


@pytest.mark.parametrize("line, iso", [
    ("Mon 20 Jan 2020 06.05 GMT Last modified on Mon 20 Jan 2020 06.07 GMT", "2020-01-20"),  # The Guardian
    ("14. Mai 2019", "2019-05-14"),
    ("Stand: 03.05.2019, 5:30", "2019-05-03"),
])
def test_more_date_lines_are_read(line, iso):
    assert read_date_line(line)[0] == iso


def test_an_html_pages_markup_settles_the_order_of_an_all_digit_date_line():
    # futurezone.at (gold/dumps8): "05/08/2019" under the headline, read day first (5 August), while
    # the markup says 2019-05-08; the markup's ISO date is the same day in the other order.
    body = "".join(f"<p>{p}</p>" for p in EN_PARAGRAPHS)
    html = (f"<html><head><title>{EN_HEADLINE} | The Harbour Times</title>"
            f"<meta property='article:published_time' content='2023-05-08T05:30:00Z'></head><body>"
            f"<nav>{_links(EN_MENU)}</nav><header><h1>{EN_HEADLINE}</h1><p>05/08/2023</p><p>By Jane Walsh</p></header>"
            f"<article>{body}</article><footer><p>© 2023 The Harbour Times. All rights reserved.</p></footer></body></html>")
    page = html_article(html.encode(), origin="p.html", source_format="html",
                        url="https://www.harbourtimes.co.uk/news/1")
    (cleaned,) = clean_articles([page])
    assert cleaned.published[:10] == "2023-05-08"


def test_teaser_cards_under_the_text_are_not_the_article():
    # futurezone.at (gold/dumps8): under the text, cards of section label (one of the menu's),
    # headline and summary sentence, bridged into the block by the summaries.
    cards = ["Politics", "Ferry timetable changes for the islands",
             "The operator said the new timetable would start in the spring after a long consultation.",
             "Business", "Rates to rise in the new year",
             "The council said the rise was needed to pay for road repairs and the new library.",
             "Politics", "Library to open on Sundays",
             "Readers had asked for longer hours and the council has now found the money for them."]
    article = _clean(en_dump(EN_HEADLINE, "By Jane Walsh", "November 20, 2023", tail=cards),
                     url="https://www.harbourtimes.co.uk/news/car-park-123")
    assert article.text.split("\n") == EN_PARAGRAPHS


@pytest.mark.parametrize("line", [
    "Explore further",  # Phys.org
    "Search for this author in:",  # Nature
])
def test_more_related_box_labels(line):
    from rasid.clean.phrases import is_related_trigger, line_key
    assert is_related_trigger(line_key(line), line)


def test_a_copyright_notice_in_other_words_is_chrome():
    from rasid.clean.phrases import long_line_notice
    notice = ("This document is subject to copyright. Apart from any fair dealing for the purpose of private study "
              "or research, no part may be reproduced without the written permission.")
    assert long_line_notice(notice, len(notice.split())) == "copyright line"


def test_a_subheading_sharing_a_few_words_of_a_long_first_line_is_no_reworded_headline():
    # SaudiNewsNet (2015-07-21, عين اليوم): a body opening with a gallery's captions glued on one line,
    # then a subheading holding five of its words: read as the headline, it cut most of the text.
    caption = ("ساعة اسوس المنحنية Gear Solo ساعة سوني سمارت واتش 3 ساعة قادمة من سامسونج تسمح بإجراء المكالمات "
               "الهاتفية ساعة Neptune Pine ساعة Meta M1 ساعة إل جي Next Previous")
    raw = "\n".join([caption, PARAGRAPHS[0], "ساعة سوني سمارت واتش 3 الجديدة", *PARAGRAPHS[1:], *MENU, *MENU])
    article = _clean(raw, title="ساعات ذكية قادمة", source_format="json")
    assert all(p in article.text for p in PARAGRAPHS)


def test_a_byline_naming_its_outlet_by_web_address_gives_the_name():
    # Phys.org (gold/dumps8): "by Bob Yirka , Phys.org" gave the author "Bob Yirka , Phys.org".
    attribution = read_attribution("by Bob Yirka , Phys.org")
    assert (attribution.author, attribution.outlet_tag) == ("Bob Yirka", "Phys.org")


def test_where_trafilatura_takes_another_long_block_the_pages_own_lines_are_kept():
    """Length alone does not show trafilatura read the article: here it takes a long column of
    notices (as sonline.hu's obituaries) and drops the article in an <aside>; its text holds under
    half of the article block the line cleaner finds, so the page's own lines are kept."""
    notices = "".join(f"<p>{' '.join(['إعلان وفاة رقم', str(i)] + ['نعى المرحوم وتقام الجنازة في المسجد الكبير'] * 4)}</p>"
                      for i in range(12))
    body = "<aside>" + "".join(f"<div>{p}</div>" for p in PARAGRAPHS * 2) + f"</aside><article>{notices}</article>"
    article = html_article(_html(f"{HEADLINE} - اليوم السابع", "", body), origin="p.html", source_format="html")
    assert "kept the page's visible text" in article.meta["ingest_note"]
    (cleaned,) = clean_articles([article])
    for paragraph in PARAGRAPHS:
        assert paragraph in cleaned.text


def test_the_share_of_the_article_block_another_text_holds():
    from rasid.ingest.html import _block_share

    block = "first line of the article\nsecond  line of the article"
    assert _block_share(block, "first line of the article second line of the article") == 1.0
    assert _block_share(block, "first line of the article, and notices") == pytest.approx(25 / 51)
    assert _block_share(block, "notices only") == 0.0


THAI_MENU = ['การเมือง', 'เศรษฐกิจ', 'วัฒนธรรม บันเทิง', 'ต่างประเทศ', 'คุณภาพชีวิต', 'แรงงาน', 'สิ่งแวดล้อม', 'ความมั่นคง', 'ไอซีที', 'สิทธิมนุษยชน', 'สาระ+ภาพ']


def test_thai_paragraphs_without_full_stops_are_running_text_and_an_ad_label_between_them_goes():
    # Prachatai (gold/dumps12): Thai writes no spaces between words and no full stop; its paragraphs
    # read as a few long "words" with no sentence end, the article block was never found and the
    # whole page (91 of its 108 chrome lines) was kept, or (word counts fixed) every paragraph lost.
    paragraphs = ["21 ม.ค.2561 เวลาประมาณ 12.00 น. ผู้สื่อข่าวได้รับแจ้งจากนาย ต.(ไม่ประสงค์เปิดเผยชื่อ) บุตรชายของ 'ภูชนะ' คนสนิทของนายสุรชัย แซ่ด่าน ที่หายไปว่า ผลการตรวจ DNA โดยใช้เนื้อเยื่อของศพที่ถูกสังหารด้วยการมั", 'ภูชนะ (นามแฝง) เป็นคนใกล้ชิดของนายสุรชัย ด่านวัฒนานุสรณ์ หรือ สุรชัย แซ่ด่าน นักเคลื่อนไหวทางการเมืองที่ลี้ภัยออกจากประเทศไทยและได้หายตัวไปจากที่พักในประเทศเพื่', "ขณะที่ นาย ว. พี่เขยของ 'กาสะลอง' อีกหนึ่งผู้ลี้ภัยที่ได้หายไปพร้อมกับนายสุรชัยกล่าวกับผู้สื่อข่าวว่า หลังจากได้ทราบผลการตรวจสอบ DNA จากลูกชายของภูชนะ ทางญาติของกาสะลองก็ได้ติดต่อไ"]
    raw = "\n".join(['ผล DNA ยืนยัน ศพลอยแม่น้ำโขงเป็นคนสนิท อ.สุรชัย | ประชาไท Prachatai.com', *THAI_MENU, 'ประชาไท / ข่าว', 'ผล DNA ยืนยัน ศพลอยแม่น้ำโขงเป็นคนสนิท อ.สุรชัย', 'Submitted on Mon, 2019-01-21 13:49', *paragraphs[:2],
                     'ลงโฆษณากับประชาไท', paragraphs[2], 'เรื่องที่เกี่ยวข้อง', 'ลืออุ้ม อ.สุรชัย ผู้ลี้ภัยหายจากที่พัก 12 วันแล้ว', "ตร.เร่งหาเบาะแสคดีฆ่ายัดเสาถ่วงน้ำโขง - เมียไม่เชื่อเป็น 'สุรชัย แซ่ด่าน'", *THAI_MENU])
    article = _clean(raw, url="https://prachatai.com/journal/2019/01/80642")
    assert article.title == 'ผล DNA ยืนยัน ศพลอยแม่น้ำโขงเป็นคนสนิท อ.สุรชัย'
    for paragraph in paragraphs:
        assert paragraph in article.text
    assert 'ลงโฆษณากับประชาไท' not in article.text and 'ลืออุ้ม อ.สุรชัย ผู้ลี้ภัยหายจากที่พัก 12 วันแล้ว' not in article.text


def test_unspaced_scripts_count_words_by_their_own_word_length():
    from rasid.clean.phrases import count_words

    assert count_words("การเมือง") == 2  # politics: eight Thai letters, four a word
    assert count_words("相关新闻") == 2  # Chinese keeps two letters a word
    assert count_words("ပင်မစာမျက်နှာ") == 3  # Burmese "home page": thirteen letters, six a word
    assert count_words("Sanna Marin") == 2


def test_burmese_share_panel_between_the_date_and_the_text_goes_the_text_stays():
    # BBC Burmese (gold/dumps12): the panel's notice "these external links open in a new page" is a
    # sentence ending in «။», and the article block began there, keeping the panel's lines.
    panel = ['ဒီစာမျက်နှာ Facebook', 'ဒီစာမျက်နှာ Messenger', 'ဝေမျှပါ', 'ဒီစာမျက်နှာ', 'ဤပြင်ပလင့်များသည် စာမျက်နှာအသစ်တစ်ခုဖြင့် ပွင့်ပါမည်။', 'အီးမေးလ်', 'ဒီစာမျက်နှာ အီးမေးလ်', 'Twitter', 'ဒီစာမျက်နှာ Twitter', 'ဒီလင့်ကို ကူးယူပါ', 'ဝေမျှခြင်းအကြောင်း', 'ဤပြင်ပလင့်များသည် စာမျက်နှာအသစ်တစ်ခုဖြင့် ပွင့်ပါမည်။', 'မျှဝေသော စာမျက်နှာကို ပိတ်ရန်']
    paragraphs = ['နိုင်ငံတော်အကြည်ညိုပျက်စေမှု ပုဒ်မ ၅၀၅ (ခ) နဲ့ တရားစွဲ အဖမ်းခံထားရတဲ့ အလဲဗင်းသတင်းစာတိုက်က တာဝန်ခံအယ်ဒီတာ နှစ်ယောက် နဲ့ သတင်းထောက်ချုပ်တို့ကို ဒီကနေ့ အောက်တိုဘာလ ၂၆ ရက်မှာ တာမွေမြို့နယ်တရားရုံးက သတင်းသမားတစ်ယောက်စီကို ငွေကျပ်သိန်း ၁၀၀ နဲ့ အာမခံပေးလိုက်ပြီလို့ အမှုမှာရှေ့နေအဖြစ် လိုက်ပါဆောင်ရွက်ပေးနေတဲ့ တရားလွှတ်တော်ရှေ့နေ ဦးကြီးမြင့် က အတည်ပြုပြောပါတယ်။', 'သူတို သုံးဦးလုံးဟာ အောက်တိုဘာ ၈ ရက် ရက်စွဲနဲ့ ထုတ်ခဲ့တဲ့ Weekly Eleven ဂျာနယ် စာမျက်နှာ ၂၆ မှာပါဝင်တဲ့ ကလောင်အမည် ဖြိုးဝေရဲ့ " အမြဲရှုံးနေတဲ့ စက်သုံးဆီဆိုင်တွေ ပိတ်ရေး၊ ငွေချေးသူ ဘယ်သူမှန်း မသိတဲ့ ကျောင်းကားနဲ့ လူနာမည်ပေါက် ပြည်သူ့ရှယ်ယာ " ခေါင်းစဉ်နဲ့ ဆောင်းပါးကြောင့် တရားစွဲဆိုခံခဲ့ရတာဖြစ်ပါတယ်။']
    raw = "\n".join(['နိုင်ငံတော်အကြည်ညိုပျက်စေမှုပုဒ်မနဲ့ တရားစွဲခံထားရတဲ့ အလဲဗင်းသတင်းသမား သုံးဦး အာမခံရ - BBC News မြန်မာ', *['News', 'Sport', 'Weather', 'Radio', 'Arts', 'မြန်မာ', 'BBC မြန်မာ လမ်းညွှန်', 'ကဏ္ဍများ', 'ပင်မစာမျက်နှာ', 'မြန်မာ့ရေးရာ', 'နိုင်ငံတကာ', 'ဆောင်းပါး', 'အားကစား', 'ကုန်သွယ်စီးပွား', 'အသံဖိုင်များ', 'ဗီဒီယိုများ', 'ဓာတ်ပုံများ'], 'နိုင်ငံတော်အကြည်ညိုပျက်စေမှုပုဒ်မနဲ့ တရားစွဲခံထားရတဲ့ အလဲဗင်းသတင်းသမား သုံးဦး အာမခံရ', '26 အောက်တိုဘာ 2018', *panel, 'ဓာတ်ပုံ မူပိုင် Khin Mg Win (Shwe Inn Thar)', 'Image caption တရားစွဲခံထားရတဲ့ အလဲဗင်းသတင်းထောက်တွေ',
                     *paragraphs, *['ဆက်စပ် အကြောင်းအရာများ', 'မီဒီယာ', 'သတင်းစာလွတ်လပ်ခွင့်', 'သတင်းပညာ'], *['BBC မြန်မာ လမ်းညွှန်', 'ကဏ္ဍများ', 'ပင်မစာမျက်နှာ', 'မြန်မာ့ရေးရာ', 'နိုင်ငံတကာ', 'ဆောင်းပါး', 'အားကစား', 'ကုန်သွယ်စီးပွား', 'အသံဖိုင်များ', 'ဗီဒီယိုများ', 'ဓာတ်ပုံများ', 'ဘီဘီစီ လမ်းညွှန်']])
    article = _clean(raw, url="https://www.bbc.com/burmese/burma-45989453")
    assert article.title == 'နိုင်ငံတော်အကြည်ညိုပျက်စေမှုပုဒ်မနဲ့ တရားစွဲခံထားရတဲ့ အလဲဗင်းသတင်းသမား သုံးဦး အာမခံရ'
    for paragraph in paragraphs:
        assert paragraph in article.text
    for line in panel:
        assert line not in article.text


def test_a_catalan_standfirst_above_its_date_line_is_kept():
    # El Vallenc (gold/dumps12): without Catalan months «23 Març 2020» read as no date line, so the
    # standfirst above it (no full stop) was taken for a caption and dropped.
    raw = "\n".join(['@VallsConfinat continua amb més novetats - El Vallenc', *['Actualitat', 'Successos', 'Política', 'Comarques', 'Esports', 'Cultura', 'Castells', 'Societat', 'Entrevistes', 'Opinió', 'ElVallencTV', 'Grans Gales', 'Societat'], '@VallsConfinat continua amb més novetats', 'Aquesta tarda, a les 7, es podrà seguir en directe pel canal d’Instagram de VallsConfinat l’actuació de màgia del vallenc Darío Proximity', '23 Març 2020', *['Compartir', 'Facebook', 'Twitter', 'WhatsApp', 'Email', 'Telegram'],
                     'El compte de Twitter i Instagram @VallsConfinat ja porta una setmana d’activitat a les xarxes amb l’objectiu de dinamitzar el teixit social i cultural de la ciutat. Aquesta tasca ha consistit fins ara a crear contingut, com ara enquestes, jocs i reptes sobre Valls, així com a compartir les iniciatives que entitats i veïnat vallenc han impulsat durant els primers dies de confinament.', 'VallsConfinat ha destacat especialment per donar un paper protagonista a la cultura local: aquest passat dissabte 21 es va celebrar el VallsConfinatFest, que va aplegar les actuacions musicals en directe de sis artistes de l’Alt Camp —cadascú des de casa seva i a través del canal d’Instagram de VallsConfinat—, amb la voluntat d’apropar una tarda de música a les llars de Valls i la comarca. Els artistes convidats a la iniciativa, que va tenir molt bona rebuda per part del públic “virtual”, van ser Bàrbara Flores, Mariona Escoda, Jay Blanes, Elena Volpini, Maria Jacobs i DJ Jordi Maggiore.', *['Tags', 'cultura vallenca', 'VallsConfinat', 'Compartir', 'Facebook', 'Twitter', 'WhatsApp', 'Email', 'Telegram', 'Subscriu-te a la nostra newsletter'], *['Seccions', 'Actualitat', 'Successos', 'Política', 'Comarques', 'Esports', 'Cultura', 'Castells', 'Societat', 'Entrevistes', 'Opinió', 'ElVallencTV', 'Grans Gales', 'Nosaltres', 'Publicitat', 'Contacte']])
    article = _clean(raw, url="https://www.elvallenc.cat/societat/vallsconfinat-continua-amb-mes-novetats/")
    assert 'Aquesta tarda, a les 7, es podrà seguir en directe pel canal d’Instagram de VallsConfinat l’actuació de màgia del vallenc Darío Proximity' in article.text
    assert article.published == "2020-03-23"
    assert read_date_line("23 Març 2020")[0] == "2020-03-23"


def test_a_breadcrumbs_headline_cut_with_an_ellipsis_yields_to_the_whole_headline_below():
    # Actualno (gold/dumps12): the breadcrumb ends in the headline cut short ("... в социални..."),
    # matched as the <title>'s head; the headline is the whole repeat four lines below it.
    raw = "\n".join(['Община Хасково осигури компютри и таблети на деца в социални общежития', *['Политика', 'Икономика', 'Общество', 'Образование', 'Здравеопазване', 'Крими', 'Регионални', 'За природата'], *['Начало', 'България', 'Хасково', 'Община Хасково осигури компютри и таблети на деца в социални...', 'Днес 155', 'Вчера 181', 'COVID-19 31'], 'Община Хасково осигури компютри и таблети на деца в социални общежития', '15.10.2020 21:55 78', 'Снимка: Getty Images/Guliver',
                     'Нови технически средства получиха децата и младежите, настанени в социални услуги от резидентен тип, съобщиха от Община Хасково. Това се случи в резултат на реализиран проект, финансиран от Фонд “Социална закрила“ към Министерството на труда и социалната политика.', 'Осигурените по проекта девет преносими компютри с лицензиран софтуер, 13 таблета и три мултифункционални устройства, са предназначени за нуждите на общо 22 учащи деца и младежи от I до XII клас от услугите ЦНСТ за деца и младежи с увреждания и ЦНСТ за деца без увреждания, които посещават училища на територията на община Хасково. Програмата цели да осигури непрекъснат образователен процес за учениците, както и да създаде условия за осигуряване на равен достъп до образователната система и подпомагане на училищната подготовка на учениците, лишени от родителска грижа.', *['Етикети: таблет', 'компютър', 'Хасково'], *['Новини \ue600', 'Днес', 'Вчера', 'Гледна точка', 'Твоята (о)позиция', 'Колумнист', 'Добрата новина', 'Интервю', 'България \ue600', 'Политика', 'Икономика', 'Общество', 'Образование', 'Здравеопазване', 'Крими', 'Свят \ue600', 'Европа', 'Балкани', 'Америка', 'Близък изток и Азия', 'Африка', 'Анализи и коментари', 'Фийчъри', 'Наука \ue600']])
    article = _clean(raw, url="https://www.actualno.com/haskovo/news_1509983.html")
    assert article.title == 'Община Хасково осигури компютри и таблети на деца в социални общежития'
    assert 'Нови технически средства получиха децата и младежите, настанени в социални услуги от резидентен тип, съобщиха от Община Хасково. Това се случи в резултат на реализиран проект, финансиран от Фонд “Социална закрила“ към Министерството на труда и социалната политика.' in article.text and 'Осигурените по проекта девет преносими компютри с лицензиран софтуер, 13 таблета и три мултифункционални устройства, са предназначени за нуждите на общо 22 учащи деца и младежи от I до XII клас от услугите ЦНСТ за деца и младежи с увреждания и ЦНСТ за деца без увреждания, които посещават училища на територията на община Хасково. Програмата цели да осигури непрекъснат образователен процес за учениците, както и да създаде условия за осигуряване на равен достъп до образователната система и подпомагане на училищната подготовка на учениците, лишени от родителска грижа.' in article.text


def test_bylines_that_name_the_newsroom_a_label_or_a_date_lines_verb():
    from rasid.clean.fields import author_name, credit_naming_no_one
    from rasid.ingest.html import _real_author

    # Haniotika Nea (gold/dumps12): «ΣΥΝΤΑΚΤΙΚΗ ΟΜΑΔΑ», the editorial team, in capitals without accents.
    assert credit_naming_no_one("ΣΥΝΤΑΚΤΙΚΗ ΟΜΑΔΑ") is not None
    assert credit_naming_no_one("Συντακτική ομάδα") is not None
    assert _real_author("ΣΥΝΤΑΚΤΙΚΗ ΟΜΑΔΑ", set()) is None
    # Actualno: trafilatura glues the label to the editor's name.
    assert author_name("Редактор Елин Димитров") == "Елин Димитров"
    # Prachatai: "Submitted on Mon, 2019-01-21 13:49" gave trafilatura the author "Submitted".
    assert _real_author("Submitted", set()) is None
    assert _real_author("Elaine Chen", set()) == "Elaine Chen"



def test_a_closing_sentence_too_short_for_prose_stays_a_sign_off_below_it_is_no_text():
    # HATAW! (gold/dumps11): «Ganyan lang ang buhay.» ("That's how life is.") closes the column
    # as a paragraph of its own, above the sign-off «(Ed de Leon)», and was dropped with the list of
    # share buttons and links below it.  KBS's «Max Lee, KBS World Radio News.» is a byline, not text.
    paragraphs = ['TALAGANG sunod-sunuran lamang si female star sa kung ano man ang gustong mangyari ng kanyang boyfriend.', 'Takot kasi siyang mapalitan ng boyfriend niya. Hindi niya maipagmamalaki ang suportang ibinibigay niya sa boyfriend niya dahil may dalawa naman daw mayamang bading na nagbibigay din ng suporta roon.', 'Kawawa si female star. Isipin ninyo iyong ganda niyang iyon ang kalaban lang niya bading? Paano namang hindi mas makapal ang pitaka ng bading kaysa kanya?']
    tail = ["Ganyan lang ang buhay.", "(Ed de Leon)", "Share !", "tweet", "About Ed de Leon",
            "Previous: Ronnie, isa na ring reservist", 'Next: Kulikadidang ni Direk, kasing laki lang daw ng ATM ang ipinagmamalaki', "Related Articles",
            "LT, magbababu na sa Ang Probinsyano", "Maja, umaming nag-aaway din sila ni Rambo"]
    raw = "\n".join(["Aktres, sunod-sunuran sa aktor BF | HATAW! D'yaryo ng Bayan", *['About Us', 'Contact Us', 'Privacy Policy', "HATAW! D'yaryo ng Bayan hatawtabloid.com", 'Home', 'News', 'Opinion', 'Bulabugin', 'Showbiz', 'Sports', 'Hataw Lifestyle', 'Gallery', 'Photos', 'Flickr', 'Videos', 'Katapat', 'Youtube', 'Social'], 'You are here: Home / Showbiz / Aktres, sunod-sunuran sa aktor BF', 'Aktres, sunod-sunuran sa aktor BF', 'Posted by: Ed de Leon on February 18, 2020 in Showbiz Leave a comment', *paragraphs, *tail, *['Aktor, mahilig tumitig sa mga nakasasabay sa gym', 'ABS-CBN, handang ituwid ang anumang pagkakamali (kaya bakit ipasasara pa?)', 'Serye ni Alden, laging taob sa ratings (saan kulang at saan sobra)', 'DZMM, ‘wag masyadong higpitan si Jobert', 'Aktres, ‘di matanggap ang pagiging high class escort ni actor-BF', 'All (1132)', 'LAPID FIRE', 'www.beyonddeadlines.com', 'Diyaryo Pinoy', 'Frontpage', 'ALAM ( Alab ng Mamamahayag )', 'Follow us on Twitter', 'Tweets by @HatawTabloid', 'Scroll To Top']])
    article = _clean(raw, url='https://www.hatawtabloid.com/2020/02/18/aktres-sunod-sunuran-sa-aktor-bf/')
    for paragraph in paragraphs:
        assert paragraph in article.text
    assert "Ganyan lang ang buhay." in article.text
    assert "About Ed de Leon" not in article.text
    signed = "\n".join(["Aktres, sunod-sunuran sa aktor BF | HATAW! D'yaryo ng Bayan", *['About Us', 'Contact Us', 'Privacy Policy', "HATAW! D'yaryo ng Bayan hatawtabloid.com", 'Home', 'News', 'Opinion', 'Bulabugin', 'Showbiz', 'Sports', 'Hataw Lifestyle', 'Gallery', 'Photos', 'Flickr', 'Videos', 'Katapat', 'Youtube', 'Social'], 'Aktres, sunod-sunuran sa aktor BF', 'Posted by: Ed de Leon on February 18, 2020 in Showbiz Leave a comment', *paragraphs,
                        "Max Lee, KBS World Radio News.", *tail[2:], *['Aktor, mahilig tumitig sa mga nakasasabay sa gym', 'ABS-CBN, handang ituwid ang anumang pagkakamali (kaya bakit ipasasara pa?)', 'Serye ni Alden, laging taob sa ratings (saan kulang at saan sobra)', 'DZMM, ‘wag masyadong higpitan si Jobert', 'Aktres, ‘di matanggap ang pagiging high class escort ni actor-BF', 'All (1132)', 'LAPID FIRE', 'www.beyonddeadlines.com', 'Diyaryo Pinoy', 'Frontpage', 'ALAM ( Alab ng Mamamahayag )', 'Follow us on Twitter', 'Tweets by @HatawTabloid', 'Scroll To Top']])
    assert "Max Lee" not in _clean(signed).text


def test_a_finnish_date_line_with_klo():
    # Yle (gold/dumps12): «2.9.2020 klo 12.45» ("at 12.45") read as no date line.
    assert read_date_line("2.9.2020 klo 12.45")[0] == "2020-09-02"



def test_a_title_giving_the_headline_in_two_languages_is_read_in_the_texts_script():
    # Divya Bhaskar (gold/dumps11): «English|Gujarati» in the <title>, a bare bar; the page prints
    # the English headline, then «વડોદરા / » (the city) before the Gujarati one, then Gujarati text.
    # A photo caption was taken for the headline.
    raw = "\n".join(['Chhetu Patel, a resident of the United States, died due to corona, wife under treatment|અમેરિકામાં રહેતાં ભાયલીના છીતુ પટેલનું કોરોનાથી મોત, પત્ની સારવાર હેઠળ', *['ટ્રેન્ડિંગ ન્યૂઝ', 'Show More', 'મેનુ', 'ઓરિજિનલ ઇ-પેપર', 'ન્યૂઝ', 'સ્પોર્ટ્સ', 'બિઝનેસ', 'ઈન્ડિયા', 'વર્લ્ડ', 'See more', 'એન્ટરટેનમેન્ટ', 'બોલિવૂડ', 'ટીવી', 'યુટિલિટી', 'ઓટોમોબાઈલ', 'ગેજેટ', 'ધર્મ દર્શન', 'જ્યોતિષ', 'ગુજરાત', 'અમદાવાદ', 'વડોદરા', 'સુરત', 'રાજકોટ', 'મુંબઈ', 'NRG'], *['Home', 'Local', 'Gujarat', 'Vadodara', 'Chhetu Patel, a resident of the United States, died due to corona, wife under treatment', 'વડોદરા / અમેરિકામાં રહેતાં ભાયલીના છીતુ પટેલનું કોરોનાથી મોત, પત્ની સારવાર હેઠળ', 'છીતુ પટેલ - ફાઇલ તસવીર', 'X', 'છીતુ પટેલ - ફાઇલ તસવીર', 'દિવ્ય ભાસ્કર'], *['Apr 02, 2020, 04:11 AM IST', 'વડોદરા. કોરોના વાઈરસે વિશ્વભરમાં ભરડો લીધો છે.ત્યારે વાઈરસની સૌથી વધુ અસર ઈટલી બાદ હવે અમેરિકામાં પહોચી છે. અમેરિકામાં રહેતા ભારતીય સમાજના ઘણા લોકો કોરોના વાઈરસની ઝપેટમાં પણ આવ્યાં હોવાનું જાણવા મળ્યું છે.ત્યારે ભાયલીના મુળ વતની અને છેલ્લા 45 વર્ષથી અમેરિકાના શિકાગો ખાતે રહેતા છીતુભાઈ પટેલનું કોરોનાના પગલે અવસાન થતા ગામના લોકો શોકગ્રસ્ત બન્યા છે.', '31મી માર્ચે મોડી રાતે અવસાન થયું', 'છીતુભાઈ કાયમ મદદગાર રહેતા હતા. જોકે 10 દિવસ અગાઉ છીતુભાઈ પટેલ અને તેમની પત્નિ મંજુલાબેન પટેલ કોરોનાની મહામારીમાં સપડાયા હતા.બંનેની શિકાગો ખાતેની હોસ્પિટલમાં સારવાર ચાલી રહી હતી. દરમિયાન છીતુભાઈ પટેલનું 31 માર્ચના રોજ મોડી રાતે કોરોનાના પગલે અવસાન થયું હતું. જેના કારણે અમેરિકાના ભારતીય સમાજમાં શોકની લાગણી ફેલાઈ હતી.તો બીજી તરફ છીતુભાઈની પત્ની મંજુલાબેનની હાલત સુધારા પર હોવાનું ડોક્ટરોએ જણાવ્યું હતું.', 'ગામે પોતાના સ્વજનને ગુમાવ્યાં છે', 'છીતુભાઈ પટેલ ભાયલી ગામના આદર્શ સમાન હતાં. તેઓએ અમેરિકામાં સ્થાઈ થઈને પોતાનો બિઝનેશ શરૂ કરી મોટી નામના મેળવી હતી.જ્યારે તેમના અવસાનના સમાચાર મળતા જ ગ્રામજનો શોકમગ્ન થઈ ગયા છે. - દર્પણ પટેલ, સરપંચ, ભાયલી ગામ'], *['Next Stories', 'ની સંપૂર્ણ વાંચનસામગ્રી', 'મારું ગુજરાત', 'ઈન્ડિયા', 'વર્લ્ડ', 'એન્ટરટેઇનમેન્ટ', 'ઓરિજિનલ', 'સ્પોર્ટ્સ', 'બિઝનેસ', 'ધર્મ દર્શન', 'યુટિલિટી', 'લાઇફસ્ટાઇલ', 'Our Divisions:', 'DainikBhaskar.com']])
    article = _clean(raw, url='https://www.divyabhaskar.co.in/local/gujarat/vadodara/news/chhetu-patel-a-resident-of-the-united-states-died-due-to-corona-wife-under-treatment-127088788.html')
    assert article.title == 'અમેરિકામાં રહેતાં ભાયલીના છીતુ પટેલનું કોરોનાથી મોત, પત્ની સારવાર હેઠળ'
    assert 'વડોદરા. કોરોના વાઈરસે વિશ્વભરમાં ભરડો લીધો છે.ત્યારે વાઈરસની સૌથી વધુ અસર ઈટલી બાદ હવે અમેરિકામાં પહોચી છે. અમેરિકામાં રહેતા ભારતીય સમાજના ઘણા લોકો કોરોના વાઈરસની ઝપેટમાં પણ આવ્યાં હોવાનું જાણવા મળ્યું છે.ત્યારે ભાયલીના મુળ વતની અને છેલ્લા 45 વર્ષથી અમેરિકાના શિકાગો ખાતે રહેતા છીતુભાઈ પટેલનું કોરોનાના પગલે અવસાન થતા ગામના લોકો શોકગ્રસ્ત બન્યા છે.' in article.text


def test_title_versions_need_a_bare_bar_and_two_real_parts():
    from rasid.clean.cleaner import _title_versions, _without_kicker

    assert _title_versions("Man dies of corona in the US|અમેરિકામાં રહેતાં ભાયલીના છીતુ પટેલનું મોત") == [
        "Man dies of corona in the US", "અમેરિકામાં રહેતાં ભાયલીના છીતુ પટેલનું મોત"]
    assert _title_versions("Man dies of corona in the US | Divya Bhaskar") == []
    assert _title_versions("Man dies of corona in the US|News") == []
    assert _without_kicker("વડોદરા / અમેરિકામાં રહેતાં ભાયલીના") == "અમેરિકામાં રહેતાં ભાયલીના"
    assert _without_kicker("Trump / Biden debate draws record audience") is not None
    assert _without_kicker("one two three four / five") is None



def test_a_headline_longer_than_its_title_is_found_by_its_byline_past_the_share_row():
    # STAT (gold/dumps12): the <title> is a nine-word version of the twelve-word headline, and
    # under the headline come the standfirst, "Manage alerts", a share row, the photo credit, then
    # "By Elaine Chen" and the date: the headline was never found and a crossword promotion above
    # it ("NEW: The STAT Mini") was taken for it.
    raw = "\n".join(['Employers drop obesity drug coverage as cash-pay programs grow', *['Skip to Main Content', 'Manage alerts for this article', 'Email this article', 'Share this article', 'FDA', 'research', 'NIH', 'Newsletters', 'Log In', 'My Account', 'Subscribe Now'], *['NEW: The STAT Mini', 'Take a break from the news and try our new weekly crossword.', 'Play now', 'STAT Plus'], *['Health', 'Employers drop coverage for weight loss drugs as pharma’s direct-to-consumer programs grow', 'Prices for Wegovy, Zepbound, touted as discounts, will remain unaffordable for many workers', 'Manage alerts for this article', 'Email this article', 'Share this article', 'Adobe', 'By Elaine Chen', 'Dec. 18, 2025', 'National Biotech Reporter', 'Elaine Chen', '[email protected]', 'Elaine Chen covers biotech, co-writes The Readout newsletter, and co-hosts STAT’s weekly biotech podcast, The Readout Loud. You can reach Elaine on Signal at elaineywchen.70.', 'When HCA Healthcare, one of the largest hospital systems in the U.S., recently told employees it would stop covering blockbuster obesity drugs Zepbound and Wegovy next year, it pointed them to an alternative way to get the treatments: Buy them themselves.', 'In a notice viewed by STAT, HCA said use of the GLP-1 weight loss drugs surged 90% this year, “significantly” raising costs. It instead suggested employees enroll in discount programs introduced by the drugs’ manufacturers, Eli Lilly and Novo Nordisk, which allow patients to buy the medicines without using insurance at cash prices that are lower than the list prices.', 'Advertisement', '“Another way of phrasing what HCA said is, ‘I’m gonna direct you to this manufacturer plan, because for me as a company, that’s a lot cheaper than me buying you the drug,’” said Craig Garthwaite, director of health care at Northwestern University’s Kellogg School of Management.', 'HCA declined to comment.', 'It isn’t the only company dropping coverage. Doctors and groups representing employers said they’re increasingly hearing about companies cutting weight loss drugs out of health plans next year as costs mount.', 'Advertisement', 'Experts say the growth of Lilly’s and Novo’s consumer offerings may be contributing to this shift. The drugmakers have heavily advertised these programs as a way to expand access, and President Trump has embraced them as part of his drug pricing policies. But counterintuitively, these programs may be making it easier for employers to stop covering the injections through insurance, thereby making them less affordable for everyday people.', 'Related Story', 'STAT Plus: Is the White House’s deal with pharma on GLP-1 drugs a game changer?', 'Because of the complicated nature of the U.S. health care system — which involves pharmacy benefits managers and manufacturer rebates — employers often don’t know the actual price they pay for each medicine in their health plans. Some are starting to wonder whether they’re paying more for obesity drugs than the cash prices being offered, which range from $200 to $450 a month depending on the dose, said Jim Winkler, chief strategy officer of the Business Group on Health, a coalition of large employers. That’s leading companies to think it makes more sense for workers to get the drugs on their own, he added.', 'In fact, HCA said in its notice, “in many cases, the discounts available [through Lilly and Novo’s programs] make the medications less expensive than what group health plans can negotiate with the manufacturers at this time.”'], *['STAT+ Exclusive Story', 'Already have an account? Log in', 'This article is exclusive to STAT+ subscribers', 'Unlock this article — plus in-depth analysis, newsletters, premium events, and news alerts.', 'Already have an account? Log in', 'Individual plans'], *['biotechnology, Eli Lilly, Novo Nordisk, Obesity, Pharmaceuticals, STAT+, weight loss', 'Submit a correction request', 'Reprints', 'Elaine Chen', 'National Biotech Reporter', 'Elaine Chen covers biotech, co-writes The Readout newsletter, and co-hosts STAT’s weekly biotech podcast, The Readout Loud. You can reach Elaine on Signal at elaineywchen.70.', 'Newsletter', 'Your morning rundown of the science, politics, and money driving biotech today', 'Please enter a valid email address.', 'Sign Up', 'Your data will be processed in accordance with our Privacy Policy and Terms of Service. You may opt out of receiving STAT communications at any time.', 'Recommended', 'Biotech', 'Biotech December 19, 2025', 'STAT Plus: Cytokinetics heart drug wins FDA approval, the biotech’s first']])
    article = _clean(raw, url='https://www.statnews.com/2025/12/18/weight-loss-drugs-wegovy-zepbound-health-plans/')
    assert article.title == 'Employers drop coverage for weight loss drugs as pharma’s direct-to-consumer programs grow'
    assert article.author == "Elaine Chen"
    assert 'Prices for Wegovy, Zepbound, touted as discounts, will remain unaffordable for many workers' in article.text  # the standfirst
    assert 'When HCA Healthcare, one of the largest hospital systems in the U.S., recently told employees it would stop covering blockbuster obesity drugs Zepbound and Wegovy next year, it pointed them to an alternative way to get the treatments: Buy them themselves.' in article.text
    assert 'Take a break from the news and try our new weekly crossword.' not in article.text



def test_thai_related_stories_and_donation_lines_after_the_text_go():
    # Prachatai on the HTML path (gold/dumps12): trafilatura's text runs on into «เรื่องที่เกี่ยวข้อง»
    # (related stories) and the donation appeal's payment lines («โอนเงิน …», transfer money).
    paragraphs = ["21 ม.ค.2561 เวลาประมาณ 12.00 น. ผู้สื่อข่าวได้รับแจ้งจากนาย ต.(ไม่ประสงค์เปิดเผยชื่อ) บุตรชายของ 'ภูชนะ' คนสนิทของนายสุรชัย แซ่ด่าน ที่หายไปว่า ผลการตรวจ DNA โดยใช้เนื้อเยื่อของศพที่ถูกสังหารด้วยการมั", 'ภูชนะ (นามแฝง) เป็นคนใกล้ชิดของนายสุรชัย ด่านวัฒนานุสรณ์ หรือ สุรชัย แซ่ด่าน นักเคลื่อนไหวทางการเมืองที่ลี้ภัยออกจากประเทศไทยและได้หายตัวไปจากที่พักในประเทศเพื่']
    tail = ['เรื่องที่เกี่ยวข้อง', 'ลืออุ้ม อ.สุรชัย ผู้ลี้ภัยหายจากที่พัก 12 วันแล้ว', "ตร.เร่งหาเบาะแสคดีฆ่ายัดเสาถ่วงน้ำโขง - เมียไม่เชื่อเป็น 'สุรชัย แซ่ด่าน'", 'เท่าไรก็ได้ การสนับสนุนจากคุณ คือการร่วมสร้างและรักษาสื่อเสรี ‘ประชาไท’ ... ร่วมสนับสนุนเรา', 'โอนเงิน พร้อมเพย์ PromptPay "มูลนิธิสื่อเพื่อการศึกษาของชุมชน" 0993000060423', 'โอนเงิน PayPal คลิกที่นี่ https://paypal.me/prachatai (รายงานยอดบริจาคสนับสนุน)', 'ติดตามประชาไทอัพเดท ได้ที่:']
    article = _clean("\n".join([*paragraphs, *tail]), source_format="html")
    for paragraph in paragraphs:
        assert paragraph in article.text
    for line in tail:
        assert line not in article.text
