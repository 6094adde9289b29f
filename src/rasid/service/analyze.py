"""One text in, one annotated Article out, with no database: what ``rasid.analyze`` does."""

from __future__ import annotations

from rasid.model import Article
from rasid.settings import Settings


def analyze(text: str, language: str | None = None, published: str | None = None, *, title: str | None = None,
            url: str | None = None, outlet: str | None = None, settings: Settings | None = None) -> Article:
    """Clean ``text`` and annotate it: language, sentences, named entities, time expressions
    resolved to dates (against ``published`` when given, else an estimated publication date),
    and quotes with their speakers.  Every span is an offset into ``article.text``.

    ``language`` (an ISO 639-1 code) skips language identification; ``title``, ``url`` and
    ``outlet`` are kept as metadata and help the cleaner.  Entities are not linked across
    articles here (that needs a corpus): ``mention.entity_id`` stays None.
    """
    from rasid.pipeline.enrich import enrichment_steps
    from rasid.pipeline.identify import assign_identity
    from rasid.pipeline.ingest import preparation_steps

    if not isinstance(text, str):
        raise TypeError(f"analyze() takes the text as a str, not {type(text).__name__}")
    settings = settings or Settings.load()
    article = Article(origin=url or "<text>", raw_text=text.replace("\r\n", "\n").replace("\r", "\n"),
                      url=url, outlet=outlet, title=title, published=published, language=language)
    assign_identity(article)
    prepared = list(preparation_steps()([article]))
    return list(enrichment_steps(settings.ner)(prepared))[0]
