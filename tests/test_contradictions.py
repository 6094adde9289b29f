"""Candidate contradictions: a denial in one article against an assertion in another."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasid.briefing.contradictions import find_contradictions
from rasid.model import Article

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "samples" / "seeds"


def seeds(*prefixes: str) -> list[Article]:
    if not SEEDS.exists():
        pytest.skip(f"needs {SEEDS} (the ../shared data folder beside the repository)")
    out = []
    for prefix in prefixes:
        path = next(SEEDS.glob(f"{prefix}_*.txt"))
        text = path.read_text(encoding="utf-8")
        out.append(Article(origin=str(path), raw_text=text, text=text, language="ar", id=prefix))
    return out


def test_peskov_denial_meets_the_kremlin_confirmation():
    articles = seeds("000", "001", "003", "004")  # the September 2023 summit story
    found = find_contradictions(articles)
    assert found, "the Peskov denial was not paired"
    best = found[0]
    assert best.denial.article_id == "003" and "لا توجد خطط لزيارة بوتين" in best.denial.text
    assert best.assertion.article_id == "004" and "بوتين قبل دعوة كيم" in best.assertion.text
    assert any("بوتين" in t for t in best.shared_terms) and any("زيارة" in t for t in best.shared_terms)
    by_id = {a.id: a for a in articles}
    for c in found:
        for side in (c.denial, c.assertion):
            assert by_id[side.article_id].text[side.start : side.end] == side.text
    # Seed 001 says it too ("قبِل الدعوة"), with the invitation in the sentence before.
    from_001 = [c for c in found if c.assertion.article_id == "001"]
    assert from_001 and "قبِل الدعوة" in from_001[0].assertion.text
    assert "دعا كيم جونغ-أون بوتين" in from_001[0].assertion.text


def test_only_the_real_denial_is_reported_and_not_other_stories():
    found = find_contradictions(seeds("000", "001", "002", "003", "004"))
    # Seed 002 is the June 2024 visit: "سيزور" there shares only "بوتين" with the denial.
    assert all("002" not in (c.denial.article_id, c.assertion.article_id) for c in found)
    assert found and all("لا توجد خطط لزيارة بوتين" in c.denial.text for c in found)


def test_no_pair_inside_one_article():
    # Seed 003 both reports the denial and the acceptance; that is the article's own account.
    assert find_contradictions(seeds("003")) == []


def _article(id_: str, text: str) -> Article:
    return Article(origin=id_, raw_text=text, text=text, language="en", id=id_)


def test_english_denial_and_acceptance():
    found = find_contradictions([
        _article("a", "Kremlin spokesman Dmitry Peskov said there were no plans for Putin to visit Pyongyang."),
        _article("b", "Kim invited Putin to visit Pyongyang at a convenient time. Putin accepted, KCNA said."),
        _article("c", "The minister denied reports of a cabinet reshuffle. The team accepted the trophy in Paris."),
    ])
    assert len(found) == 1
    (c,) = found
    assert (c.denial.article_id, c.assertion.article_id) == ("a", "b")
    assert {"Putin", "visit", "Pyongyang"} <= set(c.shared_terms)
    assert "no plans" in c.explanation


def test_unrelated_denial_and_assertion_are_not_paired():
    found = find_contradictions([
        _article("a", "The ministry denied that the factory would close next month."),
        _article("b", "Putin will visit Vietnam on Wednesday, the Kremlin confirmed."),
    ])
    assert found == []


def test_a_copy_or_one_source_on_one_day_never_contradicts_itself():
    from rasid.briefing.contradictions import find_contradictions
    from rasid.model import Article

    denial = "وقال المتحدث باسم الكرملين إنه لا توجد خطط لزيارة بوتين إلى بيونغ يانغ في الوقت الحالي."
    accept = "وأكد الكرملين أن بوتين قبل دعوة كيم لزيارة بيونغ يانغ في وقت لاحق."

    def page(aid, outlet, day, text):
        return Article(origin=aid, raw_text=text, text=text, id=aid, outlet=outlet, published=day, language="ar")

    original = page("a", "okaz", "2023-09-14", denial + " وأضاف أن المحادثات شملت التعاون العسكري بين البلدين.")
    other = page("b", "alriyadh", "2023-09-15", accept + " وجاء ذلك في بيان نشر على موقع الكرملين.")
    assert find_contradictions([original, other]), "two sources, denial against acceptance"
    copy = page("c", "alwatan", "2023-09-15", original.text + " " + accept)
    assert not [c for c in find_contradictions([original, copy]) if c.assertion.article_id == "c"]
    same_desk = page("d", "okaz", "2023-09-14", accept + " وجاء ذلك في بيان.")
    assert not find_contradictions([original, same_desk])
    later = page("e", "okaz", "2023-09-20", accept + " وجاء ذلك في بيان.")
    assert find_contradictions([original, later]), "one source at two times"


def _ar(aid, outlet, day, text):
    return Article(origin=aid, raw_text=text, text=text, id=aid, outlet=outlet, published=day, language="ar")


def test_what_is_denied_must_be_asserted_not_its_people_nor_its_letters():
    # SaudiNewsNet 2015-08-03: a denial of a rift between two officials and the appointment of
    # the successor of one of them share the officials and «خلفا» has the letters of «خلافات».
    denial = _ar("a", "aleqtisadiya", "2015-08-03",
                 "نفى أحمد عيد رئيس الاتحاد السعودي لكرة القدم وجود أي خلافات حقيقية ما بين إبراهيم "
                 "الربيش رئيس لجنة الانضباط سابقا مع أحمد الخميس أمين عام الاتحاد.")
    appointment = _ar("b", "3alyoum", "2015-08-04",
                      "أعلن الاتحاد السعودي لكرة القدم تعيين هاورد ويب رئيسا للجنة الحكام خلفا للدكتور "
                      "إبراهيم الربيش. وقدم الربيش استقالته من رئاسة لجنة الحكام، ووافق عليها الاتحاد.")
    assert find_contradictions([denial, appointment]) == []


def test_the_denial_against_the_same_words_asserted():
    # SaudiNewsNet 2015-08-03: one outlet's denial and another's leak are nearly one sentence.
    denial = _ar("a", "alweeam", "2015-08-03",
                 "نفي الاتحاد السعودي لكرة القدم رفع الإيقافات عن لاعبي النصر والهلال في مباراة كأس السوبر")
    leak = _ar("b", "alwatan", "2015-08-03",
               "تسربت أنباء عن موافقة الاتحاد السعودي لكرة القدم على رفع الإيقاف عن لاعبي النصر والهلال "
               "الممنوعين من المشاركة في بطولة كأس السوبر.")
    (c,) = find_contradictions([denial, leak])
    assert (c.denial.article_id, c.assertion.article_id) == ("a", "b")
    reprint = _ar("c", "sabq", "2015-08-04", denial.text + " وأكد المتحدث موافقة الإدارة على الموعد.")
    assert not [c for c in find_contradictions([denial, reprint]) if c.assertion.article_id == "c"]


def test_a_ministry_named_beside_the_denial_does_not_hide_the_visit_denied():
    # Seed 003 also names «وزارة الخارجية الأميركية»: read without its long vowels «وزارة» is
    # «زيارة», and the visit Peskov denies was taken for part of a name.
    from rasid.model import Mention

    denial = _ar("a", "aawsat", "2023-09-14",
                 "وقالت وزارة الخارجية الأميركية إن المحادثات تثير القلق. "
                 "وكان المتحدث باسم الكرملين ديمتري بيسكوف قال إنه لا توجد خطط لزيارة بوتين لبيونغ يانغ.")

    def tagged(text, kind):
        start = denial.text.index(text)
        return Mention(start, start + len(text), text, kind)

    # As the tagger reads it: the ministry, Putin and (wrongly) Pyongyang as a person.
    denial.mentions = [tagged("وزارة الخارجية الأميركية", "ORG"), tagged("بيسكوف", "PERS"),
                       tagged("بوتين", "PERS"), tagged("لبيونغ يانغ", "PERS")]
    confirmation = _ar("b", "alarabiya", "2023-09-15", "وأكد الكرملين الخميس أن بوتين قبل دعوة كيم لزيارة كوريا الشمالية.")
    (c,) = find_contradictions([denial, confirmation])
    assert c.assertion.article_id == "b" and "زيارة" in " ".join(c.shared_terms)


# SaudiNewsNet 2015-08-06/07, the Abha mosque bombing: the interior ministry's first figure
# (ten of the force and three workers) and its later one (twelve and three), each reported
# by outlets that did not copy one another.
FIRST_TOLL = ("وقف الأمير فيصل بن خالد أمير منطقة عسير ظهر اليوم على موقع التفجير الغاشم الذي استهدف "
              "مسجد قوات الطوارئ الخاصة بالمنطقة، مما نتج عنه استشهاد عشرة من منسوبي القوات إضافة إلى "
              "ثلاثة من العاملين في الموقع.")
LATER_TOLL = ("فجر انتحاري نفسه بحزام ناسف أمس، داخل مسجد في مقر قوات الطوارئ الخاصة في مدينة أبها، "
              "ونتج عن الحادثة «استشهاد» 12 من رجال قوات الطوارئ الخاصة، إضافة إلى ثلاثة من العاملين "
              "في الموقع وإصابة تسعة آخرين.")


def _figures(found):
    return [c for c in found if c.kind == "figures"]


def test_two_outlets_giving_different_tolls_for_one_bombing():
    first = _ar("a", "sabq", "2015-08-06", FIRST_TOLL)
    later = _ar("b", "aawsat", "2015-08-07", LATER_TOLL)
    (c,) = _figures(find_contradictions([first, later]))
    assert (c.denial.article_id, c.assertion.article_id) == ("a", "b")
    assert (c.denial_cue, c.assertion_cue) == ("10 + 3", "12 + 3")
    assert "killed" in c.explanation and any("مسجد" in t for t in c.shared_terms)
    assert first.text[c.denial.start : c.denial.end] == c.denial.text


def test_the_same_toll_written_otherwise_is_no_contradiction():
    later = _ar("b", "aawsat", "2015-08-07", LATER_TOLL)
    # «15 شهيدا» is twelve and three; «10 رجال أمن و3 عمال» is the first figure again.
    total = _ar("c", "alriyadh", "2015-08-06", "استشهاد 15 شخصاً في تفجير انتحاري بمسجد قوات الطوارئ الخاصة بأبها، "
                "وقد سقط 15 شهيدا من منسوبي القوات والعاملين في المسجد.")
    assert not _figures(find_contradictions([later, total]))
    digits = _ar("d", "aleqtisadiya", "2015-08-06", "الداخلية تؤكد استشهاد 10 رجال أمن و3 عمّال في تفجير إرهابي "
                 "استهدف مسجد قوات الطوارئ الخاصة في أبها.")
    first = _ar("a", "sabq", "2015-08-06", FIRST_TOLL)
    assert not _figures(find_contradictions([first, digits]))
    assert _figures(find_contradictions([digits, later])), "10 + 3 against 12 + 3, in digits"


def test_a_copy_a_rough_figure_or_another_count_never_contradicts_a_toll():
    later = _ar("b", "aawsat", "2015-08-07", LATER_TOLL)
    # A reprint of the first report with its figure changed is still a copy of that report.
    reprint = _ar("c", "alweeam", "2015-08-07", LATER_TOLL.replace("12 من رجال", "عشرة من رجال"))
    assert not _figures(find_contradictions([later, reprint]))
    rough = _ar("d", "alriyadh", "2015-08-07", "شيع الآلاف شهداء تفجير مسجد قوات الطوارئ الخاصة بأبها، في جريمة "
                "راح ضحيتها قرابة الـ 15 شهيدا و40 مصابا.")
    about = _ar("e", "almadina", "2015-08-07", "أدت العملية الإرهابية في مسجد قوات الطوارئ الخاصة إلى استشهاد نحو "
                "13 رجل أمن.")
    subset = _ar("f", "3alyoum", "2015-08-06", "شهد مسجد قوات الطوارئ الخاصة بأبها تفجيرا انتحاريا أسفر عن مقتل 15 "
                 "شخصا، بينهم 10 طلاب مستجدين بمعهد قوات الطوارئ.")
    risen = _ar("g", "alyaum", "2015-08-08", "ارتفعت حصيلة ضحايا تفجير مسجد قوات الطوارئ الخاصة إلى استشهاد 16 "
                "بعد وفاة أحد المصابين.")
    assert not _figures(find_contradictions([later, rough, about, subset, risen]))


def test_tolls_of_two_places_or_two_days_are_two_counts():
    from rasid.model import Mention, TimeRef

    def placed(aid, outlet, day, text, place, when):
        article = _ar(aid, outlet, day, text)
        start = text.index(place)
        article.mentions = [Mention(start, start + len(place), place, "LOC")]
        at = text.index(when[0])
        article.timerefs = [TimeRef(at, at + len(when[0]), when[0], when[1], "day")]
        return article

    aden = placed("a", "alriyadh", "2015-08-06", "أعلنت المقاومة الشعبية مقتل 20 من مسلحي الحوثي في اشتباكات "
                  "عنيفة مع قوات المقاومة الشعبية في عدن أمس.", "عدن", ("أمس", "2015-08-05"))
    taiz = placed("b", "alwatan", "2015-08-06", "أعلنت المقاومة الشعبية مقتل 7 من مسلحي الحوثي في اشتباكات "
                  "عنيفة مع قوات المقاومة الشعبية في تعز أمس.", "تعز", ("أمس", "2015-08-05"))
    assert not _figures(find_contradictions([aden, taiz]))
    earlier = placed("c", "okaz", "2015-08-07", "أعلنت المقاومة الشعبية مقتل 9 من مسلحي الحوثي في اشتباكات "
                     "عنيفة مع قوات المقاومة الشعبية في عدن الثلاثاء.", "عدن", ("الثلاثاء", "2015-08-04"))
    assert not _figures(find_contradictions([aden, earlier]))
    same = placed("d", "okaz", "2015-08-07", "وأسفرت المواجهات بين المقاومة الشعبية ومسلحي الحوثي في عدن الأربعاء "
                  "عن مقتل 9 من مسلحي الحوثي وتدمير آليات عسكرية، بحسب مصادر ميدانية.", "عدن",
                  ("الأربعاء", "2015-08-05"))
    assert _figures(find_contradictions([aden, same])), "one day, one place, 20 against 9"


def test_english_tolls_that_differ():
    found = find_contradictions([
        _article("a", "A suicide bomber killed 13 people at a mosque used by special forces in Abha, the ministry said."),
        _article("b", "The suicide bombing at the special forces mosque in Abha left 15 dead and nine injured."),
    ])
    (c,) = _figures(found)
    assert {c.denial_cue, c.assertion_cue} == {"13", "15"}


def test_the_briefing_lists_differing_tolls_beside_the_denials():
    from rasid.briefing.brief import build_briefing, render_markdown

    articles = [_ar("a", "sabq", "2015-08-06", FIRST_TOLL), _ar("b", "aawsat", "2015-08-07", LATER_TOLL)]
    briefing = build_briefing("s1", "تفجير مسجد قوات الطوارئ بأبها", articles, summary=[], timeline=[])
    markdown = render_markdown(briefing, articles)
    section = markdown.split("## Candidate contradictions")[1]
    assert "10 + 3 against 12 + 3" in section and "one figure: «" in section and "none found" not in section


def test_tolls_spelled_in_words_and_of_them_are_read_whole():
    # aljazirah's reporter: «خمسة عشر شهيداً، منهم عشرة طلاب» is fifteen, of whom ten; sabq
    # (quoting the UAE minister): «استشهاد 10 منهم وثلاثة من العاملين» is ten of them and three.
    reporter = _ar("a", "aljazirah", "2015-08-07", "حاولت الخروج ببعض التفاصيل عن تفجير مسجد قوات الطوارئ الخاصة، "
                   "والأكيد بأن عدد الشهداء في مسجد قوات الطوارئ وصل إلى خمسة عشر شهيداً، منهم عشرة طلاب مستجدين "
                   "وثلاثة من العمال.")
    minister = _ar("b", "sabq", "2015-08-06", "أدان الوزير الجريمة التي استهدفت منسوبي قوات الطوارئ الخاصة أثناء "
                   "أدائهم الصلاة في مسجد مقر القوات وأسفرت عن استشهاد 10 منهم وثلاثة من العاملين بالموقع.")
    (c,) = _figures(find_contradictions([reporter, minister]))
    assert {c.denial_cue, c.assertion_cue} == {"15", "10 + 3"}
    later = _ar("c", "aawsat", "2015-08-07", LATER_TOLL)
    assert not _figures(find_contradictions([reporter, later])), "fifteen is twelve and three"


def test_a_user_running_two_days_of_reports_sees_the_differing_tolls(tmp_path):
    import json

    import rasid

    # Two SaudiNewsNet-shaped records, as `rasid run` reads the corpus files.
    # Each names the other's place (Abha is in the Asir region): one happening, not two.
    first = FIRST_TOLL + (" وتوافد المواطنون على مستشفيات مدينة أبها للتبرع بالدم لمصابي التفجير الإرهابي، وأكد أمير "
                          "منطقة عسير أن الأجهزة الأمنية تتابع التحقيق في التفجير.")
    later = LATER_TOLL + (" وقال المتحدث الأمني إن الأجهزة الأمنية تتابع التحقيق في التفجير الإرهابي الذي استهدف "
                          "مسجد قوات الطوارئ بمنطقة عسير.")
    records = [
        {"source": "sabq", "url": "http://sabq.example/1", "date_extracted": "2015-08-06 18:33:24", "author": "",
         "title": "أمير منطقة عسير يقف على موقع التفجير الإرهابي في مسجد قوات الطوارئ", "content": first},
        {"source": "aawsat", "url": "http://aawsat.example/2", "date_extracted": "2015-08-07 06:24:45", "author": "",
         "title": "انتحاري يفجر نفسه في مسجد قوات الطوارئ بمنطقة عسير", "content": later},
    ]
    path = tmp_path / "2015-08-07.json"
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    with rasid.open(str(tmp_path / "db.sqlite")) as ws:
        ws.run([str(path)])
        (story,) = ws.stories(sort="size")
        figures = [c for c in ws.brief(story.id).contradictions if c.kind == "figures"]
    assert [(c.denial_cue, c.assertion_cue) for c in figures] == [("10 + 3", "12 + 3")]
    assert "استشهاد عشرة من منسوبي القوات" in figures[0].denial.text and "12 من رجال" in figures[0].assertion.text


def test_one_statement_printed_twice_with_its_figure_edited_is_no_candidate():
    # The ministry's statement, reprinted by two outlets inside their own reports, one of
    # them with the later figure: the sentence is a copy; the outlets' own words are not.
    statement = ("صرح المتحدث الأمني بوزارة الداخلية أنه أثناء قيام مجموعة من منسوبي قوات الطوارئ الخاصة بمنطقة "
                 "عسير بأداء صلاة الظهر جماعة في مسجد مقر القوات، حدث تفجير في جموع المصلين نتج عنه استشهاد "
                 "{} من منسوبي القوات إضافة إلى ثلاثة من العاملين في الموقع.")
    a = _ar("a", "alweeam", "2015-08-06", "توافد المئات على مستشفيات أبها للتبرع بالدم لمصابي الحادث. "
            + statement.format("عشرة"))
    b = _ar("b", "alriyadh", "2015-08-07", "أدانت دول الخليج العملية الإرهابية وأكدت وقوفها مع المملكة. "
            + statement.format("12"))
    assert not _figures(find_contradictions([a, b]))
    own = _ar("c", "aawsat", "2015-08-07", LATER_TOLL)
    assert _figures(find_contradictions([a, own])), "aawsat's own report of 12 + 3"


# SaudiNewsNet 2015-07-21, the largest Yemen story: figures of different happenings that the
# briefing once set against each other.
ADEN_8 = ("ومن جانب آخر قال مصدر طبي بمكتب الصحة والسكان لـ«الشرق الأوسط» إن أول من أمس السبت كان قد أصيب 96 "
          "شخصا بينهم امرأتان وطفل، فيما قتل 8 أشخاص في اماكن متفرقة في عدن، وقصفت ميليشيات الحوثي وصالح مساء "
          "السبت حي الممدارة جنوب مدينة الشيخ عثمان.")
SANAA_BOMB = ("يأتي هذا في الوقت الذي أفاد فيه مصدر مسؤول في وزارة الصحة اليمنية بأن انفجار السيارة المفخخة خلف "
              "خمسة قتلى و 11 جريحاً، بينهم مدنيون.")


def test_words_any_two_tolls_share_never_join_them():
    # «الصحة، بينهم، مدينة، مصدر» were all that 8 killed in Aden and the Sanaa car bomb shared.
    aden = _ar("a", "aawsat", "2015-07-21", ADEN_8)
    sanaa = _ar("b", "almadina", "2015-07-21", SANAA_BOMB)
    assert not _figures(find_contradictions([aden, sanaa]))


def test_a_bombing_shelling_and_a_battle_are_three_happenings():
    shelling = _ar("a", "alweeam", "2015-07-21", "من جهة أخرى قتل 6 من المدنيين وأصيب آخرون، في قصف مدفعي للحوثيين "
                   "على منطقة دار سعد في عدن جنوبي البلاد.")
    battle = _ar("b", "alwatan", "2015-07-21", "وفيما أشارت مصادر عسكرية إلى أن المعارك في منطقة دار سعد أسفرت عن "
                 "سقوط 28 قتيلا أغلبهم من الحوثيين في عدن.")
    assert not _figures(find_contradictions([shelling, battle]))
    # The same words, the same shelling: 6 against 43 is a candidate.
    other = _ar("c", "aleqtisadiya", "2015-07-21", "وأعلن مكتب الصحة في عدن عن مقتل 43 مدنيا في قصف للحوثيين "
                "بصواريخ الكاتيوشا على منطقة دار سعد.")
    (c,) = _figures(find_contradictions([shelling, other]))
    assert {c.denial_cue, c.assertion_cue} == {"6", "43"}


def test_a_report_that_gives_the_other_figure_too_claims_nothing_against_it():
    # 28 killed is 17 rebels and the 11 of the loyal forces the other report counts.
    total = _ar("a", "alweeam", "2015-07-21", "وقالت مصادر عسكرية موالية لهادي إن المعارك في حي التواهي أسفرت "
                "عن سقوط 28 قتيلا – 17 متمردا و11 عنصرا من القوات الموالية – وعشرات الجرحى خلال 24 ساعة.")
    part = _ar("b", "aawsat", "2015-07-21", "وذكر مقاتلون موالون لهادي بعد المعارك العنيفة لاستعادة التواهي، آخر "
               "أحياء عدن، مقتل أحد عشر من القوات الموالية لهادي.")
    assert not _figures(find_contradictions([total, part]))


def test_one_car_bomb_agreeing_on_its_dead_differs_on_its_injured():
    police = _ar("a", "alwatan", "2015-07-21", "أعلن فرع تنظيم داعش مسؤوليته عن تفجير سيارة خارج مسجد المؤيد في "
                 "صنعاء، وقالت مصادر في الشرطة إن التفجير تسبب في مقتل خمسة أشخاص وإصابة سبعة آخرين.")
    ministry = _ar("b", "almadina", "2015-07-21", SANAA_BOMB)
    (c,) = _figures(find_contradictions([police, ministry]))
    assert "injured" in c.explanation and {c.denial_cue, c.assertion_cue} == {"7", "11"}


def test_a_place_named_far_from_the_toll_does_not_make_two_places_one():
    from rasid.model import Mention

    def placed(aid, outlet, text, *places):
        article = _ar(aid, outlet, "2015-07-21", text)
        article.mentions = [Mention(text.index(p), text.index(p) + len(p), p, "LOC") for p in places]
        return article

    # A roundup names Taiz and Aden, but 7 killed in Taiz is not the 8 killed in Aden.
    taiz = placed("a", "sabq", "وقصفت الميليشيات مدينة عدن أمس. وفي تعز تواصلت المعارك. وسقطت قذائف على الأسواق "
                  "هناك. كما قتل 7 أشخاص وجرح 54 آخرون، أغلبهم من المدنيين، في قصف عشوائي قام به المتمردون الحوثيون "
                  "وقوات صالح على الأحياء السكنية في تعز.", "عدن", "تعز", "تعز.")
    aden = placed("b", "aawsat", "وأكد مصدر طبي أن ميليشيات الحوثي وصالح قصفت بشكل عشوائي الأحياء السكنية في عدن "
                  "السبت، ما أدى إلى مقتل 8 أشخاص. وتواصل المقاومة تقدمها نحو لحج. وقال قادتها إن المعارك انتقلت الى "
                  "محافظة تعز.", "عدن", "محافظة تعز")
    assert not _figures(find_contradictions([taiz, aden]))


def test_injured_written_after_the_dead_are_not_counted_dead():
    police = _ar("a", "aawsat", "2015-08-07", "وقال قائد شرطة كابل عبد الرحمن رحيمي: «أحصينا ثمانية قتلى و128 جريحا "
                 "في هذا الهجوم الانتحاري على الأكاديمية».")
    official = _ar("b", "alriyadh", "2015-08-07", "وفجر انتحاري نفسه عند مدخل الأكاديمية، بحسب ما صرح رئيس شرطة "
                   "كابل عبد الرحمن رحيمي، وتحدث مسؤول في الاستخبارات، طلب عدم ذكر اسمه، عن 20 قتيلا في هذا الهجوم "
                   "الذي تبنته حركة طالبان، وهي حصيلة أكدها مصدران آخران.")
    found = _figures(find_contradictions([police, official]))
    assert [(c.denial_cue, c.assertion_cue) for c in found] in ([("8", "20")], [("20", "8")])
