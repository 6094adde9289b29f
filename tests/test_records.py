"""The one codec for derived records: round trips, old data, new fields, and the export's labels."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from rasid import records
from rasid.model import Citation, CopyGroup, Entity, Event, Story, SummarySentence, TimelineEntry


def _story() -> Story:
    citation = Citation("a1", 0, 12)
    return Story(id="s1", title="قمة", article_ids=["a1", "a2"], size=2, outlets=["x", "y"],
                 events=[Event("e1", "s1", "القمة", ["a1"], "2023-09-13", "2023-09-13")],
                 timeline=[TimelineEntry("2023-09-13", "القمة", citation, [citation, Citation("a2", 5, 9)], ["x"], 0.5)],
                 summary=[SummarySentence("جملة", "a1", 0, 12, [citation], 1.5, 0)])


def test_records_round_trip_through_json_unchanged():
    for record in (_story(), Entity("p1", "بوتين", "PERS", {"بوتين": 3}, ["a1"], ["s1"], 4.2),
                   CopyGroup("g1", "a1", {"a1": "original", "a2": "identical"})):
        data = json.loads(json.dumps(records.to_data(record), ensure_ascii=False))
        assert records.from_data(type(record), data) == record
    # Citations keep the documented export form: [article_id, start, end]
    assert records.to_data(_story())["timeline"][0]["citation"] == ["a1", 0, 12]


def test_data_written_before_a_field_existed_reads_with_its_default_and_unknown_keys_are_ignored():
    old = {"id": "s1", "title": "قمة", "outlets": ["x"], "events": [], "timeline": [], "size": 1,
           "a_field_a_newer_rasid_wrote": {"anything": 1}}
    story = records.from_data(Story, old)
    assert story.summary == [] and story.article_ids == [] and story.title == "قمة"
    # The object form of a citation (what an API client might send back) reads too.
    entry = records.from_data(TimelineEntry, {"date": "2023-09-13", "description": "d",
                                              "citation": {"article_id": "a", "start": 1, "end": 2}})
    assert entry.citation == Citation("a", 1, 2)


def test_a_record_type_grown_with_a_defaulted_field_needs_no_codec_change():
    @dataclass
    class Grown:  # what issue-10/11 do to Event, Story and Entity: add fields with defaults
        id: str
        place: str | None = None
        participants: list[str] = field(default_factory=list)
        by_outlet: dict[str, list[Citation]] = field(default_factory=dict)

    grown = Grown("e1", "موسكو", ["بوتين"], {"x": [Citation("a", 0, 3)]})
    assert records.from_data(Grown, json.loads(json.dumps(records.to_data(grown)))) == grown
    assert records.from_data(Grown, {"id": "e1"}) == Grown("e1")


def test_records_are_stored_and_read_in_one_place_with_their_article_links(new_store):
    from rasid.model import Article

    store = new_store()
    store.add_articles([Article(origin=f"o{i}", raw_text="t", text="نص", id=f"a{i}", content_hash="h") for i in (1, 2)])
    records.save(store, [_story()])
    assert records.load(store, Story, "s1") == _story()
    assert records.load(store, Story, "s1", articles=False).article_ids == []
    assert [s.id for s in records.load_all(store, Story, article_id="a2")] == ["s1"]
    records.save(store, [CopyGroup("g1", "a1", {"a1": "original", "a2": "identical"})])
    assert [g.id for g in records.covering(store, CopyGroup, ["a2"])] == ["g1"]
    assert records.load(store, Story, "nope") is None


def test_jsonl_export_names_each_record_in_the_singular(rasid, tmp_path):
    from conftest import seeds_run_database

    db = seeds_run_database(tmp_path)
    types = {json.loads(line)["type"] for line in rasid("export", "--format", "jsonl", db=db).stdout.splitlines()}
    assert types == {"article", "quote", "copy_group", "story", "entity"} or types == {"article", "quote", "story", "entity"}
    assert "storie" not in types and "entitie" not in types
