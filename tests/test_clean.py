"""Cleaning crawled pages: chrome out (and audited), every body sentence in, metadata lifted."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasid.clean import BoilerplateStats, clean_article, clean_articles
from rasid.model import Article

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "samples" / "seeds"


def _seed(prefix: str) -> Article:
    if not SEEDS.is_dir():
        pytest.skip(f"sample pages not found at {SEEDS} (../shared is absent)")
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return clean_article(Article(origin=str(path), raw_text=path.read_text(encoding="utf-8")))


def _assert_removed(article: Article, line: str, reason_word: str) -> None:
    assert line not in article.text
    hits = [r for r in article.removed if r.text.strip() == line]
    assert hits, f"{line!r} not listed in removed"
    assert reason_word in hits[0].reason


def test_seed_000_keeps_body_and_subheadings_drops_chrome():
    a = _seed("000")
    assert a.title == "بوتين وكيم.. قمة منتظرة لـ “السلاح والتكنولوجيا”"
    assert a.text.startswith("سرّبت وسائل إعلام أمريكية")
    for sentence in (
        "كما يسعى زعيم كوريا الشمالية أيضاً للحصول على مساعدات غذائية لدولته.",
        "سعياً من موسكو للحصول على كميات من الذخائر والإمدادات اللازمة",  # unpunctuated paragraph end
        "واستند كيربي في معلوماته على الزيارة التي قام بها وزير الدفاع الروسي سيرغي شويغو",
    ):
        assert sentence in a.text
    for subheading in ("تعليق أمريكي على الزيارة", "تقارب روسي – كوري"):
        assert subheading in a.text
        assert any(a.text[s:e] == subheading for s, e in a.meta["subheadings"])
    _assert_removed(a, "تابعنا عبر فيسبوك", "follow")
    _assert_removed(a, "زر الذهاب إلى الأعلى", "back-to-top")
    _assert_removed(a, "آخر الاخبارسياسة", "label")
    assert not any("شاهد أيضاً" in line for line in a.text.split("\n"))
    assert any(r.text.startswith("شاهد أيضاً") and "see-also" in r.reason for r in a.removed)


def test_seed_001_title_lifted_from_first_paragraph_prefix_and_credits():
    a = _seed("001")
    assert a.title == 'قلق أميركا وحلفائها إزاء قمة " كيم _ بوتين "'
    assert a.text.startswith("في لقاءٍ وصف بالقمة، أجرى الرئيسان")
    assert "جريدة الأيام الإلكترونية" not in a.text
    assert a.credits == ["روسيا اليوم", "مواقع"]
    assert "بينما وصفت كوريا الجنوبية القمة\"بإتفاق الشيطان\"" in a.text
    assert a.text.rstrip().endswith("في شبه الجزيرة الكورية وخارجها\".")
    _assert_removed(a, "28.5c درجة الحرارة في بيروت", "weather")
    _assert_removed(a, "image", "image")
    _assert_removed(a, "أهم الأخبار:", "label")
    _assert_removed(a, "تحرير جريدة الأيام الإلكترونية", "credit")
    assert any("headline repeated" in r.reason for r in a.removed)


def test_seed_002_theme_warning_comment_form_and_title_suffix():
    a = _seed("002")
    assert a.title == "بوتين الروسي يزور كوريا الشمالية لأول مرة منذ 24 عاما"
    assert a.text.startswith("أعلن الكرملين أن الرئيس الروسي سيبدأ زيارة دولة")
    assert "وإلى جانب كوريا الشمالية، سيزور بوتين أيضا فيتنام يومي الأربعاء والخميس." in a.text
    assert "“لا يوجد ما يكفي من الذخيرة في الحرب. وقال: “هناك طلب كبير عليهم”." in a.text
    assert "Jannah" not in a.text
    assert any("licence" in r.reason for r in a.removed if r.text.startswith("Jannah"))
    _assert_removed(a, "اترك تعليقاً", "comment")
    _assert_removed(a, "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", "comment")
    _assert_removed(a, "اخبار", "label")


def test_seed_003_byline_and_related_headlines_block():
    a = _seed("003")
    assert a.author == "حسن عمارة"
    assert a.dateline == "موسكو"
    assert a.text.startswith("ذكرت وكالة الأنباء المركزية الكورية")
    assert "ووصف الكرملين المحادثات بين البلدين بأنها «حساسة» وشأن خاص." in a.text
    _assert_removed(a, "موسكو - حسن عمارة", "byline")
    _assert_removed(a, "زعيم كوريا الشمالية يصل إلى روسيا في زيارة نادرة وسط تحذيرات أميركية", "related")
    _assert_removed(a, "أرسل تعليقك", "comment")
    _assert_removed(a, "تعليقك كزائر", "comment")


def test_seed_004_credit_date_caption_and_inline_dateline():
    a = _seed("004")
    assert a.title == "كيم يزور مصنع الطائرات المقاتلة في جولة في روسيا"
    assert a.credits == ["أ ف ب"]
    assert a.meta["date_line"] == "2023-09-15"
    assert a.published == "2023-09-15"
    assert a.dateline == "سيول"
    assert a.text.startswith("زار الزعيم الكوري الشمالي كيم جونغ أون مصنعا للطيران العسكري الروسي")
    assert any("caption" in r.reason for r in a.removed)
    assert "- جولة بالقطار المضاد للرصاص -" in a.text
    assert "وردا على سؤال حول العقوبات الإضافية المحتملة، أضاف: \"نحن ندرس جميع الخيارات الممكنة\"." in a.text
    _assert_removed(a, "كاريكاتير", "label")
    _assert_removed(a, "إستطلاعات الرأي", "label")
    _assert_removed(a, "2023-09-15", "date line")


def test_text_is_original_characters_of_the_page():
    a = _seed("004")
    for paragraph in a.text.split("\n"):
        assert paragraph in a.raw_text


ENGLISH_PAGE = """Home
World

Kim and Putin meet at remote spaceport

By Jane Doe

WASHINGTON (AP) — The United States warned on Wednesday that any arms deal between North Korea and Russia would violate UN resolutions.
Share on Facebook
Officials said the two leaders discussed military cooperation at length, according to state media.
Leave a comment
Your email address will not be published. Required fields are marked *
Related articles
Putin visits Pyongyang for first time in 24 years
North Korea tests new missile
Copyright 2024 The Associated Press. All rights reserved.
"""


def test_english_page():
    a = clean_article(Article(origin="en.txt", raw_text=ENGLISH_PAGE))
    assert a.language == "en"
    assert a.title == "Kim and Putin meet at remote spaceport"
    assert a.author == "Jane Doe"
    assert a.dateline == "WASHINGTON"
    assert "AP" in a.credits
    assert a.text.startswith("The United States warned on Wednesday")
    assert "Officials said the two leaders discussed military cooperation at length" in a.text
    for chrome in ("Share on Facebook", "Leave a comment", "Related articles", "North Korea tests new missile",
                   "Copyright 2024", "Your email address"):
        assert chrome not in a.text
    assert {r.text for r in a.removed} >= {"Share on Facebook", "Leave a comment", "Home", "World"}


def test_reuters_dateline_credit():
    page = ("LONDON (Reuters) - British inflation fell more than expected last month, official data showed on "
            "Wednesday, easing pressure on the central bank.\nThe figures surprised most economists polled.")
    a = clean_article(Article(origin="r.txt", raw_text=page))
    assert a.dateline == "LONDON"
    assert a.credits == ["Reuters"]
    assert a.text.startswith("British inflation fell")


def _page(i: int, body: str, outlet: str) -> Article:
    return Article(origin=f"{outlet}/{i}", raw_text=body, source_format="json", outlet=outlet, title=f"t{i}")


def test_syndicated_bodies_are_not_removed():
    """The same wire story, with a short unpunctuated subheading, on many pages of many outlets."""
    wire = ("وقالت الوكالة إن الزعيمين اتفقا على تعزيز التعاون الاستراتيجي والتكتيكي بين البلدين في المرحلة المقبلة.\n"
            "تعاون عسكري\n"
            "وأضافت أن المحادثات تناولت ملفات الطاقة والنقل والغذاء وتبادل الخبرات في مجالات عدة.")
    pages = [_page(i, wire, f"outlet{i % 6}") for i in range(40)]
    for article in clean_articles(pages, batch_size=16):
        assert article.text == wire
        assert article.removed == []


def test_outlet_template_line_repeated_across_pages_is_removed():
    template = "نافذة القراء 635031 جوال"
    pages = [
        _page(i, f"في اليوم {i} عقد المجلس البلدي اجتماعه الدوري وناقش عددا من القضايا الخدمية رقم {i}.\n"
                 f"وقرر المجلس رفع التوصيات إلى الجهات المختصة للنظر فيها خلال الأسبوع {i}.\n{template}", "daily")
        for i in range(12)
    ]
    stats = BoilerplateStats()
    cleaned = list(clean_articles(pages, batch_size=50, boilerplate=stats))
    for article in cleaned:
        assert template not in article.text
        assert "وقرر المجلس رفع التوصيات" in article.text
        reasons = [r.reason for r in article.removed if r.text == template]
        assert reasons and reasons[0] == "repeated on 12 pages of this outlet"
    # The same line on one page of another outlet is that page's own text.
    lone = clean_article(_page(99, "سطر واحد فقط من نص المقال الطويل الذي يتحدث عن الموضوع.\n" + template, "other"), stats)
    assert template in lone.text


def test_order_preserved_and_every_article_returned():
    pages = [_page(i, f"هذا نص المقال رقم {i} وهو يتحدث عن أمور كثيرة في المدينة اليوم.", "x") for i in range(25)]
    out = list(clean_articles(pages, batch_size=7))
    assert [a.origin for a in out] == [p.origin for p in pages]


def test_byline_glued_before_first_sentence_learns_the_outlet_tag():
    """"REPORTER- OUTLET- CITY: sentence": the outlet's own tag is the part seen beside many names."""
    reporters = ["فهد العتيبي", "أحمد علي", "خالد الشمري", "سعد القحطاني", "ماجد الرفاعي", "عمر الزهراني"]
    cities = ["جدة", "الرياض", "أبها", "الطائف", "تبوك", "الدمام"]
    pages = [
        _page(i, f"{reporters[i]}- نبأ- {cities[i]}: افتتح مدير التعليم اليوم معرضا للكتاب يضم أكثر من {i + 2} ألف عنوان.\n"
                 "وقال المنظمون إن المعرض يستمر أسبوعا كاملا ويستقبل الزوار من الصباح حتى المساء.", "naba")
        for i in range(6)
    ]
    cleaned = list(clean_articles(pages))
    for i, article in enumerate(cleaned):
        assert article.author == reporters[i]
        assert article.dateline == cities[i]
        assert article.meta["byline_outlet"] == "نبأ"
        assert article.text.startswith("افتتح مدير التعليم اليوم معرضا للكتاب")
        assert any(r.reason == "byline at the start of the first paragraph" for r in article.removed)


def test_speech_tag_is_not_taken_for_a_dateline():
    page = "وأضاف الوزير: إن الحكومة ستواصل دعم القطاع الخاص في المرحلة المقبلة بكل الوسائل المتاحة."
    a = clean_article(Article(origin="s.txt", raw_text=page))
    assert a.dateline is None
    assert a.text == page


def test_wire_date_line_gives_city_date_and_agency():
    page = ("الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس\n"
            "تحتفي الرئاسة العامة لرعاية الشباب غداً باليوم العالمي للحركة الكشفية بمشاركة واسعة من الفرق.\n"
            "// انتهى //")
    a = clean_article(Article(origin="w.txt", raw_text=page))
    assert a.dateline == "الرياض"
    assert a.published == "2015-08-11"
    assert a.credits == ["واس"]
    assert a.text == "تحتفي الرئاسة العامة لرعاية الشباب غداً باليوم العالمي للحركة الكشفية بمشاركة واسعة من الفرق."
    assert any("end-of-wire" in r.reason for r in a.removed)


def test_short_lines_after_the_body_are_kept_when_unexplained():
    """A poem's verses or a results list below the last paragraph are text, not furniture."""
    page = ("قدم الشاعر قصيدة جديدة في الأمسية الثقافية التي أقيمت مساء أمس في النادي الأدبي بالمدينة.\n"
            "يا دار ما غيرك الزمن\nولا نسيت أهلك الأولين")
    a = clean_article(Article(origin="p.txt", raw_text=page, source_format="json", title="أمسية"))
    assert "يا دار ما غيرك الزمن" in a.text and "ولا نسيت أهلك الأولين" in a.text


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_no_paragraph_of_prose_is_lost(prefix):
    """Every long line of a seed page ends up in the text (its end, when a caption, dateline
    or repeated headline was cut from its front) - unless it is a listed licence notice."""
    a = _seed(prefix)
    for line in a.raw_text.splitlines():
        line = line.strip()
        if len(line.split()) < 15:
            continue
        removed_as = [r.reason for r in a.removed if r.text == line]
        if removed_as:
            assert "licence" in removed_as[0]
            continue
        assert line[-60:] in a.text


def test_read_also_label_opens_a_block_of_headlines():
    page = ("أعلنت الهيئة العامة للإحصاء اليوم ارتفاع معدل التضخم إلى ثلاثة في المئة خلال الشهر الماضي.\n"
            "وقالت الهيئة إن أسعار الغذاء والسكن قادت الارتفاع للشهر الثالث على التوالي.\n"
            "اقرأ أيضاً\n"
            "أسعار النفط تتراجع مع زيادة المخزونات الأمريكية\n"
            "البنك المركزي يبقي أسعار الفائدة دون تغيير")
    a = clean_article(Article(origin="r.txt", raw_text=page, source_format="json", title="التضخم"))
    assert a.text.endswith("للشهر الثالث على التوالي.")
    assert [r.reason for r in a.removed if "البنك المركزي" in r.text] == ["related headlines block"]
    again = clean_article(a)
    assert again.text == a.text and len(again.removed) == len(a.removed)


def test_tag_list_and_social_handle_are_cut_but_the_paragraph_stays():
    page = ("تمكنت الفرق الرقابية في وزارة التجارة من ضبط 943 ثلاجة مخالفة للمواصفات في عدد من المدن. "
            "سمات ثلاجات كفاءة الطاقة وزارة التجارة\n"
            "t:@Sahfan_Press")
    a = clean_article(Article(origin="t.txt", raw_text=page, source_format="json", title="ضبط ثلاجات"))
    assert a.text == "تمكنت الفرق الرقابية في وزارة التجارة من ضبط 943 ثلاجة مخالفة للمواصفات في عدد من المدن."
    assert {r.reason for r in a.removed} == {"tag list glued to the last paragraph", "contact address or link"}


def test_leading_agency_credit_without_city():
    page = "(Reuters) - Oil prices rose on Monday after producers signalled further supply cuts.\nMore text follows here."
    a = clean_article(Article(origin="r2.txt", raw_text=page))
    assert a.credits == ["Reuters"]
    assert a.dateline is None
    assert a.text.startswith("Oil prices rose on Monday")
