"""The stories stage: new articles, in date order, into copy groups, stories and events.

Incremental: the copy index and the clusterer are kept in the store between runs, only
articles not yet clustered are added, and only the stories they touch are rewritten.
After clustering, articles the page alone could not date are dated again with their
story's dated articles as context, and their stories' events regrouped.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict

from rasid.briefing.brief import SUMMARY_WORDS
from rasid.briefing.summarize import summarize
from rasid.briefing.timeline import TimelineEntry, build_timeline, cosine, source_label, term_vector
from rasid.model import Article, Event
from rasid.pipeline import faults
from rasid.pipeline.enrich import ENRICHMENT_VERSION
from rasid.stories.clusterer import StoryClusterer
from rasid.stories.copies import CopyIndex
from rasid.stories.prefetch import prepared
from rasid.storage.base import ArticleFilter, Document, Store
from rasid.storage.state_codec import load_state, save_state
from rasid.temporal.calendar import parse_day
from rasid.temporal.step import annotate_time

BATCH = 500
# Dated story members lending their dates to an undated one: the closest in content.
CONTEXT_ARTICLES = 2
# ...and only those about as close as the closest: a far one would lend the wrong year.
CLOSE_ENOUGH = 0.8
# Raise when what the copy index or the clusterer keep changes meaning: saved state of
# another version is not read, and the stage is rebuilt from the stored articles.
STATE_VERSION = 1


def _story_document(story, articles: list[Article]) -> Document:
    """A story as stored: its events are the dated happenings its sentences report (the
    timeline), each with the articles that report it, so one article covering the summit and,
    two days later, a factory visit counts under both."""
    data = asdict(story)
    data.pop("article_ids")
    data["size"] = len(story.article_ids)
    data["outlets"] = sorted({source_label(a) for a in articles})
    timeline = build_timeline(articles)
    data["events"] = [asdict(event) for event in timeline_events(story.id, timeline)]
    data["timeline"] = [asdict(entry) for entry in timeline]
    data["summary"] = [asdict(sentence) for sentence in summarize(articles, max_words=SUMMARY_WORDS)]
    return Document(story.id, data, list(story.article_ids), float(len(story.article_ids)))


def timeline_events(story_id: str, timeline: list[TimelineEntry]) -> list[Event]:
    events = []
    for entry in timeline:
        start, _, end = entry.date.partition("/")
        ids = list(dict.fromkeys(c.article_id for c in entry.supports))
        event_id = hashlib.blake2b(f"{story_id}\x00{entry.date}\x00{entry.citation}".encode(), digest_size=8).hexdigest()
        events.append(Event(event_id, story_id, entry.description, ids, start, end or start))
    return events


def _copy_document(group) -> Document:
    return Document(group.id, {"original_id": group.original_id, "members": group.members},
                    list(group.members), float(len(group.members)))


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
                article.meta["dated_by_story"] = True  # so a rebuild can give it back its page's date
                changed.append(article)
                clusterer.set_published(article.id, article.published)
        if changed:
            store.update_articles(changed)
            redated += len(changed)
    return redated


def _undo_story_dates(store: Store) -> None:
    """Before clustering again from nothing, the dates stories lent go back to what each page
    alone gives, so the rebuilt stories are those a first run finds."""
    restored = []
    for article in store.iter_articles():
        if article.meta.pop("dated_by_story", None):
            article.published, article.published_estimated = None, False
            article.meta.pop("published_estimate", None)
            restored.append(annotate_time(article))
    store.update_articles(restored)


def cluster_stored(store: Store) -> tuple[int, int, int]:
    """Returns (articles added, stories touched, articles re-dated)."""
    copies = load_state(store, "copies", CopyIndex, STATE_VERSION)
    clusterer = load_state(store, "stories", StoryClusterer, STATE_VERSION)
    fresh = copies is None or clusterer is None
    if fresh:  # the two cover the same articles: both start again, or neither
        copies, clusterer = CopyIndex(), StoryClusterer()
        if store.get_state("stories") or store.get_state("copies"):  # refused, not absent: a rebuild
            _undo_story_dates(store)
    # Only articles enrichment has finished with: another run may still be enriching the rest.
    not_enriched = set(store.article_ids(ArticleFilter(annotated_below=ENRICHMENT_VERSION)))
    pending = [i for i in store.article_ids(order="published") if clusterer.story_of(i) is None and i not in not_enriched]
    if not pending and not fresh:
        return 0, 0, 0  # nothing new: nothing to write (the saved state stays as it is)
    touched: set[str] = set()
    touched_groups: set[str] = set()
    batches = (store.get_articles(pending[start : start + BATCH]) for start in range(0, len(pending), BATCH))
    for batch, features in prepared(batches, clusterer.config):
        for article in batch:
            copies.add(article)
        clusterer.add_features(features)
        touched |= clusterer.touched
        touched_groups |= {article.id for article in batch}
    # The results and the state they came from commit together: killed before the commit,
    # the next run starts again from the same state; after, it has nothing left to do.
    with store.transaction():
        if fresh:  # whatever an unusable state had built goes; the linker relinks to the new stories
            store.delete_documents("copy_group")
            store.delete_documents("story")
            store.delete_state("entities")
        redated = _redate_with_story(store, clusterer, touched)
        faults.point("stories.after_redate")
        groups = [g for g in copies.groups() if touched_groups & set(g.members)]
        store.put_documents("copy_group", [_copy_document(g) for g in groups])
        faults.point("stories.after_copy_groups")
        documents = []
        for story_id in sorted(touched):
            story = clusterer.story(story_id)
            documents.append(_story_document(story, store.get_articles(story.article_ids)))
        store.put_documents("story", documents)
        faults.point("stories.after_documents")
        save_state(store, "copies", copies, STATE_VERSION)
        faults.point("stories.before_state")
        save_state(store, "stories", clusterer, STATE_VERSION)
    return len(pending), len(touched), redated
