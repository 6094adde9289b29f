"""The second NER pass's view of a text: what the first pass said about the same words nearby."""

from __future__ import annotations

from rasid.entities.ner.consistency import context_features, token_types


def test_token_types_follow_conlleval_reading_of_bio():
    assert token_types(["B-ORG", "I-ORG", "O", "I-PERS"]) == ["ORG", "ORG", "O", "PERS"]


def test_a_name_tagged_elsewhere_in_the_text_marks_its_missed_mentions():
    stems = [["بنك", "تجاري", "قرر"], ["قال", "بنك", "تجاري"], ["وصل", "زيد"]]
    tags = [["B-ORG", "I-ORG", "O"], ["O", "O", "O"], ["O", "O"]]
    feats = context_features(stems, tags, window=5)
    # The second sentence missed the bank; the first sentence's label reaches it.
    assert "de=B-ORG" in feats[1][1] and "de=I-ORG" in feats[1][2]
    assert "dw=ORG" in feats[1][1]
    # The sentence's own labels are given as such, never counted as evidence from elsewhere.
    assert "s1=B-ORG" in feats[0][0]
    assert not any(f.startswith(("de=", "dw=")) for f in feats[2][1])


def test_labels_beyond_the_window_are_not_seen():
    stems = [["زيد"], ["قال"], ["قال"], ["زيد"]]
    tags = [["B-PERS"], ["O"], ["O"], ["O"]]
    assert "dw=PERS" in context_features(stems, tags, window=3)[3][0]
    assert not any(f.startswith(("de=", "dw=")) for f in context_features(stems, tags, window=2)[3][0])
