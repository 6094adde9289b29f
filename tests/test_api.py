"""The REST API under /api/v1, through a real HTTP client against the app on the seeds."""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path
from urllib.parse import quote

import pytest

TOKEN = "test-token-for-writes"


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory):
    from conftest import seeds_database

    return seeds_database(tmp_path_factory.mktemp("api"))


def _client(db, **settings):
    from fastapi.testclient import TestClient

    from rasid.settings import Settings
    from rasid.web.app import create_app

    app = create_app(Settings.load(flags={"db": str(db), "token": TOKEN, "workers": 0, **settings}, environ={}))
    return TestClient(app)


@pytest.fixture(scope="module")
def api(seeded_db):
    with _client(seeded_db) as client:
        yield client


def _wait(api, job_id, timeout=180):
    deadline = time.time() + timeout
    while time.time() < deadline:
        job = api.get(f"/api/v1/jobs/{job_id}").json()
        if job["state"] in ("done", "failed"):
            return job
        time.sleep(0.3)
    raise AssertionError(f"job {job_id} did not finish: {job}")


def _texts(api):
    lines = api.get("/api/v1/export").text.splitlines()
    return {r["id"]: r["text"] for r in map(json.loads, lines) if r["type"] == "article"}


def test_story_with_its_briefing_every_citation_an_article_id_and_span(api):
    stories = api.get("/api/v1/stories").json()
    assert len(stories) == 1 and stories[0]["size"] == 5
    assert api.get("/api/v1/stories", params={"sort": "growth"}).status_code == 200
    story = api.get(f"/api/v1/stories/{stories[0]['id']}").json()
    texts = _texts(api)
    briefing = story["briefing"]
    for sentence in briefing["summary"]:
        assert texts[sentence["article_id"]][sentence["start"]:sentence["end"]] == sentence["text"]
    for entry in briefing["timeline"]:
        article_id, start, end = entry["citation"]
        assert texts[article_id][start:end] == entry["description"]
    for lines in briefing["quotes"].values():
        for line in lines:
            article_id, start, end = line["citation"]
            assert texts[article_id][start:end] == line["text"]
    assert briefing["contradictions"] and story["per_day"] and story["articles"]
    assert api.get(f"/api/v1/stories/{stories[0]['id']}/briefing").json()["summary"] == briefing["summary"]
    events = api.get("/api/v1/events", params={"story": stories[0]["id"]}).json()
    assert {"2023-09-13", "2023-09-15"} <= {e["date_start"] for e in events}


def test_articles_filtered_and_paged_by_cursor(api):
    seen, cursor = [], None
    while True:
        page = api.get("/api/v1/articles", params={"limit": 2, **({"cursor": cursor} if cursor else {})}).json()
        seen += [a["id"] for a in page["articles"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert len(seen) == len(set(seen)) == 5
    story_id = api.get("/api/v1/stories").json()[0]["id"]
    assert len(api.get("/api/v1/articles", params={"story": story_id}).json()["articles"]) == 5
    dated = api.get("/api/v1/articles", params={"date_from": "2024-01-01"}).json()["articles"]
    assert dated and all(a["published"] >= "2024-01-01" for a in dated)
    kim = api.get("/api/v1/entities", params={"type": "PERS", "limit": 200}).json()
    kim = next(e for e in kim if e["name"] == "كيم جونغ أون")
    assert len(api.get("/api/v1/articles", params={"entity": kim["id"]}).json()["articles"]) == kim["articles"]


def test_one_article_carries_everything_an_analyst_checks(api):
    article_id = api.get("/api/v1/articles").json()["articles"][0]["id"]
    view = api.get(f"/api/v1/articles/{article_id}").json()
    article = view["article"]
    assert article["text"] and article["removed"] and all(r["reason"] for r in article["removed"])
    for key in ("mentions", "timerefs", "quotes", "sentences", "meta", "published", "language"):
        assert key in article
    assert view["mentions"] and any(m["entity_name"] for m in view["mentions"])
    assert "copy_group" in view and view["story"]["id"]


def test_search_is_arabic_normalised_ranked_highlighted_and_faceted(api):
    found = api.get("/api/v1/search", params={"q": "بيونغيانغ"}).json()  # the joined spelling
    assert found["hits"] and found["total"] >= len(found["hits"])
    scores = [h["score"] for h in found["hits"]]
    assert scores == sorted(scores, reverse=True)
    assert all("**" in h["snippet"] for h in found["hits"])
    assert found["by_language"] == [{"key": "ar", "count": found["total"]}]
    assert sum(c["count"] for c in found["by_day"]) <= found["total"]
    for variant in ("أميركا", "أمريكا"):
        assert api.get("/api/v1/search", params={"q": variant}).json()["total"] >= 3
    days = api.get("/api/v1/counts", params={"q": "بوتين", "by": "day"}).json()
    assert days and all(len(c["key"]) == 10 for c in days)
    assert api.get("/api/v1/counts", params={"by": "outlet"}).json()[0]["count"] == 5


def test_entities_entity_and_quotes(api):
    listed = api.get("/api/v1/entities", params={"limit": 5}).json()
    assert len(listed) == 5 and "article_ids" not in listed[0]
    entity = api.get(f"/api/v1/entities/{listed[0]['id']}").json()
    assert entity["entity"]["aliases"] and entity["per_day"] and entity["co_occurring"]
    assert {"quotes_by", "quotes_about", "stories", "per_outlet"} <= set(entity)
    quotes = api.get("/api/v1/quotes", params={"speaker": "بيسكوف"}).json()
    assert len(quotes) >= 3 and all("بيسكوف" in q["speaker"] for q in quotes)


def test_export_streams_jsonl_with_singular_types(api):
    response = api.get("/api/v1/export")
    assert response.headers["content-type"].startswith("application/x-ndjson")
    types = [json.loads(line)["type"] for line in response.text.splitlines()]
    assert types.count("article") == 5 and "story" in types and "entity" in types


@pytest.mark.parametrize("path, status", [
    ("/api/v1/articles/0000000000000000", 404),
    ("/api/v1/stories/nope", 404),
    ("/api/v1/entities/nobody-at-all", 404),
    ("/api/v1/jobs/nope", 404),
    ("/api/v1/search", 422),  # q is required
    ("/api/v1/search?q=x&limit=0", 422),
    ("/api/v1/search?q=x&date_from=yesterday", 422),
    ("/api/v1/articles?cursor=garbage", 400),
    ("/api/v1/articles?story=a&entity=b", 400),
    ("/api/v1/counts?by=week", 422),
    ("/api/v1/stories?sort=loudest", 422),
    ("/api/v1/entities?type=ANIMAL", 422),
    ("/api/v1/nothing-here", 404),
])
def test_errors_are_json_with_the_right_status(api, path, status):
    response = api.get(path)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    assert response.json()["error"]


HOSTILE = ["'", '"', "%", "_", "\\", "../../etc/passwd", "%2e%2e%2f", "\x00", "a" * 5000, "بوتين\u202e",
           "<script>", "' OR 1=1 --", "NEAR(a b)", '"unbalanced', "*", "(", "-", "^", ":", "😀", "\ud7ff"]


def test_no_user_input_causes_a_server_error(api):
    for value in HOSTILE:
        for path, params in [("/api/v1/search", {"q": value}), ("/api/v1/counts", {"q": value}),
                             ("/api/v1/articles", {"outlet": value, "cursor": value}),
                             ("/api/v1/quotes", {"speaker": value}), ("/api/v1/entities", {"story": value}),
                             ("/api/v1/stories", {"since": value}), ("/api/v1/events", {"story": value})]:
            response = api.get(path, params=params)
            assert response.status_code < 500, (path, value, response.text)
        for path in ("/api/v1/articles/", "/api/v1/stories/", "/api/v1/entities/", "/api/v1/jobs/", "/story/",
                     "/article/", "/entity/", "/static/"):
            response = api.get(path + quote(value.encode("utf-8", "surrogatepass"), safe=""))
            assert response.status_code < 500, (path, value, response.text)


def test_every_response_carries_a_policy_against_inline_script(api):
    policy = api.get("/api/v1/stories").headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert api.get("/").headers["x-content-type-options"] == "nosniff"


def test_openapi_describes_every_route_and_its_docs_page_needs_no_cdn(api):
    schema = api.get("/api/v1/openapi.json").json()
    for path in ("/api/v1/articles", "/api/v1/articles/{article_id}", "/api/v1/search", "/api/v1/counts",
                 "/api/v1/stories", "/api/v1/stories/{story_id}", "/api/v1/events", "/api/v1/entities",
                 "/api/v1/entities/{entity_id}", "/api/v1/quotes", "/api/v1/export", "/api/v1/ingest",
                 "/api/v1/jobs/{job_id}"):
        assert path in schema["paths"], path
    docs = api.get("/api/v1/docs")
    assert docs.status_code == 200 and "/api/v1/search" in docs.text
    assert "cdn" not in docs.text.lower() and "http" not in docs.text.split("<body", 1)[1].replace("http://testserver", "")


def test_writes_need_the_token(api, seeds):
    page = (seeds / "000_3f40048d4173b7d0.txt").read_bytes()
    assert api.post("/api/v1/ingest", files={"files": ("a.txt", page)}).status_code == 401
    wrong = api.post("/api/v1/ingest", files={"files": ("a.txt", page)}, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.json()["error"]


def test_uploaded_files_are_ingested_in_the_background_and_a_bad_one_gets_the_cli_reason(api, rasid, tmp_path):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    page = ("وكالات - أعلنت وزارة الخارجية اليوم أن وزير الخارجية سيزور القاهرة الأسبوع المقبل لبحث "
            "العلاقات الثنائية وقضايا المنطقة مع نظيره المصري، وقال المتحدث إن الزيارة تستمر يومين.")
    binary = b"\x89PNG\r\n\x1a\n" + bytes(200)
    assert api.get("/api/v1/search", params={"q": "القاهرة"}).json()["total"] == 0  # (and now kept in the cache)
    response = api.post("/api/v1/ingest", headers=auth,
                        files=[("files", ("cairo.txt", page.encode())), ("files", ("picture.txt", binary))])
    assert response.status_code == 202, response.text
    job = _wait(api, response.json()["id"])
    assert job["state"] == "done" and job["ingested"] == 1 and len(job["article_ids"]) == 1
    [failure] = job["failed"]
    assert failure["origin"] == "upload:picture.txt"
    (tmp_path / "picture.txt").write_bytes(binary)
    cli = rasid("ingest", str(tmp_path / "picture.txt"), db=tmp_path / "other.db")
    assert cli.stderr.splitlines()[0].endswith(f": {failure['problem']}")  # the same one-line reason
    article = api.get(f"/api/v1/articles/{job['article_ids'][0]}").json()["article"]
    assert article["origin"] == "upload:cairo.txt" and "القاهرة" in article["text"]
    assert api.get("/api/v1/search", params={"q": "القاهرة"}).json()["total"] == 1  # no stale answer
    again = _wait(api, api.post("/api/v1/ingest", headers=auth, files={"files": ("cairo.txt", page.encode())}).json()["id"])
    assert again["ingested"] == 0 and again["already_present"] == 1  # the same upload adds nothing


def test_json_documents_are_ingested_too(api):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    documents = [{"url": "https://example.org/news/1", "title": "Talks in Riyadh", "source": "example",
                  "date_extracted": "2024-06-20", "content": "RIYADH - Ministers met on Thursday to discuss "
                  "trade, officials said. The talks will continue next week, the ministry said."}]
    response = api.post("/api/v1/ingest", headers=auth, json=documents)
    assert response.status_code == 202
    job = _wait(api, response.json()["id"])
    assert job["state"] == "done" and job["ingested"] == 1
    english = api.get(f"/api/v1/articles/{job['article_ids'][0]}").json()["article"]
    assert english["url"] == "https://example.org/news/1" and english["language"] == "en"
    bad = api.post("/api/v1/ingest", headers={**auth, "Content-Type": "application/json"}, content=b"{not json")
    assert bad.status_code == 400 and "not valid JSON" in bad.json()["error"]
    assert api.post("/api/v1/ingest", headers=auth, json={"documents": []}).status_code == 400


def test_uploads_over_the_cap_are_refused(seeded_db):
    with _client(seeded_db, upload_limit_mb=1) as small:
        response = small.post("/api/v1/ingest", headers={"Authorization": f"Bearer {TOKEN}"},
                              files={"files": ("big.txt", b"x" * 1_200_000)})
        assert response.status_code == 413 and "limit" in response.json()["error"]


def test_reads_can_need_the_token_too(seeded_db):
    with _client(seeded_db, protect_reads=True) as guarded:
        assert guarded.get("/api/v1/stories").status_code == 401
        assert guarded.get("/api/v1/stories", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
        login = guarded.get("/", follow_redirects=False)
        assert login.status_code == 303 and login.headers["location"].startswith("/login")
        signed = guarded.post("/login", data={"token": TOKEN, "next": "/stories"}, follow_redirects=False)
        assert signed.status_code == 303 and signed.headers["location"] == "/stories"
        assert guarded.get("/stories").status_code == 200  # the cookie the login set
        assert guarded.post("/login", data={"token": "wrong", "next": "//evil.example"}).status_code == 401


def test_a_job_runs_its_steps_in_worker_processes(seeded_db):
    # The job is a process of its own; its executor starts worker processes under it.
    with _client(seeded_db, workers=1) as pooled:
        documents = [{"url": "https://example.org/news/2", "title": "Port reopens", "source": "example",
                      "date_extracted": "2024-06-21", "content": "JEDDAH - The port reopened on Friday after "
                      "repairs, the authority said. Ships began unloading cargo within hours."}]
        response = pooled.post("/api/v1/ingest", headers={"Authorization": f"Bearer {TOKEN}"}, json=documents)
        job = _wait(pooled, response.json()["id"])
        assert job["state"] == "done", job
        assert job["ingested"] == 1 and any(line.startswith("enriched 1") for line in job["stages"])


def test_api_answers_are_the_record_codec_s_data(api, seeded_db):
    import rasid
    from rasid.records import to_data

    story_id = api.get("/api/v1/stories").json()[0]["id"]
    with rasid.open(str(seeded_db)) as ws:
        expected = json.loads(json.dumps(to_data(ws.story(story_id)), ensure_ascii=False))
        article_id = expected["articles"][0]["id"]
        expected_article = json.loads(json.dumps(to_data(ws.article(article_id)), ensure_ascii=False))
    assert api.get(f"/api/v1/stories/{story_id}").json() == expected
    assert api.get(f"/api/v1/articles/{article_id}").json() == expected_article


def test_serving_a_database_that_does_not_exist_is_one_clear_line(rasid, tmp_path):
    result = rasid("serve", db=tmp_path / "typo.db")
    assert result.returncode == 2 and "no such database" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "typo.db").exists()


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _seeds_job_past_ingest(tmp_path):
    """A job of the seeds' files on two worker processes, waited for until its files are stored."""
    from conftest import SEEDS, need

    from rasid.service.jobs import JobManager
    from rasid.settings import Settings

    uploads = [(path.name, path.read_bytes()) for path in sorted(need(SEEDS).iterdir())]
    settings = Settings.load(flags={"db": str(tmp_path / "rasid.db"), "token": TOKEN, "workers": 2}, environ={})
    jobs = JobManager(settings)
    job = jobs.submit_files(uploads)
    deadline = time.time() + 120
    while not job.ingested and job.state in ("queued", "running") and time.time() < deadline:
        time.sleep(0.05)
    return settings, uploads, jobs, job


def _assert_uploaded_again_completes(settings, uploads) -> None:
    """The same files uploaded to a new server complete, adding nothing twice."""
    from rasid.service.jobs import JobManager

    again = JobManager(settings)
    try:
        job = again.wait(again.submit_files(uploads).id)
    finally:
        again.close()
    assert job.state == "done" and job.ingested == 0 and job.already_present == len(uploads), job


def test_a_job_that_cannot_stop_in_time_is_ended_with_its_workers_and_the_next_job_completes(tmp_path):
    """A stopping server gives its job a while to unwind; a job that does not (here frozen, as one
    starved or stuck in its pool's shutdown is) is killed with every worker process it started, so
    nothing keeps the database's lock and the same files uploaded again complete."""
    from rasid.service import jobs as jobs_module

    settings, uploads, jobs, job = _seeds_job_past_ingest(tmp_path)
    assert job.state == "running" and job.ingested == len(uploads), job
    job_pid = jobs._running.pid
    left = [job_pid, *_children(job_pid)]
    assert len(left) > 1, "the job's worker processes should be running"
    os.kill(job_pid, signal.SIGSTOP)  # SIGTERM now waits undelivered, as a handler never run does
    started = time.time()
    jobs.close()
    assert time.time() - started < 3 * jobs_module.STOP_SECONDS
    deadline = time.time() + 30
    while any(map(_alive, left)) and time.time() < deadline:
        time.sleep(0.1)
    alive = [pid for pid in left if _alive(pid)]
    assert not alive, f"left running after the server stopped: {alive}"
    _assert_uploaded_again_completes(settings, uploads)


def test_a_server_stopped_mid_job_stops_it_quietly_and_its_files_resume(tmp_path, capfd):
    """Stopping ``rasid serve`` (Ctrl+C) while a job's worker processes are busy leaves no
    traceback in the server's output, and uploading the same files again completes the work once."""
    settings, uploads, jobs, job = _seeds_job_past_ingest(tmp_path)
    time.sleep(1)  # into the stages: the worker processes are enriching the articles
    assert job.state == "running" and job.ingested == len(uploads), job
    # Ctrl+C in the terminal: SIGINT reaches the job and its worker processes too, then the
    # server, shutting down, stops the job.
    job_pid = jobs._running.pid
    for pid in [job_pid, *_children(job_pid)]:
        os.kill(pid, signal.SIGINT)
    time.sleep(1)
    jobs.close()
    time.sleep(3)  # worker processes left behind would write into the closed pipe now
    err = capfd.readouterr().err
    assert "Traceback" not in err and "Error" not in err, err
    _assert_uploaded_again_completes(settings, uploads)
    import rasid

    with rasid.open(settings.db) as ws:
        [story] = ws.stories()
        assert story.size == len(uploads)
