"""Linking mentions into entities: spelling variants merge, different people never do."""

from __future__ import annotations

from rasid.entities.linking import link_entities
from rasid.model import Article, Mention, Quote


def _article(aid: str, text: str, names: list[tuple[str, str]], quotes=()) -> Article:
    mentions, cursor = [], 0
    for name, kind in names:
        start = text.index(name, cursor)
        mentions.append(Mention(start, start + len(name), name, kind))
        cursor = start + len(name)
    a = Article(origin=aid, raw_text=text, text=text, id=aid)
    a.mentions = mentions
    a.quotes = list(quotes)
    return a


def _by_name(entities):
    return {e.name: e for e in entities}


def test_spelling_variants_of_one_name_become_one_entity():
    docs = [
        _article("a", "وصل كيم جونغ أون إلى بيونغ يانغ قادما من أمريكا", [("كيم جونغ أون", "PERS"), ("بيونغ يانغ", "LOC"), ("أمريكا", "LOC")]),
        _article("b", "غادر كيم جونغ اون بيونغيانغ وزار أميركا", [("كيم جونغ اون", "PERS"), ("بيونغيانغ", "LOC"), ("أميركا", "LOC")]),
        _article("c", "استقبل كيم جونغ-أون في بيونج يانج ديمتري بيسكوف", [("كيم جونغ-أون", "PERS"), ("بيونج يانج", "LOC"), ("ديمتري بيسكوف", "PERS")]),
        _article("d", "قال دميتري بيسكوف إن الزيارة مهمة", [("دميتري بيسكوف", "PERS")]),
    ]
    entities = link_entities(docs)
    kim = next(e for e in entities if "كيم جونغ" in e.name)
    assert set(kim.aliases) == {"كيم جونغ أون", "كيم جونغ اون", "كيم جونغ-أون"}
    assert kim.article_ids == ["a", "b", "c"]
    pyongyang = next(e for e in entities if "بيونغ يانغ" in e.aliases)
    assert set(pyongyang.aliases) == {"بيونغ يانغ", "بيونغيانغ", "بيونج يانج"} and pyongyang.type == "LOC"
    assert {"أمريكا", "أميركا"} <= set(next(e for e in entities if "أمريكا" in e.aliases).aliases)
    assert set(next(e for e in entities if "دميتري بيسكوف" in e.aliases).aliases) == {"ديمتري بيسكوف", "دميتري بيسكوف"}
    assert len(entities) == 4


def test_father_and_son_stay_apart_and_short_mentions_follow_the_dominant_name():
    text = ("زار بوتين كيم جونغ أون في بيونغ يانغ. وقال كيم إن كيم جونغ أون يرحب. "
            "والتقى بوتين بوالد كيم، كيم جونغ إيل، عام 2000. وأضاف كيم أن كيم جونغ أون سعيد")
    names = [("بوتين", "PERS"), ("كيم جونغ أون", "PERS"), ("بيونغ يانغ", "LOC"), ("كيم", "PERS"), ("كيم جونغ أون", "PERS"),
             ("بوتين", "PERS"), ("كيم", "PERS"), ("كيم جونغ إيل", "PERS"), ("كيم", "PERS"), ("كيم جونغ أون", "PERS")]
    doc = _article("a", text, names)
    entities = _by_name(link_entities([doc]))
    son, father = entities["كيم جونغ أون"], entities["كيم جونغ إيل"]
    assert son.id != father.id
    assert son.aliases["كيم"] == 3 and "كيم" not in father.aliases
    assert father.aliases == {"كيم جونغ إيل": 1}


def test_a_short_name_joins_a_full_name_only_from_its_own_article_or_story():
    doc1 = _article("a", "وصل فلاديمير بوتين إلى موسكو", [("فلاديمير بوتين", "PERS"), ("موسكو", "LOC")])
    doc2 = _article("b", "وقال بوتين إن الزيارة ناجحة", [("بوتين", "PERS")])
    apart = link_entities([doc1, doc2])
    assert len([e for e in apart if e.type == "PERS"]) == 2
    together = link_entities([doc1, doc2], story_of={"a": "s1", "b": "s1"})
    putin = next(e for e in together if e.type == "PERS")
    assert putin.aliases == {"فلاديمير بوتين": 1, "بوتين": 1} and putin.story_ids == ["s1"]


def test_two_candidates_of_equal_weight_leave_the_short_name_unresolved():
    doc = _article("a", "التقى كيم جونغ أون وكيم يو جونغ ثم تحدث كيم", [("كيم جونغ أون", "PERS"), ("كيم يو جونغ", "PERS"), ("كيم", "PERS")])
    entities = link_entities([doc])
    assert len(entities) == 3


def test_quote_speakers_are_linked_to_the_entity():
    text = "وقال المتحدث باسم الكرملين ديمتري بيسكوف إن لا خطط للزيارة"
    speaker = "ديمتري بيسكوف"
    start = text.index(speaker)
    quote = Quote(start=text.index("لا خطط"), end=len(text), text="لا خطط للزيارة", kind="indirect",
                  speaker=speaker, speaker_start=start, speaker_end=start + len(speaker))
    doc = _article("a", text, [("الكرملين", "ORG"), (speaker, "PERS")], quotes=[quote])
    entities = _by_name(link_entities([doc]))
    assert doc.quotes[0].speaker_entity_id == entities[speaker].id
    assert doc.mentions[1].entity_id == entities[speaker].id


def test_a_glued_conjunction_or_preposition_is_not_part_of_the_name():
    doc = _article("a", "زار روسيا ثم عاد وروسيا تراقب، وقال ممثل للأمم المتحدة إن الأمم المتحدة قلقة",
                   [("روسيا", "LOC"), ("وروسيا", "LOC"), ("للأمم المتحدة", "ORG"), ("الأمم المتحدة", "ORG")])
    entities = link_entities([doc])
    assert len(entities) == 2
    assert {e.name for e in entities} == {"روسيا", "الأمم المتحدة"}
