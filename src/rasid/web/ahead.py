"""Pages built ahead: when a run builds a story's, an entity's or an article's view, it also
renders that view's page in the interface's default language and keeps it with the view
(``Store.put_views``), so the page's first reader gets a read instead of a render.

A render is cheap on average (2-15 ms on SaudiNewsNet) but not for the largest stories (230 ms
for one of 208 articles), and a server process answers one request at a time: every reader
queued behind a render waits for it.  Readers in the other language, or of a page with a query
(an article with a highlighted citation), still get a page rendered for them, kept per process
by the answer cache.
"""

from __future__ import annotations

import gzip

LANGUAGES = ("ar",)  # the interface's default language (rasid.web.pages.ui_language)


def render(kind: str, view_id: str, view) -> dict[str, bytes]:
    """{language: gzip-compressed HTML} of the page showing ``view`` at its own address."""
    from rasid.web import pages

    page = {"story": pages.story_html, "entity": pages.entity_html, "article": pages.article_html}[kind]
    return {lang: gzip.compress(page(view, lang, f"/{kind}/{view_id}").encode(), compresslevel=5) for lang in LANGUAGES}

