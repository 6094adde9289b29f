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


def test_a_coming_day_said_before_a_comma_still_comes():
    # Read on SaudiNewsNet 2015-08-10: the Super Cup "مساء يوم الأربعاء المقبل، وتركزت ..." was put
    # on the Wednesday before, the comma hiding «المقبل».
    text = "أجرى الفريق مرانه استعدادًا لملاقاة النصر مساء يوم الأربعاء المقبل، وتركزت التدريبات على اللياقة."
    args = sentence_article(text, "2015-08-10", "مساء يوم الأربعاء المقبل", "2015-08-12", weekday=2)
    assert days(*args) == ("2015-08-12", "2015-08-12")


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


def _titled(text: str, ref_text: str, value: str, names=()):
    from rasid.stories.happenings import _clause_title

    start = text.index(ref_text)
    mentions = [Mention(text.index(n), text.index(n) + len(n), n, "PERS") for n in names]
    article = Article(origin="a", raw_text=text, text=text, id="a", published="2015-08-10", language="ar",
                      timerefs=[TimeRef(start, start + len(ref_text), ref_text, value, "day")], mentions=mentions)
    return _clause_title(article, 0, len(text), start)


def test_a_date_set_off_by_commas_leaves_its_clause_whole_in_the_title():
    # Read on SaudiNewsNet 2015-08-10: titled «هادي مدرعاتها التي زودها بها التحالف».
    text = "ونشرت القوات الموالية لحكومة هادي، أمس (الأحد)، مدرعاتها التي زودها بها التحالف، في مدينة زنجبار."
    assert _titled(text, "أمس (الأحد)", "2015-08-09", ["هادي"]) == "نشرت القوات الموالية لحكومة هادي مدرعاتها التي زودها بها التحالف"


def test_a_joined_preposition_goes_with_the_date_it_introduced():
    # «وفي 25 يونيو أعلن التحالف ...» was titled «وفي أعلن التحالف ...».
    text = "وفي 25 يونيو أعلن التحالف عن استشهاد جندي إماراتي في مناوشات مع الحوثيين على الحدود."
    assert _titled(text, "25 يونيو", "2015-06-25").startswith("أعلن التحالف عن استشهاد جندي إماراتي")


def test_a_clause_that_is_only_its_date_takes_the_next_one():
    # «وفي الثالث من أغسطس (آب) الحالي، نشر مئات الجنود ...» was titled «عبد ربه منصور هادي وفي».
    text = "وفي الثالث من أغسطس (آب) الحالي، نشر مئات الجنود من دول الخليج الأعضاء في التحالف حول عدن."
    assert _titled(text, "الثالث من أغسطس (آب) الحالي", "2015-08-03").startswith("نشر مئات الجنود من دول الخليج")


def test_a_clause_without_its_subject_takes_the_person_the_sentence_before_is_about():
    # «وغادر بيونغ يانغ يوم الأحد» was titled «غادر بيونغ يانغ»: who left is the one the sentence
    # before is about, its first person, not the last name it mentions in passing.
    from rasid.stories.happenings import _clause_title

    text = ("وصل الرئيس عبد ربه منصور هادي إلى عدن قادما من الرياض برفقة رئيس الحكومة خالد بحاح. "
            "وعقد اجتماعا مع قادة المقاومة يوم الأحد في قصر المعاشيق.")
    names = ["عبد ربه منصور هادي", "خالد بحاح"]
    mentions = [Mention(text.index(n), text.index(n) + len(n), n, "PERS") for n in names]
    split = text.index("وعقد")
    at = text.index("يوم الأحد")
    article = Article(origin="a", raw_text=text, text=text, id="a", published="2015-08-03", language="ar",
                      timerefs=[TimeRef(at, at + len("يوم الأحد"), "يوم الأحد", "2015-08-02", "day", weekday=6)],
                      mentions=mentions, sentences=[Sentence(0, split - 1), Sentence(split, len(text))])
    title = _clause_title(article, split, len(text), at)
    assert title.startswith("عبد ربه منصور هادي عقد اجتماعا مع قادة المقاومة")


def test_a_long_title_ends_where_its_clause_does():
    from rasid.stories.happenings import _cut

    said = ("الرئيس الروسي بحث مع كيم التعاون العسكري بين البلدين، لكن لم يكشف عن مزيد من التفاصيل، "
            "وحضر الاجتماع وزير الدفاع الروسي سيرغي شويغو")
    assert _cut(said, language="ar") == "الرئيس الروسي بحث مع كيم التعاون العسكري بين البلدين"
    invited = ("وكالة الأنباء المركزية الكورية: زعيم كوريا الشمالية كيم جونغ أون دعا الرئيس الروسي فلاديمير بوتين "
               "لزيارة بيونغ يانغ خلال محادثاتهما في روسيا بينما من المتوقع أن يواصل كيم زيارته بتفقد منشآت")
    title = _cut(invited, ["فلاديمير بوتين"], language="ar")
    assert "فلاديمير بوتين" in title and not title.rstrip("…").endswith("فلاديمير")


def _report(aid: str, text: str, names: dict[str, str], day: str = "2015-08-06") -> Article:
    mentions = [Mention(text.index(n), text.index(n) + len(n), n, kind) for n, kind in names.items() if n in text]
    return Article(origin=aid, raw_text=text, text=text, id=aid, published=day, language="ar", outlet=aid,
                   mentions=mentions, sentences=[Sentence(0, len(text))])


def test_two_reports_of_one_opening_kept_apart_by_the_clusterer_are_one_timeline_entry():
    # Read on SaudiNewsNet 2015-08-06/07: the opening of the new Suez Canal was listed three
    # times on one day («يفتتح رسميا», «مصر تُطلق الحلم العظيم», «عرس السويس»).
    from types import SimpleNamespace

    from rasid.briefing.timeline import timeline_from_events
    from rasid.stories.happenings import build_events

    names = {"عبد الفتاح السيسي": "PERS", "عبدالفتاح السيسي": "PERS", "فيصل بن خالد": "PERS",
             "عبدالله المبطي": "PERS", "قناة السويس": "LOC", "الإسماعيلية": "LOC"}
    articles = [
        _report("a", "افتتح الرئيس المصري عبد الفتاح السيسي مشروع قناة السويس الجديدة في الإسماعيلية "
                     "بحضور ملوك ورؤساء الدول ووقع وثيقة التشغيل على متن يخت المحروسة.", names),
        _report("b", "دشن الرئيس المصري عبدالفتاح السيسي قناة السويس الجديدة في الإسماعيلية بحضور ملوك "
                     "ورؤساء الدول على متن يخت المحروسة بعرض جوي وبحري.", names),
        _report("c", "استقبل أمير منطقة عسير فيصل بن خالد رئيس الغرفة التجارية عبدالله المبطي في مكتبه "
                     "بالإمارة واطلع على منجزات الغرفة.", names),
        _report("d", "ارتفعت أسعار النفط في التعاملات الآسيوية مع تراجع المخزونات الأمريكية وتوقعات الطلب.", names),
        _report("e", "أعلنت الأرصاد الجوية توقعات بهطول أمطار رعدية على مرتفعات جازان وعسير والباحة.", names),
    ]
    groups = [SimpleNamespace(article_ids=[a.id]) for a in articles]
    events = build_events("s", groups, articles, lambda a: a.outlet)
    opening = [e for e in events if {"a", "b"} & set(e.article_ids)]
    assert len(opening) == 1 and set(opening[0].article_ids) == {"a", "b"}
    assert sum(1 for e in events if "c" in e.article_ids) == 1  # the emir's reception stays its own
    timeline = timeline_from_events(events, articles)
    assert len([t for t in timeline if t.date == "2015-08-06"]) == 4


def test_a_day_inside_a_relative_clause_does_not_date_the_lead():
    # Read on SaudiNewsNet 2015-08-09: the governor's condemnation printed on Sunday was put on
    # Thursday, the day of the attack the relative clause describes.
    from rasid.stories.happenings import _said_day

    text = "استنكر المحافظ الحادث الإجرامي الذي استهدف رجال الأمن وهم يؤدون صلاة الظهر الخميس الماضي."
    article, _, sentence = sentence_article(text, "2015-08-09", "الخميس الماضي", "2015-08-06", weekday=3)
    assert _said_day(article, sentence) is None
    text = "ترأس الأمير في مكتبه بجدة، مساء أمس، اجتماعا مع قادة القطاعات الأمنية."
    article, _, sentence = sentence_article(text, "2015-08-09", "مساء أمس", "2015-08-08")
    assert [d.isoformat() for d in _said_day(article, sentence)] == ["2015-08-08", "2015-08-08"]


def test_reports_that_say_their_day_outvote_those_that_only_print_it():
    # Read on SaudiNewsNet 2015-08-09: four reports of the meeting "مساء أمس", three printed the
    # next day without a day: the meeting was dated to the printing day.
    from types import SimpleNamespace

    from rasid.stories.happenings import build_events

    said = "ترأس الأمير محمد بن نايف في مكتبه بجدة مساء أمس اجتماعا مع قادة القطاعات الأمنية لبحث المستجدات."
    bare = "ترأس الأمير محمد بن نايف في مكتبه بجدة اجتماعا مع قادة القطاعات الأمنية لبحث المستجدات الأمنية."
    at = said.index("مساء أمس")
    reports = []
    for i in range(5):
        text = said if i < 2 else bare
        article = _report(f"r{i}", text, {"محمد بن نايف": "PERS"}, day="2015-08-09")
        if i < 2:
            article.timerefs = [TimeRef(at, at + len("مساء أمس"), "مساء أمس", "2015-08-08", "day")]
        reports.append(article)
    group = SimpleNamespace(article_ids=[a.id for a in reports])
    events = build_events("s", [group], reports, lambda a: a.outlet)
    assert events[0].date_start == "2015-08-08"


def test_a_relative_clause_title_starts_at_its_whole_noun():
    # «في حادث التفجير الإرهابي الذي استهدف مسجداً ... يوم الخميس» was titled «الإرهابي الذي استهدف».
    text = "ونقل الأمير التعازي لأسر الشهداء في حادث التفجير الإرهابي الذي استهدف مسجداً في عسير يوم الخميس الماضي."
    assert _titled(text, "يوم الخميس الماضي", "2015-08-06").startswith("التفجير الإرهابي الذي استهدف مسجداً")


def test_two_alike_days_in_one_sentence_tell_one_happening():
    from rasid.stories.happenings import _pieces

    text = "وصل الوفد أمس إلى عدن، والتقى أمس محافظ المدينة في مكتبه."
    refs = [TimeRef(m, m + 3, "أمس", "2015-08-08", "day") for m in (text.index("أمس"), text.rindex("أمس"))]
    article = Article(origin="a", raw_text=text, text=text, id="a", published="2015-08-09", language="ar", timerefs=refs)
    pieces = _pieces(article, Sentence(0, len(text)))
    assert len(pieces) == 1 and pieces[0].text == text


def test_a_title_does_not_end_on_the_word_that_introduced_a_date():
    from rasid.stories.happenings import _cut

    assert _cut("تلبية لدعوة كريمة من جلالة الملك عبدالله الثاني الموافق", language="ar") == \
        "تلبية لدعوة كريمة من جلالة الملك عبدالله الثاني"
