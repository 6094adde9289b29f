"""Name spans after the span repairs (the NER step the pipeline runs): bodies a state has one of are
named by its adjective, other bodies so written are descriptions."""

from __future__ import annotations

from rasid.entities.ner.step import TagInBatches
from rasid.model import Article


def _names(text: str) -> list[tuple[str, str]]:
    (article,) = TagInBatches()([Article(origin="t", raw_text=text, text=text, language="ar")])
    return [(m.text, m.type) for m in article.mentions if m.type != "MISC"]


def test_a_nations_police_customs_and_authority_are_organisations():
    names = _names("اشتبك فلسطينيون ملثمون مع الشرطة الإسرائيلية، وتوترت العلاقات بين حماس والسلطة الفلسطينية. "
                   "وضبط رجال الجمارك السعودية كمية من المخدرات.")
    assert ("الشرطة الإسرائيلية", "ORG") in names
    assert ("والسلطة الفلسطينية", "ORG") in names
    assert ("الجمارك السعودية", "ORG") in names


def test_a_government_or_forces_described_by_a_nationality_are_no_names():
    names = [n for n, _ in _names("وقالت الحكومة اليمنية إن القوات الأمنية انتشرت في المدينة.")]
    assert not any(n.endswith("الحكومة اليمنية") or n.endswith("القوات الأمنية") for n in names)


def test_the_islamic_state_is_an_organisation():
    assert ("تنظيم الدولة الإسلامية", "ORG") in _names("شنت طائرات هجمات على متشددي تنظيم الدولة الإسلامية في شمال سوريا.")
