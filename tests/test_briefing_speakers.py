"""The who-said-what section of a briefing: one heading per person, however each outlet wrote them."""

from __future__ import annotations

from rasid.briefing.brief import build_briefing, render_markdown
from rasid.model import Article, Quote


def _article(outlet: str, text: str, said: str, speaker: str, entity: str | None) -> Article:
    at = text.index(said)
    named = text.index(speaker)
    quote = Quote(at, at + len(said), said, "indirect", speaker, named, named + len(speaker), entity)
    return Article(origin=f"{outlet}.txt", raw_text=text, text=text, language="ar", outlet=outlet, id=outlet,
                   published="2015-08-07", quotes=[quote])


def _headings(articles, names) -> dict[str, int]:
    briefing = build_briefing("s1", "تفجير مسجد قوات الطوارئ", articles, names, summary=[], timeline=[], contradictions=[])
    return {speaker: len(lines) for speaker, lines in briefing.quotes.items()}


def test_one_man_in_full_and_shortened_meets_under_his_full_name():
    # real shapes of SaudiNewsNet 2015-08-06/07: the emir of Asir written three ways by three outlets
    articles = [
        _article("alriyadh", "وقال صاحب السمو الملكي الأمير فيصل بن خالد بن عبدالعزيز إن المنطقة آمنة.",
                 "المنطقة آمنة", "فيصل بن خالد بن عبدالعزيز", "e1"),
        _article("alwatan", "وأكد الأمير فيصل بن خالد أن الجناة سينالون جزاءهم.",
                 "الجناة سينالون جزاءهم", "فيصل بن خالد", "e2"),
        _article("okaz", "وقال الأمير فيصل إن أهالي عسير صف واحد.", "أهالي عسير صف واحد", "فيصل", None),
    ]
    names = {"e1": "فيصل بن خالد بن عبد العزيز", "e2": "فيصل بن خالد"}
    assert _headings(articles, names) == {"فيصل بن خالد بن عبد العزيز": 3}
    shown = render_markdown(build_briefing("s1", "t", articles, names, summary=[], timeline=[], contradictions=[]), articles)
    assert shown.count("### ") == 1


def test_a_family_name_shared_by_two_speakers_stays_apart():
    articles = [
        _article("alriyadh", "وقال سماحة الشيخ عبدالعزيز بن عبدالله آل الشيخ إن التفجير عمل إجرامي.",
                 "التفجير عمل إجرامي", "عبدالعزيز بن عبدالله آل الشيخ", "e1"),
        _article("aawsat", "وأكد الشيخ صالح بن عبدالعزيز آل الشيخ أن المساجد بيوت الله.",
                 "المساجد بيوت الله", "صالح بن عبدالعزيز آل الشيخ", "e2"),
        _article("okaz", "وقال آل الشيخ إن الفكر الضال لا دين له.", "الفكر الضال لا دين له", "آل الشيخ", None),
    ]
    names = {"e1": "عبد العزيز بن عبد الله آل الشيخ", "e2": "صالح بن عبد العزيز آل الشيخ"}
    assert _headings(articles, names) == {"عبد العزيز بن عبد الله آل الشيخ": 1, "صالح بن عبد العزيز آل الشيخ": 1,
                                          "آل الشيخ": 1}


def test_an_unnamed_source_is_not_gathered_under_a_longer_one():
    articles = [
        _article("aawsat", "وقال المصدر إن القوات تقدمت نحو تعز.", "القوات تقدمت نحو تعز", "المصدر", None),
        _article("almadina", "وقال المصدر العسكري نفسه إن الطيران قصف المواقع.", "الطيران قصف المواقع",
                 "المصدر العسكري نفسه", None),
    ]
    assert _headings(articles, {}) == {"المصدر": 1, "المصدر العسكري نفسه": 1}


def test_a_compound_first_name_written_apart_is_the_same_man():
    articles = [
        _article("aawsat", "وقال الدكتور عبداللطيف بن راشد الزياني إن دول المجلس تدين التفجير.",
                 "دول المجلس تدين التفجير", "عبداللطيف بن راشد الزياني", "e1"),
        _article("alyaum", "وأكد عبد اللطيف الزياني أن الإرهاب لا دين له.", "الإرهاب لا دين له", "عبد اللطيف الزياني", None),
    ]
    assert _headings(articles, {"e1": "عبداللطيف بن راشد الزياني"}) == {"عبداللطيف بن راشد الزياني": 2}
