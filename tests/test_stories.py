from pathlib import Path

import pytest

from rasid.model import Article
from rasid.stories.clusterer import StoryClusterer
from rasid.stories.features import strip_url_line

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "samples" / "seeds"
# Publication dates set by hand (the date resolver is a separate stage).
SEED_DATES = {"000": "2023-09-05", "001": "2023-09-13", "003": "2023-09-14", "004": "2023-09-15", "002": "2024-06-17"}


@pytest.fixture(scope="module")
def enriched_seeds(tmp_path_factory) -> dict[str, Article]:
    """The seed pages as the stories stage receives them: cleaned (headline, body) and
    enriched (names, dates), keyed by the first three letters of their file names."""
    if not SEEDS.is_dir():
        pytest.skip(f"seed pages not found at {SEEDS} (../shared is absent)")
    from rasid.executor.local import LocalExecutor
    from rasid.pipeline.ingest import ingest
    from rasid.pipeline.stages import StageContext, run_stages
    from rasid.storage.sqlite import SQLiteStore

    with SQLiteStore(tmp_path_factory.mktemp("seeds") / "rasid.db") as store, LocalExecutor(1) as executor:
        ingest([SEEDS], store, executor=executor)
        run_stages(StageContext(store, executor, lambda **_: _Quiet()), only={"enrich"})
        return {Path(a.origin).name[:3]: a for a in store.iter_articles()}


class _Quiet:
    def update(self, *_):
        pass

    def close(self):
        pass


def seed_articles(enriched: dict[str, Article], dated: bool) -> list[Article]:
    """Fresh copies with publication dates set by hand (or none), each id its file's key."""
    import copy

    articles = []
    for key, stored in sorted(enriched.items()):
        article = copy.deepcopy(stored)
        article.id = key
        article.published, article.published_estimated = (SEED_DATES[key] if dated else None), False
        articles.append(article)
    return articles


def events_by_member(clusterer: StoryClusterer) -> dict[str, set[str]]:
    return {a: set(e.article_ids) for s in clusterer.stories for e in s.events for a in e.article_ids}


def test_seeds_form_one_story_with_summit_plant_visit_and_pyongyang_as_separate_events(enriched_seeds):
    clusterer = StoryClusterer()
    articles = sorted(seed_articles(enriched_seeds, dated=True), key=lambda a: a.published)
    story_ids = clusterer.add_many(articles)
    assert len(set(story_ids)) == 1
    (story,) = clusterer.stories
    assert (story.date_start, story.date_end) == ("2023-09-05", "2024-06-17")
    events = events_by_member(clusterer)
    assert events["001"] == {"001", "003"}  # the Vostochny summit, reported on the day and the next
    assert events["004"] == {"004"}  # the aircraft-plant visit two days later
    assert events["002"] == {"002"}  # Putin in Pyongyang, June 2024
    summit = next(e for e in story.events if "001" in e.article_ids)
    assert (summit.date_start, summit.date_end) == ("2023-09-13", "2023-09-14")


def test_seed_content_alone_separates_the_june_2024_visit(enriched_seeds):
    clusterer = StoryClusterer()
    clusterer.add_many(seed_articles(enriched_seeds, dated=False))
    assert len(clusterer.stories) == 1
    assert events_by_member(clusterer)["002"] == {"002"}


def news(aid: str, title: str, body: str, day: str = "2024-03-02") -> Article:
    return Article(origin=aid, raw_text=body, text=body, id=aid, title=title, published=day)


QUAKE_AR = news("quake-ar", "زلزال بقوة 7.1 درجات يضرب جنوب اليابان",
                "ضرب زلزال بقوة 7.1 درجات على مقياس ريختر جزيرة كيوشو في جنوب اليابان صباح السبت، وأصدرت السلطات "
                "تحذيراً من أمواج تسونامي على السواحل القريبة. وقالت وكالة الأرصاد اليابانية إن مركز الزلزال كان "
                "على عمق 30 كيلومتراً، ولم ترد تقارير فورية عن ضحايا.")
QUAKE_EN = news("quake-en", "Magnitude 7.1 earthquake strikes southern Japan",
                "A magnitude 7.1 earthquake struck the island of Kyushu in southern Japan on Saturday morning, and "
                "authorities issued a tsunami warning for nearby coasts. The Japan Meteorological Agency said the "
                "quake was centred 30 kilometres deep, with no immediate reports of casualties.")
RATES_EN = news("rates-en", "Brazil's central bank raises interest rates",
                "The central bank of Brazil raised its benchmark interest rate by half a percentage point on "
                "Saturday, citing persistent inflation in food and energy prices. Analysts had expected the "
                "increase and markets reacted calmly.")
FOOTBALL_AR = news("football-ar", "منتخب مصر يفوز على غانا في كأس أفريقيا",
                   "فاز المنتخب المصري لكرة القدم على نظيره الغاني بهدفين مقابل هدف في مباراة مثيرة ضمن بطولة كأس "
                   "الأمم الأفريقية، وسجل محمد صلاح هدف الفوز في الدقائق الأخيرة.")


def test_english_and_arabic_reports_of_one_event_share_a_story_unrelated_ones_do_not():
    clusterer = StoryClusterer()
    quake_ar, quake_en, rates, football = clusterer.add_many([QUAKE_AR, QUAKE_EN, RATES_EN, FOOTBALL_AR])
    assert quake_ar == quake_en
    assert len({quake_ar, rates, football}) == 3


def test_adding_an_article_touches_only_the_story_it_joins():
    clusterer = StoryClusterer()
    clusterer.add_many([QUAKE_AR, RATES_EN, FOOTBALL_AR])
    before = {s.id: (list(s.article_ids), s.title) for s in clusterer.stories}
    joined = clusterer.add(QUAKE_EN)
    assert clusterer.touched == {joined}
    after = {s.id: (list(s.article_ids), s.title) for s in clusterer.stories}
    for story_id, state in before.items():
        if story_id != joined:
            assert after[story_id] == state
    assert after[joined][0] == before[joined][0] + ["quake-en"]


QUAKE_AR2 = news("quake-ar2", "تسونامي يهدد سواحل كيوشو بعد زلزال اليابان",
                 "أصدرت السلطات اليابانية تحذيراً من أمواج تسونامي على سواحل جزيرة كيوشو بعد زلزال بقوة 7.1 درجات "
                 "ضرب جنوب اليابان صباح السبت، وقالت وكالة الأرصاد اليابانية إن مركز الزلزال كان على عمق 30 "
                 "كيلومتراً.", day="2024-03-03")


def test_a_report_matching_two_stories_of_one_happening_makes_them_one():
    clusterer = StoryClusterer()
    clusterer.add(QUAKE_AR)
    clusterer.config.threshold = 2.0  # nothing joins: the English report starts a second story
    clusterer.add(QUAKE_EN)
    clusterer.config.threshold = StoryClusterer().config.threshold
    assert clusterer.story_of("quake-ar") != clusterer.story_of("quake-en")
    older = clusterer.story_of("quake-ar")
    newer = clusterer.story_of("quake-en")
    clusterer.add(QUAKE_AR2)
    assert clusterer.story_of("quake-ar") == clusterer.story_of("quake-en") == clusterer.story_of("quake-ar2") == older
    assert clusterer.removed == {newer} and clusterer.touched == {older}
    (story,) = clusterer.stories
    assert story.article_ids == ["quake-ar", "quake-en", "quake-ar2"]
    resumed = StoryClusterer.from_state(clusterer.to_state())
    assert resumed.add(RATES_EN) not in {older, newer}  # the merged-away story is gone from the candidates too


def test_state_round_trip_resumes_the_stream():
    clusterer = StoryClusterer()
    clusterer.add_many([QUAKE_AR, RATES_EN])
    resumed = StoryClusterer.from_state(clusterer.to_state())
    assert resumed.add(QUAKE_EN) == clusterer.story_of("quake-ar")
    assert [s.article_ids for s in resumed.stories][0] == ["quake-ar", "quake-en"]


def test_old_story_needs_a_strong_match():
    clusterer = StoryClusterer()
    first = clusterer.add(RATES_EN)
    later = news("rates-later", "Brazil's central bank raises interest rates", RATES_EN.text, day="2024-09-02")
    assert clusterer.add(later) == first  # the same report months later is a strong match
    weak = news("weak", "Central banks and inflation",
                "Inflation in food prices worries several central banks in South America this autumn.", day="2024-12-01")
    assert clusterer.add(weak) != first


def test_url_first_line_is_stripped_like_a_cleaner_would():
    assert strip_url_line("http : / / www . example . com / a / b\nTitle here") == "Title here"
    assert strip_url_line("Title mentions http here\nbody") == "Title mentions http here\nbody"


def test_entity_signal_is_silent_without_links_and_counts_shared_entities_with_them():
    from rasid.model import Mention
    from rasid.stories.features import extract
    from rasid.stories.signals import EntitySignal

    signal = EntitySignal()
    clusterer = StoryClusterer()
    story_id = clusterer.add(QUAKE_AR)
    story = clusterer._stories[story_id]
    assert signal.score(extract(QUAKE_EN), story) is None  # no entity links yet: no opinion
    linked = news("linked", QUAKE_EN.title, QUAKE_EN.text)
    linked.mentions = [Mention(0, 5, "Japan", "LOC", "Q17"), Mention(6, 12, "Kyushu", "LOC", "Q13987")]
    story.entity_counts["Q17"] = 1
    assert signal.score(extract(linked), story) == 0.5


def test_the_batch_matrix_scores_every_pair_as_the_signals_do(monkeypatch):
    """The day's articles are grouped on one matrix of pairwise scores; it must say what the
    signals say pair by pair (the same silences when a side has no names or no date)."""
    import numpy as np

    from rasid.stories import pairwise
    from rasid.stories.features import extract
    from rasid.stories.pairwise import pair_score, similarity_matrix
    from rasid.stories.prefetch import embed_leads

    monkeypatch.setattr(pairwise, "SMALL", 0)  # the matrix path even for four articles

    clusterer = StoryClusterer()
    features = [extract(a) for a in (QUAKE_AR, QUAKE_EN, RATES_EN, FOOTBALL_AR)]
    embed_leads(features)
    for f in features:
        clusterer.idf.add(f.terms)
        clusterer.specifics_idf.add(f.specific_counts)
    features = [clusterer.weigh(f) for f in features]
    matrix = similarity_matrix(clusterer.config.signals, features)
    for i in range(len(features)):
        for j in range(len(features)):
            if i != j:
                assert np.isclose(matrix[i, j], pair_score(clusterer.config.signals, features[i], features[j]), atol=1e-6)


def test_the_two_lead_signals_read_one_lead_matrix_unweighted(monkeypatch):
    """LeadSignal and LeadGapSignal share one lead-cosine matrix: weighing the first must not
    scale what the second reads (an in-place weighting once did), in either order."""
    import numpy as np

    from rasid.stories import pairwise
    from rasid.stories.features import extract
    from rasid.stories.pairwise import pair_score, similarity_matrix
    from rasid.stories.signals import LeadGapSignal, LeadSignal

    monkeypatch.setattr(pairwise, "SMALL", 0)
    clusterer = StoryClusterer()
    features = [extract(a) for a in (QUAKE_AR, QUAKE_AR2, FOOTBALL_AR)]
    for f in features:
        clusterer.idf.add(f.terms)
        clusterer.specifics_idf.add(f.specific_counts)
    features = [clusterer.weigh(f) for f in features]
    # A floor over the quake reports' lead cosine, so the gap's value is not capped at 1.
    assert 0 < pair_score([LeadSignal()], features[0], features[1]) < 0.9
    for signals in ([LeadSignal(), LeadGapSignal(floor=0.9)], [LeadGapSignal(floor=0.9), LeadSignal()]):
        matrix = similarity_matrix(signals, features)
        for i in range(3):
            for j in range(3):
                if i != j:
                    assert np.isclose(matrix[i, j], pair_score(signals, features[i], features[j]), atol=1e-6)


def test_headlines_naming_different_subjects_take_away():
    """Two reports of one kind about different places: the election centres of two towns.
    Their headlines' names differ, so the conflict signal takes away."""
    from rasid.model import Mention
    from rasid.stories.features import extract
    from rasid.stories.signals import TitleConflictSignal

    def centres(aid, place, number):
        body = f"أنهت اللجنة المحلية للانتخابات البلدية في منطقة {place} استعداداتها للانتخابات في دورتها الثالثة عبر تجهيز {number} مركزا انتخابيا."
        article = news(aid, f"اللجنة المحلية للانتخابات في {place} تجهز {number} مركزا", body, "2015-08-03")
        at = body.index(place)
        article.mentions = [Mention(at, at + len(place), place, "LOC")]
        return article

    clusterer = StoryClusterer()
    umluj = clusterer.weigh(extract(centres("u", "أملج", 31)))
    story = clusterer._stories[clusterer.add(centres("d", "ضباء", 31))]
    assert umluj.title_names and TitleConflictSignal().score(umluj, story) == 0.0
    again = clusterer.weigh(extract(centres("d2", "ضباء", 31)))
    assert TitleConflictSignal().score(again, story) == 1.0


def test_a_place_classifier_in_the_mention_is_no_shared_subject():
    """NER takes «محافظة» into the mention «محافظة الطائف»; two governorates' rain reports must
    not share it as their headlines' subject (read on SaudiNewsNet 2015-08-10/11), while the
    same governorate's two reports still share its name."""
    from rasid.stories.features import extract
    from rasid.stories.signals import TitleConflictSignal

    def rain(aid, place):
        body = f"هطلت أمطار متوسطة على محافظة {place} مساء أمس، وجرت السيول في عدد من الأودية."
        return _placed(aid, f"أمطار على محافظة {place}", body, "2015-08-10", (f"محافظة {place}",))

    clusterer = StoryClusterer()
    taif = clusterer.weigh(extract(rain("t", "الطائف")))
    assert taif.title_names and not any(name.startswith("محافظ") for name in taif.title_names)
    story = clusterer._stories[clusterer.add(rain("u", "أملج"))]
    assert TitleConflictSignal().score(taif, story) == 0.0
    again = clusterer.weigh(extract(rain("u2", "أملج")))
    assert TitleConflictSignal().score(again, story) == 1.0


def test_the_word_joining_a_persons_names_is_no_shared_subject():
    """«بن» is in every prince's name: two princes' receptions must not share it as their
    headlines' subject, while one prince's two reports still share his name."""
    from rasid.model import Mention
    from rasid.stories.features import extract
    from rasid.stories.signals import TitleConflictSignal

    def reception(aid, prince, guest):
        title = f"الأمير {prince} يستقبل {guest}"
        body = f"استقبل صاحب السمو الأمير {prince} في مكتبه أمس {guest} واطلع على برامجهم."
        article = news(aid, title, body, "2015-08-10")
        at = body.index(prince)
        article.mentions = [Mention(at, at + len(prince), prince, "PERS")]
        return article

    clusterer = StoryClusterer()
    faisal = clusterer.weigh(extract(reception("f", "فيصل بن خالد", "وفد الجمعية الخيرية")))
    assert faisal.title_names and "بن" not in faisal.title_names
    story = clusterer._stories[clusterer.add(reception("s", "سعود بن نايف", "رئيس فرع الإفتاء"))]
    assert TitleConflictSignal().score(faisal, story) == 0.0
    again = clusterer.weigh(extract(reception("s2", "سعود بن نايف", "مدير الجوازات")))
    assert TitleConflictSignal().score(again, story) == 1.0


def _placed(aid: str, title: str, body: str, day: str, places: tuple[str, ...]) -> Article:
    from rasid.model import Mention

    article = news(aid, title, body, day)
    article.mentions = [Mention(body.index(p), body.index(p) + len(p), p, "LOC") for p in places]
    return article


AL_ANAD = [
    _placed("anad-1", "المقاومة الشعبية تسيطر على قاعدة العند الجوية في لحج",
            "سيطرت المقاومة الشعبية بدعم من طيران التحالف على قاعدة العند الجوية في محافظة لحج بعد معارك عنيفة "
            "مع الحوثيين استمرت ساعات.", "2015-08-03", ("العند", "لحج")),
    _placed("anad-2", "القبض على ضابط إيراني في قاعدة العند",
            "أعلنت المقاومة الشعبية القبض على ضابط إيراني داخل قاعدة العند الجوية بعد فرار الحوثيين منها، وقالت "
            "إنه كان يدير عمليات زرع الألغام.", "2015-08-03", ("العند",)),
    _placed("anad-3", "قوات التحالف تؤمن عدن بعد تحرير قاعدة العند",
            "بعد تحرير قاعدة العند الجوية انتشر مئات من جنود التحالف في عدن لتأمين المدينة ومينائها، وقال مصدر "
            "عسكري إن الانتشار يهدف إلى حماية المنشآت.", "2015-08-03", ("العند", "عدن")),
]


def test_a_report_sharing_a_place_with_one_member_does_not_join_the_story():
    """The battle for Al-Anad; one of its reports also mentions Aden.  A report on an aid ship in
    Aden the next day shares that member's place and wording, nothing with the story's core: it
    starts its own story (joined against the story's sums, it chained in through that member).
    A report of the battle itself the next day still joins."""
    clusterer = StoryClusterer()
    (story,) = set(clusterer.add_many(AL_ANAD))
    aid_ship = _placed("aden-aid", "وصول سفينة إغاثة إلى ميناء عدن",
                       "انتشر جنود التحالف في ميناء عدن لتأمين وصول سفينة تحمل مساعدات غذائية وطبية، وقال مصدر "
                       "عسكري إن الانتشار يهدف إلى حماية المنشآت خلال تفريغ الحمولة.", "2015-08-04", ("عدن",))
    follow_up = _placed("anad-4", "فرار قادة الحوثيين من قاعدة العند بعد سيطرة المقاومة الشعبية",
                        "فر قادة الحوثيين من قاعدة العند الجوية في لحج بعد أن سيطرت عليها المقاومة الشعبية بدعم "
                        "من طيران التحالف، وعثرت المقاومة على مخازن ألغام داخل القاعدة.", "2015-08-04",
                        ("العند", "لحج"))
    assert clusterer.add(aid_ship) != story
    assert clusterer.add(follow_up) == story
