"""Screenshots of a running ``rasid serve``, in Debian's chromium.

    python docs/screenshots/capture.py http://127.0.0.1:8000 [--story ID] [--entity ID] [--query Q]
    python docs/screenshots/capture.py http://127.0.0.1:8000 --every /tmp/shots [--token T --upload FILE]

The first form takes the README's set (home, a story, the article its first summary sentence
cites with that sentence highlighted, an entity, a search, the story at phone width) into this
folder.  ``--every DIR`` takes every page (home, stories, story, cited article, entity, entities,
search, ingest and, given a token and a file, the job that uploads it) at 1280 and 390 px, whole
pages, to read them all before a release.
"""

from __future__ import annotations

import argparse
import json
import urllib.parse
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

HERE = Path(__file__).resolve().parent
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def pages(base: str, story: str | None, entity: str | None, query: str) -> dict[str, str]:
    story = story or json.load(urllib.request.urlopen(base + "/api/v1/stories?limit=1"))[0]["id"]
    view = json.load(urllib.request.urlopen(f"{base}/api/v1/stories/{story}"))
    first = view["briefing"]["summary"][0]
    entity = entity or view["entities"][0][0]["id"]
    return {"home": "/", "stories": "/stories", "story": f"/story/{story}",
            "article": f"/article/{first['article_id']}?hl={first['start']}-{first['end']}#cited",
            "entity": f"/entity/{urllib.parse.quote(entity, safe='')}", "entities": "/entities",
            "search": "/search?q=" + urllib.parse.quote(query), "ingest": "/ingest"}


def upload(page, base: str, token: str, path: str) -> str:
    """Upload through the ingest page as a person would; returns the job page's path."""
    page.goto(base + "/ingest")
    page.set_input_files("input[name=files]", path)
    page.fill("input[name=token]", token)
    page.click("form.upload button[type=submit]")
    page.wait_for_url("**/jobs/**")
    for _ in range(600):
        if page.get_attribute("#job", "data-state") in ("done", "failed"):
            break
        page.wait_for_timeout(500)
        page.reload()
    return urllib.parse.urlsplit(page.url).path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("--story")
    parser.add_argument("--entity")
    parser.add_argument("--query", default="أسعار النفط")
    parser.add_argument("--every", metavar="DIR", help="every page at 1280 and 390 px, whole, into DIR")
    parser.add_argument("--token", help="the server's write token (with --upload: the job page too)")
    parser.add_argument("--upload", metavar="FILE", help="a file to upload through the ingest page")
    parser.add_argument("--ui", choices=("ar", "en"), default="ar", help="interface language")
    args = parser.parse_args()
    paths = pages(args.base, args.story, args.entity, args.query)
    if args.every:
        out = Path(args.every)
        out.mkdir(parents=True, exist_ok=True)
        shots = [(f"{name}-{width}", path, width, 900, True) for name, path in paths.items() for width in (1280, 390)]
    else:
        out = HERE
        shots = [("home", paths["home"], 1280, 900, False), ("story", paths["story"], 1280, 1500, False),
                 ("article", paths["article"], 1280, 900, False), ("entity", paths["entity"], 1280, 1100, False),
                 ("search", paths["search"], 1280, 1100, False), ("story-phone", paths["story"], 390, 1400, False)]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        context = browser.new_context()
        context.add_cookies([{"name": "ui", "value": args.ui, "url": args.base}])
        if args.every and args.token and args.upload:
            page = context.new_page()
            job = upload(page, args.base, args.token, args.upload)
            page.close()
            shots += [(f"job-{width}", job, width, 900, True) for width in (1280, 390)]
        for name, path, width, height, whole in shots:
            page = context.new_page()
            page.set_viewport_size({"width": width, "height": height})
            page.goto(args.base + path)
            page.wait_for_timeout(400)
            page.screenshot(path=str(out / f"{name}.png"), full_page=whole)
            page.close()
            print(out / f"{name}.png")
        browser.close()


if __name__ == "__main__":
    main()
