"""English names by shape (no English model ships): spans exact, types from cues."""

from rasid.entities.ner.rules import tag_by_shape

TEXT = ("PYONGYANG (AP) — Russian President Vladimir Putin arrived in North Korea early Wednesday, where he was "
        "greeted by leader Kim Jong Un. The Ministry of Foreign Affairs said Moscow and Pyongyang signed a deal. "
        "White House spokesman John Kirby said the United States is concerned, and Putin left.")


def test_capitalised_runs_become_typed_mentions_with_exact_offsets():
    mentions = tag_by_shape(TEXT, "en")
    found = {(m.text, m.type) for m in mentions}
    assert {("Vladimir Putin", "PERS"), ("Kim Jong Un", "PERS"), ("North Korea", "LOC"), ("Moscow", "LOC"),
            ("Pyongyang", "LOC"), ("Ministry of Foreign Affairs", "ORG"), ("White House", "ORG"),
            ("John Kirby", "PERS"), ("Putin", "PERS")} <= found
    assert all(TEXT[m.start:m.end] == m.text for m in mentions)


def test_adjectives_weekdays_and_sentence_openers_are_not_names():
    texts = {m.text for m in tag_by_shape(TEXT, "en")}
    assert not {"Russian", "Wednesday", "The", "President"} & texts
    assert "Moscow and Pyongyang" not in texts


def test_languages_without_rules_get_nothing():
    assert tag_by_shape("بوتين في موسكو", "ar") == []
