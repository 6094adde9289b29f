"""The main job on the sample pages, checked the way an analyst reads the result."""

from __future__ import annotations

import json

import pytest


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """The command line on a database ``rasid run`` made of the seeds."""
    import os
    import subprocess
    import sys

    from conftest import ROOT, seeds_run_database

    db = seeds_run_database(tmp_path_factory.mktemp("seeds"))
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}

    def rasid(*args):
        result = subprocess.run([sys.executable, "-m", "rasid", *args, "--db", str(db)],
                                capture_output=True, text=True, env=env, timeout=240)
        assert result.returncode == 0, result.stderr
        return result.stdout

    return rasid


def _by_file(articles, name):
    return next(a for a in articles if a["origin"].endswith(name))


def test_the_five_pages_are_one_story(seeded):
    stories = json.loads(seeded("stories", "--json"))
    assert len(stories) == 1
    assert stories[0]["size"] == 5


def test_summit_factory_visit_and_putins_visit_are_separate_dated_events(seeded):
    [story] = json.loads(seeded("stories", "--json"))
    events = story["events"]

    def dated(start, end, *words):
        return [e for e in events if e["date_start"] == start and e["date_end"] == end
                and any(w in e["title"] for w in words)]

    summit = dated("2023-09-13", "2023-09-13", "ميناء فضائي", "فوستو", "القمة")
    factory = dated("2023-09-15", "2023-09-15", "مصنع")
    visit = dated("2024-06-18", "2024-06-19", "يونيو", "زيارة دولة", "يزور كوريا الشمالية")
    assert summit and factory and visit
    assert len({summit[0]["id"], factory[0]["id"], visit[0]["id"]}) == 3
    # Kim's journey, told in passing in the report of the plant visit: Sunday and Tuesday.
    assert dated("2023-09-10", "2023-09-10", "غادر بيونغ يانغ")
    assert dated("2023-09-12", "2023-09-12", "عبر الحدود", "وصل إلى الشرق الأقصى")
    # Happenings the pages recall from long before: Putin's July 2000 visit, one event
    # though two pages tell it (as "his last visit" and as "he met Kim Jong Il").
    recalled = [e for e in events if e["background"]]
    july_2000 = [e for e in recalled if e["date_start"] == "2000-07"]
    assert len(july_2000) == 1 and len({s["article_id"] for s in july_2000[0]["sentences"]}) == 2
    assert not any(e["background"] for e in events if e["date_start"] and e["date_start"] >= "2023-09-10")
    # Shoigu's visit «آب الماضي», told by a page dated only to September 2023: August 2023,
    # titled by the visit itself, not by Kirby's reading of it.
    shoigu = [e for e in recalled if e["date_start"] == "2023-08"]
    assert len(shoigu) == 1 and shoigu[0]["title"].startswith("الزيارة التي قام بها وزير الدفاع الروسي سيرغي شويغو")
    assert {e["date_start"] for e in recalled} == {"2000-07", "2023-08"}


def test_timeline_titles_say_who_did_what_and_end_where_a_phrase_ends(seeded):
    [story] = json.loads(seeded("stories", "--json"))
    brief = json.loads(seeded("brief", story["id"], "--format", "json"))
    titles = {entry["date"]: [] for entry in brief["timeline"]}
    for entry in brief["timeline"]:
        titles[entry["date"]].append(entry["title"])
    # «وغادر بيونغ يانغ يوم الأحد وعبر الحدود يوم الثلاثاء» follows a sentence about Kim: the
    # titles name him, not Pyongyang, as the one who left and crossed.
    assert any(t.startswith("كيم") and "غادر بيونغ يانغ" in t for t in titles["2023-09-10"])
    assert not any(t.startswith(("غادر", "بيونغ يانغ")) for t in titles["2023-09-10"] + titles["2023-09-12"])
    # «أشار الرئيس الروسي إلى أنه بحث مع كيم التعاون العسكري، لكن لم يكشف ...»: what he did,
    # up to where that clause ends.
    assert "الرئيس الروسي بحث مع كيم التعاون العسكري بين البلدين" in titles["2023-09-13"]
    # A name is never cut in two by the length limit («... الرئيس الروسي فلاديمير…»).
    for entry in brief["timeline"]:
        assert not entry["title"].endswith("فلاديمير…"), entry["title"]


def test_undated_pages_are_dated_from_their_own_clues_and_their_story(seeded):
    articles = json.loads(seeded("export"))["articles"]
    putin_visit = _by_file(articles, "002_58beffc96dabebeb.txt")
    assert putin_visit["published"] == "2024-06-17" and putin_visit["published_estimated"]
    kcna = _by_file(articles, "003_4b66e5e65810cf40.txt")
    assert kcna["published"] == "2023-09-14" and kcna["published_estimated"]
    evidence = kcna["meta"]["published_estimate"]["evidence"]
    assert evidence, "an estimate must say what it rests on"
    dated_line = _by_file(articles, "004_0230be639b82ca88.txt")
    assert dated_line["published"] == "2023-09-15" and not dated_line["published_estimated"]


def test_spelling_variants_are_one_entity_and_the_two_kims_are_two(seeded):
    entities = json.loads(seeded("entities", "--limit", "500", "--json"))

    def owner(alias):
        found = [e for e in entities if alias in e["aliases"]]
        assert len(found) == 1, alias
        return found[0]["id"]

    assert owner("بيونغ يانغ") == owner("بيونغيانغ")
    assert owner("دميتري بيسكوف") == owner("ديمتري بيسكوف")
    assert owner("كيم جونغ أون") == owner("كيم جونغ اون")
    assert owner("كيم جونغ أون") != owner("كيم جونغ إيل")
    assert owner("كيم") == owner("كيم جونغ أون")


def test_briefing_cites_every_line_attributes_quotes_and_flags_the_peskov_denial(seeded):
    [story] = json.loads(seeded("stories", "--json"))
    brief = json.loads(seeded("brief", story["id"], "--format", "json"))
    texts = {a["id"]: a["text"] for a in json.loads(seeded("export"))["articles"]}
    for sentence in brief["summary"]:
        assert texts[sentence["article_id"]][sentence["start"]:sentence["end"]] == sentence["text"]
    dates = {entry["date"] for entry in brief["timeline"]}
    assert {"2023-09-13", "2023-09-15", "2024-06-18/2024-06-19"} <= dates
    peskov = next(lines for speaker, lines in brief["quotes"].items() if "بيسكوف" in speaker)
    assert any("لا توجد خطط" in line["text"] for line in peskov)
    watson = next(lines for speaker, lines in brief["quotes"].items() if "واتسون" in speaker)
    assert len(watson) >= 2  # "وأضافت:" carries her name to the next quote
    denial = [c for c in brief["contradictions"] if "لا توجد خطط" in c["denial"]["text"]]
    assert denial and any("قبل" in c["assertion"]["text"] or "قبِل" in c["assertion"]["text"] for c in denial)
    markdown = seeded("brief", story["id"])
    assert "## Timeline" in markdown and "## Candidate contradictions" in markdown


def test_only_one_source_is_said_to_report_a_date_alone(seeded):
    # The summit day is told by two pages (the summit itself by one, Peskov's words of that
    # day by another): neither may be listed as the only source of 2023-09-13.
    [story] = json.loads(seeded("stories", "--json"))
    brief = json.loads(seeded("brief", story["id"], "--format", "json"))
    alone = [d for source in brief["sources"] for d in set(source["only_here"])]
    assert len(alone) == len(set(alone))
    for source in brief["sources"]:
        for day in source["only_here"]:
            assert not any(day in other["timeline_dates"] for other in brief["sources"] if other is not source)


def test_quotes_by_speaker_find_every_spelling(seeded):
    quotes = json.loads(seeded("quotes", "--speaker", "دميتري بيسكوف", "--json"))
    assert {q["article_id"] for q in quotes} and len(quotes) >= 3
    assert all("بيسكوف" in q["speaker"] for q in quotes)


def test_export_carries_stories_with_timeline_and_summary(seeded):
    doc = json.loads(seeded("export"))
    assert {"articles", "quotes", "copy_groups", "stories", "entities"} <= set(doc)
    [story] = doc["stories"]
    texts = {a["id"]: a["text"] for a in doc["articles"]}
    for entry in story["timeline"]:
        article_id, start, end = entry["citation"]
        assert texts[article_id][start:end] == entry["description"]
    assert story["summary"] and all(texts[s["article_id"]][s["start"]:s["end"]] == s["text"] for s in story["summary"])


def test_wire_copies_are_one_group_folded_under_their_original(tmp_path, rasid):
    wire = ("موسكو (أ ف ب) - أعلن الكرملين اليوم أن الرئيس الروسي سيزور بيونغ يانغ الأسبوع المقبل في زيارة دولة تستمر يومين، "
            "وقال المتحدث باسم الكرملين إن الزيارة ستتناول التعاون الاقتصادي والعسكري بين البلدين وتوقيع اتفاقات جديدة.")
    records = [
        {"source": "okaz", "url": "http://a/1", "date_extracted": "2024-06-17 10:00:00", "title": "بوتين إلى بيونغ يانغ", "content": wire},
        {"source": "sabq", "url": "http://b/7", "date_extracted": "2024-06-17 12:00:00", "title": "الكرملين: زيارة دولة", "content": wire},
        {"source": "alriyadh", "url": "http://c/3", "date_extracted": "2024-06-17 13:00:00", "title": "زيارة مرتقبة",
         "content": wire + " وأضاف أن الرئيسين سيعقدان مؤتمرا صحفيا مشتركا في ختام المحادثات."},
    ]
    path = tmp_path / "wire.json"
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    assert rasid("run", str(path)).returncode == 0
    doc = json.loads(rasid("export").stdout)
    [group] = doc["copy_groups"]
    assert len(group["members"]) == 3
    assert sorted(group["members"].values()) == ["identical", "original", "partial"] or \
        sorted(group["members"].values()) == ["edited", "identical", "original"]
    [story] = doc["stories"]
    shown = rasid("story", story["id"]).stdout
    assert shown.count("copy ") == 2


ENGLISH_PAGE = """<html><head><title>Putin arrives in Pyongyang for rare visit | World News</title>
<meta property="article:published_time" content="2024-06-19T01:00:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav><article>
<h1>Putin arrives in Pyongyang for rare visit</h1>
<p>PYONGYANG (AP) — Russian President Vladimir Putin arrived in North Korea early Wednesday for his first visit
in 24 years, where he was greeted by leader Kim Jong Un at the airport.</p>
<p>"We highly appreciate your consistent support of Russian policy," Putin said, according to the Kremlin.</p>
<p>The two leaders are expected to sign a partnership agreement during the two-day visit, officials said.</p>
</article><footer>Copyright 2024. All rights reserved. Share on Facebook.</footer></body></html>"""


def test_an_english_report_joins_the_arabic_story_without_misdating_its_pages(tmp_path, rasid, seeds):
    page = tmp_path / "putin.html"
    page.write_text(ENGLISH_PAGE, encoding="utf-8")
    assert rasid("run", str(page), str(seeds)).returncode == 0
    doc = json.loads(rasid("export").stdout)
    assert len(doc["stories"]) == 1 and doc["stories"][0]["size"] == 6
    english = next(a for a in doc["articles"] if a["language"] == "en")
    assert english["title"] == "Putin arrives in Pyongyang for rare visit" and english["credits"] == ["AP"]
    # The summit report borrows its year from the Arabic summit coverage, not from the 2024 page.
    assert _by_file(doc["articles"], "003_4b66e5e65810cf40.txt")["published"] == "2023-09-14"
    quotes = json.loads(rasid("quotes", "--speaker", "Putin", "--json").stdout)
    assert any("highly appreciate" in q["text"] for q in quotes)
    putin = json.loads(rasid("entity", "Vladimir Putin", "--json").stdout)
    assert putin["type"] == "PERS" and english["id"] in putin["article_ids"]
    # ...and he is one person across the two scripts of the story
    assert {"Vladimir Putin", "فلاديمير بوتين", "بوتين"} <= set(putin["aliases"]) and len(putin["article_ids"]) == 6


def test_the_briefing_reuses_what_the_stories_stage_stored(seeded):
    from rasid.briefing.brief import build_briefing
    from rasid.model import Story
    from rasid.records import from_data

    [story] = json.loads(seeded("stories", "--json"))
    articles_json = json.loads(seeded("export"))["articles"]
    from rasid.storage.codec import article_from_record

    by_id = {a["id"]: a for a in articles_json}
    articles = [article_from_record(a, {k: a[k] for k in ("credits", "sentences", "meta", "mentions", "timerefs", "quotes")})
                for a in (by_id[i] for i in story["article_ids"])]  # the story's own order, as the stage read them
    record = from_data(Story, story)
    fresh = build_briefing(story["id"], story["title"], articles, events=record.events)
    stored = build_briefing(story["id"], story["title"], articles, None, record.timeline, record.summary)
    def cited(briefing):  # scores differ in the last float digits with the order articles are read in
        return ([(e.date, e.citation, sorted(e.supports)) for e in briefing.timeline],
                [(x.citation, sorted(x.supports)) for x in briefing.summary])

    assert cited(stored) == cited(fresh) and stored.timeline


def test_names_are_not_glued_cut_or_mistyped_and_pyongyang_is_one_place(seeded):
    entities = json.loads(seeded("entities", "--limit", "500", "--json"))
    aliases = {alias: e for e in entities for alias in e["aliases"]}

    def owner(spelling):  # as written, or with the clitic the text glued to it («لبيونج يانج»)
        found = {e["id"] for alias, e in aliases.items() if alias == spelling or (alias[1:] == spelling and alias[0] in "ولب")}
        assert len(found) == 1, (spelling, found)
        return found.pop()

    # The three spellings of Pyongyang are one place.
    assert owner("بيونغ يانغ") == owner("بيونغيانغ") == owner("بيونج يانج")
    assert aliases["بيونغ يانغ"]["type"] == "LOC"
    # Two names are never one mention, a name is never cut short, and a name after a title is a person.
    for glued in ("كيم لبوتين", "بوتين لبيونغ يانغ", "لبوتين لبيونج يانج", "موسكو وبيونغ يانغ", "بوتين لكيم",
                  "أون بوتين"):
        assert glued not in aliases, glued
    assert "كيم جونغ" not in aliases
    assert aliases["بارك جين"]["type"] == "PERS"
    assert owner("كيم جونغ-أون") == owner("كيم جونغ أون")


def test_a_title_speaker_is_the_person_the_story_names_with_that_title(seeded):
    entities = {e["id"]: e["name"] for e in json.loads(seeded("entities", "--limit", "500", "--json"))}
    quotes = json.loads(seeded("quotes", "--json"))
    by_speaker = {q["speaker"]: entities.get(q["speaker_entity_id"]) for q in quotes}
    assert by_speaker["الرئيس الروسي"] == "فلاديمير بوتين"
    assert by_speaker["وزير التجارة والصناعة"] == "دينيس مانتوروف"
