"""What an analyst met in the entity list of one SaudiNewsNet day (2015-07-21, issue 11), end to end
through ``rasid run`` on pages written the way those outlets write: clubs of two countries under one
name, a country split over its names, the eurozone merged with its currency, and outlets' credit lines
on top of the list."""

from __future__ import annotations

import json

import pytest

SAUDI_CLUB = ("جدة - سبق\nأعلن نادي الأهلي السعودي تعاقده مع لاعب برازيلي لمدة موسمين، استعدادا لدوري "
              "المحترفين السعودي. وقال رئيس الأهلي إن الفريق سيغادر جدة الأسبوع المقبل إلى معسكره الخارجي.")
EGYPTIAN_CLUB = ("القاهرة - وكالات\nفاز الأهلي المصري على الزمالك بهدفين في الدوري المصري أمس، وبات الأهلي "
                 "قريبا من اللقب بعد أن ابتعد عن منافسه في القاهرة بفارق خمس نقاط، وفق ما أعلن اتحاد الكرة في مصر.")
COUNTRY = ("واشنطن - رويترز\nقالت الولايات المتحدة الأمريكية إنها ستواصل دعم الحكومة اليمنية، وأكد مسؤول أن "
           "أميركا لن تتخلى عن حلفائها في الخليج، فيما رحبت الولايات المتحدة بالاتفاق النووي مع إيران.")
EUROZONE = ("لندن - رويترز\nتراجع اليورو أمام الدولار اليوم، بعد أن أظهرت بيانات أن النمو في منطقة اليورو "
            "تباطأ في الربع الثاني، وقال محللون إن اليورو قد يواصل التراجع إذا لم تتحسن أوضاع منطقة اليورو.")


def _records() -> list[dict]:
    records = [
        {"source": "sabq", "url": "http://example.sabq/club", "date_extracted": "2015-07-21 09:00:00",
         "title": "الأهلي يتعاقد مع برازيلي", "content": SAUDI_CLUB},
        {"source": "aawsat", "url": "http://example.aawsat/club", "date_extracted": "2015-07-21 10:00:00",
         "title": "الأهلي يهزم الزمالك", "content": EGYPTIAN_CLUB},
        {"source": "aawsat", "url": "http://example.aawsat/us", "date_extracted": "2015-07-21 11:00:00",
         "title": "واشنطن تدعم اليمن", "content": COUNTRY},
        {"source": "aleqtisadiya", "url": "http://example.aleqtisadiya/euro", "date_extracted": "2015-07-21 12:00:00",
         "title": "اليورو يتراجع", "content": EUROZONE},
    ]
    # An outlet crediting itself under each of its articles, as alweeam does («رابط الخبر بصحيفة الوئام»),
    # beside other outlets' news naming a city now and then.
    districts = ("النسيم", "الملز", "العليا", "السليمانية", "الروضة", "النخيل")
    roads = ("طريق المدينة", "شارع فلسطين", "طريق الملك", "شارع التحلية", "طريق الحرمين", "شارع صاري")
    for i in range(24):
        records.append({"source": "alweeam", "url": f"http://example.alweeam/{i}",
                        "date_extracted": "2015-07-21 13:00:00", "title": f"خبر محلي {i}",
                        "content": f"الرياض - الوئام\nافتتح أمين منطقة الرياض المشروع رقم {i + 1} في حي {districts[i % 6]}، "
                                   f"وقال إن العمل سينتهي خلال {i + 2} أشهر. رابط الخبر بصحيفة الوئام: خبر محلي {i}"})
        records.append({"source": "okaz", "url": f"http://example.okaz/{i}",
                        "date_extracted": "2015-07-21 14:00:00", "title": f"جدة {i}",
                        "content": f"جدة - عكاظ\nأعلنت الأمانة إغلاق {roads[i % 6]} للصيانة لمدة {i + 3} أيام، "
                                   "وقال مدير الطرق إن البدائل متاحة كما في الرياض."})
    return records


@pytest.fixture(scope="module")
def entities(tmp_path_factory):
    import os
    import subprocess
    import sys

    from conftest import ROOT

    folder = tmp_path_factory.mktemp("day")
    path = folder / "day.json"
    path.write_text(json.dumps(_records(), ensure_ascii=False), encoding="utf-8")
    db = folder / "rasid.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}

    def rasid(*args):
        result = subprocess.run([sys.executable, "-m", "rasid", *args, "--db", str(db)],
                                capture_output=True, text=True, env=env, timeout=400)
        assert result.returncode == 0, result.stderr
        return result.stdout

    rasid("run", str(path))
    return json.loads(rasid("entities", "--limit", "500", "--json"))


def _with_alias(entities, alias):
    return [e for e in entities if alias in e["aliases"]]


def test_clubs_of_two_countries_bearing_one_name_are_two_entities(entities):
    clubs = _with_alias(entities, "الأهلي")
    assert len(clubs) == 2
    egyptian = next(e for e in clubs if e["name"].endswith("(مصر)"))
    saudi = next(e for e in clubs if e is not egyptian)
    # the outlets write from Saudi Arabia: their own country's club keeps the plain name
    assert saudi["name"] in ("الأهلي", "نادي الأهلي") and "(" not in saudi["name"]
    assert egyptian["articles"] == 1 and saudi["articles"] == 1


def test_a_country_under_its_full_style_and_its_other_names_is_one_entity(entities):
    us = _with_alias(entities, "الولايات المتحدة")
    assert len(us) == 1
    assert {"الولايات المتحدة الأمريكية", "أميركا"} <= set(us[0]["aliases"])


def test_the_eurozone_is_not_the_currency(entities):
    zone = _with_alias(entities, "منطقة اليورو")
    assert zone and all("اليورو" not in e["aliases"] for e in zone)


def test_an_outlets_credit_lines_do_not_rank_it_above_the_news(entities):
    by_name = {e["name"]: e for e in entities}
    outlet = next(e for e in entities if "الوئام" in e["aliases"] or "صحيفة الوئام" in e["aliases"])
    assert outlet["articles"] >= 24  # still listed, with every article naming it
    riyadh = next(e for e in entities if "الرياض" in e["aliases"])
    assert outlet["salience"] < riyadh["salience"]
    assert "جدة" in by_name or _with_alias(entities, "جدة")
