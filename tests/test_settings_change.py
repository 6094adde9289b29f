"""A changed NER model (or engine) is noticed, and exactly the articles it affects are redone,
with the stories and entities built from them; nothing else is."""

from __future__ import annotations

import re
import shutil

from test_seeds_end_to_end import ENGLISH_PAGE


def _enriched(result) -> int:
    return int(re.search(r"enriched (\d+) articles", result.stderr).group(1))


def test_a_new_model_for_one_language_redoes_that_language_only(rasid, seeds, tmp_path):
    from rasid.entities.ner.tagger import MODELS_DIR

    page = tmp_path / "putin.html"
    page.write_text(ENGLISH_PAGE, encoding="utf-8")
    first = rasid("run", str(seeds), str(page))
    assert first.returncode == 0, first.stderr
    assert _enriched(first) == 6
    assert _enriched(rasid("run", str(seeds), str(page))) == 0

    english_model = tmp_path / "english-model"
    shutil.copytree(MODELS_DIR / "ar", english_model)  # any rasid model folder will do
    env = {"RASID_NER_MODEL_EN": str(english_model)}
    switched = rasid("run", str(seeds), str(page), env=env)
    assert switched.returncode == 0, switched.stderr
    assert _enriched(switched) == 1  # the English page, not the five Arabic ones
    assert "(0 articles linked or relinked)" not in switched.stderr  # its names were linked again
    assert "(1 stories changed" in switched.stderr  # and its story rebuilt from the new mentions
    assert _enriched(rasid("run", str(seeds), str(page), env=env)) == 0

    (english_model / "README").write_text("retrained", encoding="utf-8")  # the folder's content changed
    assert _enriched(rasid("run", str(seeds), str(page), env=env)) == 1
    # Back to no English model: the English page is tagged by the shape rules again.
    assert _enriched(rasid("run", str(seeds), str(page))) == 1


def test_another_engine_for_arabic_redoes_the_arabic_articles(rasid, seeds):
    assert _enriched(rasid("run", str(seeds))) == 5
    neural = rasid("run", str(seeds), env={"RASID_NER_ENGINE": "neural"})
    assert neural.returncode == 0, neural.stderr
    assert _enriched(neural) == 5
    assert _enriched(rasid("run", str(seeds), env={"RASID_NER_ENGINE": "neural"})) == 0
