"""The stories stage: new articles, in date order, into copy groups, stories and events.

Incremental: the copy index and the clusterer are kept in the store between runs, only
articles not yet clustered are added, and only the stories they touch are rewritten.
After clustering, articles the page alone could not date are dated again with their
story's dated articles as context, and their stories' events regrouped.
"""

from __future__ import annotations

import pickle
from dataclasses import replace

from rasid import records

from rasid.briefing.brief import SUMMARY_WORDS
from rasid.briefing.contradictions import find_contradictions
from rasid.briefing.summarize import summarize
from rasid.briefing.timeline import cosine, source_label, term_vector, timeline_from_events
from rasid.model import Article, Story
from rasid.stories.clusterer import StoryClusterer
from rasid.stories.copies import CopyIndex
from rasid.stories.features import happening_day
from rasid.stories.happenings import build_events
from rasid.stories.prefetch import prepared
from rasid.pipeline.enrich import changed_languages, enrichment_state, record_marks
from rasid.settings import NerSettings
from rasid.storage.base import ArticleFilter, Store
from rasid.temporal.calendar import parse_day
from rasid.temporal.step import annotate_time

# Articles are read from the store this many at a time, and handed to the clusterer a day
# at a time (it groups a day's articles together before they join stories), at most
# DAY_BATCH at once to bound the day's similarity matrix (DAY_BATCH² floats).
READ = 500
DAY_BATCH = 4000
# Dated story members lending their dates to an undated one: the closest in content.
CONTEXT_ARTICLES = 2
# ...and only those about as close as the closest: a far one would lend the wrong year.
CLOSE_ENOUGH = 0.8
MARKS = "stories"  # the enrichment marks the stored stories were built from


def _load(store: Store, stage: str, fresh):
    state = store.get_state(stage)
    return pickle.loads(state) if state else fresh()


def story_record(story: Story, articles: list[Article]) -> Story:
    """A story as stored: its events (the happenings its reports are about and those they
    tell in passing, ``rasid.stories.happenings``), the timeline of their dates, its summary
    and its candidate contradictions."""
    events = build_events(story.id, story.events, articles, source_label)
    return replace(story, size=len(story.article_ids), outlets=sorted({source_label(a) for a in articles}),
                   events=events, timeline=timeline_from_events(events, articles),
                   summary=summarize(articles, max_words=SUMMARY_WORDS), contradictions=find_contradictions(articles))


def _redate_with_story(store: Store, clusterer: StoryClusterer, story_ids: set[str]) -> int:
    """Date undated (or only roughly dated) members from their own clues plus the dates of the
    story's dated members closest to them in content: a story spanning a summit and, nine
    months later, a visit must lend a report on the summit the summit's year."""
    redated = 0
    for story_id in story_ids:
        members = store.get_articles(clusterer.story(story_id).article_ids)
        dated = [(a, d) for a in members if not a.published_estimated and (d := parse_day(a.published))]
        if not dated:
            continue
        vectors = {a.id: term_vector(a.text) for a in members}
        changed: list[Article] = []
        for article in members:
            if article.published and (not article.published_estimated or parse_day(article.published)):
                continue
            scored = sorted(((cosine(vectors[article.id], vectors[a.id]), d) for a, d in dated), reverse=True)
            context = [d for score, d in scored[:CONTEXT_ARTICLES] if score >= CLOSE_ENOUGH * scored[0][0]]
            before = article.published
            if article.published_estimated:
                article.published, article.published_estimated = None, False
            annotate_time(article, context_dates=context)
            if article.published != before:
                changed.append(article)
                clusterer.set_published(article.id, article.published, happening_day(article))
        if changed:
            store.update_articles(changed)
            redated += len(changed)
    return redated


def _day_batches(store: Store, ids: list[str]):
    """The articles of ``ids`` (in publication order), one publication day per batch."""
    batch: list[Article] = []
    day = None
    for start in range(0, len(ids), READ):
        for article in store.get_articles(ids[start : start + READ]):
            article_day = (article.published or "")[:10]
            if batch and (article_day != day or len(batch) >= DAY_BATCH):
                yield batch
                batch = []
            batch.append(article)
            day = article_day
    if batch:
        yield batch


def cluster_stored(store: Store, ner: NerSettings | None = None) -> tuple[int, int, int]:
    """Returns (articles added, stories touched, articles re-dated).

    Stories holding articles that were re-enriched since (another NER model for their language)
    are rebuilt too: their timelines and events read the articles' dates and names."""
    copies: CopyIndex = _load(store, "copies", CopyIndex)
    clusterer: StoryClusterer = _load(store, "stories", StoryClusterer)
    pending = [i for i in store.article_ids(order="published") if clusterer.story_of(i) is None]
    enrichment = enrichment_state(store, ner)
    touched: set[str] = set()
    for language in changed_languages(store, MARKS, enrichment.settled):
        for article_id in store.article_ids(ArticleFilter(language=language or None)):
            if (story_id := clusterer.story_of(article_id)) is not None:
                touched.add(story_id)
    touched_groups: set[str] = set()
    for batch, features in prepared(_day_batches(store, pending), clusterer.config):
        for article in batch:
            copies.add(article)
        clusterer.add_features(features)
        touched |= clusterer.touched
        touched_groups |= {article.id for article in batch}
    redated = _redate_with_story(store, clusterer, touched)
    groups = [g for g in copies.groups() if touched_groups & set(g.members)]
    records.save(store, groups)
    stories = []
    for story_id in sorted(touched):
        story = clusterer.story(story_id)
        stories.append(story_record(story, store.get_articles(story.article_ids)))
    records.save(store, stories)
    store.set_state("copies", pickle.dumps(copies))
    store.set_state("stories", clusterer.to_state())
    record_marks(store, MARKS, enrichment.settled)
    return len(pending), len(touched), redated
