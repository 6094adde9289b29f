from rasid.model import Article, Mention
from rasid.stories.clusterer import StoryClusterer
from rasid.stories.specifics import specifics

RAHMAN = ("Wladimir Klitschko stopped Hasim Rahman in the seventh round at the SAP Arena in Mannheim on Saturday.\n"
          "Rahman , 35 , never troubled the champion , and Klitschko kept his IBF title.")
THOMPSON = ("Wladimir Klitschko stopped Tony Thompson in the sixth round in Bern on Saturday night.\n"
            "Thompson , 40 , was floored twice before the stoppage , and Klitschko kept his WBA and IBF titles.")


def article(aid: str, text: str, language: str = "en") -> Article:
    return Article(origin=aid, raw_text=text, text=text, id=aid, language=language)


def test_english_names_come_from_capitals_inside_sentences_not_from_calendar_words():
    keys = specifics(article("a", RAHMAN), RAHMAN, "en")
    assert {"@rahman", "@klitschko", "@mannheim", "@ibf"} <= set(keys)
    assert "@saturday" not in keys and "@round" not in keys
    assert keys["#35"] == 1


def test_a_title_case_headline_adds_no_names():
    text = "Legendary Aquatic Musical Star Esther Williams Dies At 91\nThe swimmer died at home , her family said ."
    keys = specifics(article("h", text), text, "en")
    assert "@legendary" not in keys and "@williams" not in keys


def test_arabic_names_come_from_ner_mentions_and_numbers_need_a_name():
    text = "زار بوتين بيونغ يانغ في 19 يونيو 2024"
    bare = specifics(article("ar", text, "ar"), text, "ar")
    assert not bare  # no capitals in Arabic, no mentions yet: a date alone pins nothing down
    tagged = article("ar", text, "ar")
    tagged.mentions = [Mention(4, 9, "بوتين", "PERS")]
    keys = specifics(tagged, text, "ar")
    assert any(k.startswith("@") for k in keys) and "#2024" in keys


def test_specifics_tell_two_fights_of_one_champion_apart_where_topical_words_do_not():
    from rasid.stories.features import extract
    from rasid.stories.signals import SpecificsSignal, TfidfSignal

    clusterer = StoryClusterer()
    story = clusterer._stories[clusterer.add(article("r1", RAHMAN))]
    rahman_again = RAHMAN.replace("never troubled", "could not trouble")
    same, other = (clusterer.weigh(extract(article(aid, text))) for aid, text in (("r2", rahman_again), ("t1", THOMPSON)))
    specific, topical = SpecificsSignal(), TfidfSignal()
    # Both signals put the other fight below the same fight; the names and numbers by a wider margin.
    specific_gap = specific.score(same, story) - specific.score(other, story)
    topical_gap = topical.score(same, story) - topical.score(other, story)
    assert specific.score(other, story) < topical.score(other, story)
    assert specific_gap > topical_gap > 0


FIGHT = "{champ} stopped {opp} in the {rnd} round in {city} on Saturday , {detail}.\n{opp} , {age} , {after}."
DETAILS = ["a dominant display before a full arena", "retaining his heavyweight belts with ease",
           "a one-sided contest from the opening bell", "his latest defence of the titles",
           "after flooring his challenger twice"]
AFTERS = ["said he had no excuses", "was taken to hospital for checks", "complained about an early stoppage",
          "thanked the crowd for its support", "said he would fight on"]


def fight_reports(aid: str, opp: str, rnd: str, city: str, age: str) -> list[Article]:
    return [article(f"{aid}{i}", FIGHT.format(champ="Wladimir Klitschko", opp=opp, rnd=rnd, city=city, age=age,
                                              detail=detail, after=after))
            for i, (detail, after) in enumerate(zip(DETAILS, AFTERS))]


def test_two_fights_of_one_boxer_are_two_stories_read_together_or_one_at_a_time():
    from rasid.stories.clusterer import StoryConfig

    first = fight_reports("r", "Hasim Rahman", "seventh", "Mannheim", "35")
    second = fight_reports("t", "Tony Thompson", "sixth", "Bern", "40")
    interleaved = [a for pair in zip(first, second) for a in pair]
    # Read as one day's articles, the reports group among themselves before joining stories.
    together = StoryClusterer()
    ids = dict(zip((a.id for a in interleaved), together.add_many(interleaved)))
    assert len({ids[a.id] for a in first}) == 1 and len({ids[a.id] for a in second}) == 1
    assert {ids[a.id] for a in first} != {ids[a.id] for a in second}
    # One at a time, the second fight's first report meets the first fight's story alone;
    # re-examining the story as it grows separates the fights again.
    clusterer = StoryClusterer(StoryConfig(split_sizes=(6, 9, 13)))
    ids = {a.id: clusterer.add(a) for a in interleaved}
    ids = {a.id: clusterer.story_of(a.id) for a in interleaved}
    assert {ids[a.id] for a in first} != {ids[a.id] for a in second}
    assert len({ids[a.id] for a in first}) == 1 and len({ids[a.id] for a in second}) == 1
    assert {clusterer.story_of(a.id) for a in second} == {ids[second[0].id]}
