"""The junk an analyst met in rasid's entities and quotes on SaudiNewsNet (issue 11), end to end
through ``rasid run`` on pages written the way those outlets write."""

from __future__ import annotations

import json

import pytest

RECORDS = [
    {"source": "okaz", "url": "http://example.okaz/1", "date_extracted": "2015-07-25 10:00:00",
     "title": "هادي يعود إلى عدن",
     "content": "عدن - وكالات\nقال وزير الخارجية اليمني رياض ياسين إن الرئيس عبد ربه منصور هادي سيعود إلى عدن "
                "قريبا، مشيرا إلى أن ميليشيات الحوثي تتراجع في كل الجبهات. وأضاف أن إيران قدمت الدعم لعبد الملك "
                "الحوثي طوال الأشهر الماضية. وأكد هادي أن الحكومة ستدفع رواتب الموظفين بقيمة 200 مليون ريال، بما "
                "يعادل 53 مليون دولار. والحمد لله على نعمة الأمن والاستقرار."},
    {"source": "aawsat", "url": "http://example.aawsat/2", "date_extracted": "2015-07-25 11:00:00",
     "title": "كيري قلق",
     "content": "واشنطن - رويترز\nأعرب كيري عن قلقه من التطورات الأخيرة، قائلا إن الحل في اليمن سياسي وليس "
                "عسكريا. وقال وزير الخارجية الأمريكي جون كيري للصحفيين إن بلاده تدعم الحكومة الشرعية. ونقلت صحيفة "
                "الشرق الأوسط عن مصادر دبلوماسية قولها إن الوضع في منطقة الشرق الأوسط يتجه إلى التهدئة، وإن الشرق "
                "الأوسط لن يشهد حربا جديدة."},
    {"source": "alriyadh", "url": "http://example.alriyadh/3", "date_extracted": "2015-07-25 12:00:00",
     "title": "جولة خليجية",
     "content": "الرياض - واس\nوصل الوفد السعودي إلى العاصمة العمانية مسقط أمس، والتقى كبار المسؤولين في سلطنة "
                "عمان لبحث الأوضاع في اليمن. ثم غادر الوفد إلى العاصمة الأردنية عمان للقاء المسؤولين في الأردن، حيث "
                "أكد رئيس الوفد أن المملكة حريصة على أمن المنطقة."},
]


@pytest.fixture(scope="module")
def ran(tmp_path_factory):
    import os
    import subprocess
    import sys

    from conftest import ROOT

    folder = tmp_path_factory.mktemp("news")
    path = folder / "day.json"
    path.write_text(json.dumps(RECORDS, ensure_ascii=False), encoding="utf-8")
    db = folder / "rasid.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}

    def rasid(*args):
        result = subprocess.run([sys.executable, "-m", "rasid", *args, "--db", str(db)],
                                capture_output=True, text=True, env=env, timeout=240)
        assert result.returncode == 0, result.stderr
        return result.stdout

    rasid("run", str(path))
    return rasid


def test_formulas_currencies_and_connectors_are_no_entities(ran):
    entities = json.loads(ran("entities", "--limit", "500", "--json"))
    aliases = {alias for e in entities for alias in e["aliases"]}
    for junk in ("الله", "لله", "ريال", "دولار", "لعبد", "عبد"):
        assert junk not in aliases, junk
    assert not any(e["name"] in ("الله", "ريال", "دولار") for e in entities)


def test_a_newspaper_named_after_a_region_is_not_the_region(ran):
    entities = json.loads(ran("entities", "--limit", "500", "--json"))
    named = [e for e in entities if "الشرق الأوسط" in e["aliases"]]
    assert sorted(e["type"] for e in named) == ["LOC", "ORG"]
    region = next(e for e in named if e["type"] == "LOC")
    assert "منطقة الشرق الأوسط" in region["aliases"]


def test_oman_and_amman_are_two_places_told_apart_by_their_article(ran):
    entities = json.loads(ran("entities", "--limit", "500", "--json"))
    places = {e["name"]: e for e in entities if e["type"] == "LOC"}
    oman, amman = places["سلطنة عمان"], places["عمّان"]
    assert oman["id"] != amman["id"]
    assert "عمان" in amman["aliases"] and "سلطنة عمان" in oman["aliases"]


def test_speakers_are_names_never_verbs_or_participles(ran):
    quotes = json.loads(ran("quotes", "--json"))
    speakers = {q["speaker"] for q in quotes}
    assert not speakers & {"أعرب كيري", "قائلا", "هدفنا", "أعرب"}
    carried = next(q for q in quotes if q["text"].startswith("الحل في اليمن سياسي"))
    assert carried["speaker"] == "كيري"  # «قائلا» carries the subject of «أعرب كيري»
    assert "رياض ياسين" in speakers and "جون كيري" in speakers
