"""Screenshots of a running ``rasid serve`` for the README, in Debian's chromium.

    python docs/screenshots/capture.py http://127.0.0.1:8000 [--story ID] [--entity ID] [--query Q]

Takes the home page, a story (its largest by default), the article its first summary sentence
cites (with that sentence highlighted), an entity, a search, and the story at phone width.
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("--story")
    parser.add_argument("--entity")
    parser.add_argument("--query", default="أسعار النفط")
    args = parser.parse_args()
    story = args.story or json.load(urllib.request.urlopen(args.base + "/api/v1/stories?limit=1"))[0]["id"]
    view = json.load(urllib.request.urlopen(f"{args.base}/api/v1/stories/{story}"))
    first = view["briefing"]["summary"][0]
    entity = args.entity or view["entities"][0][0]["id"]
    shots = [("home", "/", 1280, 900), ("story", f"/story/{story}", 1280, 1500),
             ("article", f"/article/{first['article_id']}?hl={first['start']}-{first['end']}#cited", 1280, 900),
             ("entity", f"/entity/{urllib.parse.quote(entity, safe='')}", 1280, 1100),
             ("search", "/search?q=" + urllib.parse.quote(args.query), 1280, 1100),
             ("story-phone", f"/story/{story}", 390, 1400)]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for name, path, width, height in shots:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.goto(args.base + path)
            page.wait_for_timeout(400)
            page.screenshot(path=str(HERE / f"{name}.png"))
            page.close()
            print(HERE / f"{name}.png")
        browser.close()


if __name__ == "__main__":
    main()
