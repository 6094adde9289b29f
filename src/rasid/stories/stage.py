"""The stories stage: new articles, in date order, into copy groups, stories and events.

Incremental: the copy index and the clusterer are kept in the store between runs, only
articles not yet clustered are added, and only the stories they touch are rewritten.
After clustering, articles the page alone could not date are dated again with their
story's dated articles as context, and their stories' events regrouped.
"""

from __future__ import annotations

from dataclasses import replace

from rasid import records

from rasid.briefing.brief import SUMMARY_WORDS
from rasid.briefing.contradictions import find_contradictions
from rasid.briefing.summarize import summarize
from rasid.briefing.timeline import cosine, source_label, term_vector, timeline_from_events
from rasid.model import Article, CopyGroup, Story
from rasid.pipeline import faults
from rasid.stories.clusterer import StoryClusterer
from rasid.stories.copies import CopyIndex
from rasid.stories.features import happening_day
from rasid.stories.happenings import build_events
from rasid.stories.prefetch import prepared
from rasid.pipeline.enrich import changed_languages, enrichment_state, record_marks
from rasid.settings import NerSettings
from rasid.storage.base import ArticleFilter, Store
from rasid.storage.state_codec import load_state, save_state
from rasid.temporal.calendar import parse_day
from rasid.temporal.step import annotate_time

# Articles are read from the store this many at a time, and handed to the clusterer a day
# at a time (it groups a day's articles together before they join stories), at most
# DAY_BATCH at once to bound the day's similarity matrix (DAY_BATCH² floats).
READ = 500
DAY_BATCH = 4000
# Story records are built (timeline, summary, contradictions) this many member articles at a time.
BUILD = 500
# Dated story members lending their dates to an undated one: the closest in content.
CONTEXT_ARTICLES = 2
# ...and only those about as close as the closest: a far one would lend the wrong year.
CLOSE_ENOUGH = 0.8
MARKS = "stories"  # the enrichment marks the stored stories were built from
# Raise when what the copy index or the clusterer keep changes meaning: saved state of
# another version is not read, and the stage is rebuilt from the stored articles.
# 2: stories grown from day groups, with happening days; 3: joins judged on the core (issue 10);
# 4: a group matching two stories merges them; 5: leads that share next to nothing count against a join;
# 6: a place classifier («محافظة») or a name particle («بن») is no headline subject;
# 7: events dated by the day their leads say (not the day printed), titles from the dated clause
# (``rasid.stories.happenings``): the stored story records are built again.
STATE_VERSION = 7


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
                article.meta["dated_by_story"] = True  # so a rebuild can give it back its page's date
                changed.append(article)
                clusterer.set_published(article.id, article.published, happening_day(article))
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


def _story_records(pairs):
    """The step that builds story records, a batch at a time, wherever the executor runs it."""
    for story, articles in pairs:
        yield story_record(story, articles)


def cluster_stored(store: Store, ner: NerSettings | None = None, executor=None) -> tuple[int, int, int]:
    """Returns (articles added, stories touched, articles re-dated).

    Stories holding articles that were re-enriched since (another NER model for their language)
    are rebuilt too: their timelines and events read the articles' dates and names.  Clustering
    is one pass in date order, in this process; building the touched stories' records (timeline,
    summary, contradictions: most of the stage's time on a large corpus) runs under ``executor``
    when one is given."""
    copies = load_state(store, "copies", CopyIndex, STATE_VERSION)
    clusterer = load_state(store, "stories", StoryClusterer, STATE_VERSION)
    fresh = copies is None or clusterer is None
    if fresh:  # the two cover the same articles: both start again, or neither
        copies, clusterer = CopyIndex(), StoryClusterer()
        if store.get_state("stories") or store.get_state("copies"):  # refused, not absent: a rebuild
            _undo_story_dates(store)
    enrichment = enrichment_state(store, ner)
    # Only articles enrichment has finished with: another run may still be enriching the rest.
    not_enriched = set(enrichment.stale)
    pending = [i for i in store.article_ids(order="published") if clusterer.story_of(i) is None and i not in not_enriched]
    touched: set[str] = set()
    for language in changed_languages(store, MARKS, enrichment.settled):
        for article_id in store.article_ids(ArticleFilter(language=language or None)):
            if (story_id := clusterer.story_of(article_id)) is not None:
                touched.add(story_id)
    if not (pending or touched or fresh):
        record_marks(store, MARKS, enrichment.settled)  # (written only when they moved)
        return 0, 0, 0  # nothing new: the saved state stays as it is
    touched_groups: set[str] = set()
    merged: set[str] = set()  # stories merged into another: their stored records go
    for batch, features in prepared(_day_batches(store, pending), clusterer.config):
        for article in batch:
            copies.add(article)
        clusterer.add_features(features)
        merged |= clusterer.removed
        touched = (touched - clusterer.removed) | clusterer.touched
        touched_groups |= {article.id for article in batch}
    # The results and the state they came from commit together: killed before the commit,
    # the next run starts again from the same state; after, it has nothing left to do.
    with store.transaction():
        if fresh:  # whatever an unusable state had built goes; the linker relinks to the new stories
            records.delete(store, CopyGroup)
            records.delete(store, Story)
            store.delete_state("entities")
        redated = _redate_with_story(store, clusterer, touched)
        faults.point("stories.after_redate")
        groups = [g for g in copies.groups() if touched_groups & set(g.members)]
        records.save(store, groups)
        faults.point("stories.after_copy_groups")
        stories = _build_stories(store, clusterer, sorted(touched), executor)
        if merged and not fresh:
            records.delete(store, Story, sorted(merged))
        records.save(store, stories)
        faults.point("stories.after_documents")
        save_state(store, "copies", copies, STATE_VERSION)
        faults.point("stories.before_state")
        save_state(store, "stories", clusterer, STATE_VERSION)
        record_marks(store, MARKS, enrichment.settled)
    return len(pending), len(touched), redated


def _build_stories(store: Store, clusterer: StoryClusterer, story_ids: list[str], executor=None) -> list[Story]:
    def pairs():
        batch, size = [], 0
        for story_id in story_ids:
            story = clusterer.story(story_id)
            batch.append((story, store.get_articles(story.article_ids)))
            size += len(story.article_ids)
            if size >= BUILD:
                yield batch
                batch, size = [], 0
        if batch:
            yield batch

    if executor is None:
        return [record for batch in pairs() for record in _story_records(batch)]
    return [record for built in executor.map_batches(_story_records, pairs()) for record in built]
