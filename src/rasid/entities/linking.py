"""Mentions to canonical entities: one record per real person, organisation or place.

Rules, in order of trust:
  1. mentions whose name keys are equal are one entity (spelling variants meet, different
     names never do: keys must be equal, not close);
  2. a one-word mention (بوتين, كيم) joins the full name that contains that word in the same
     article, or failing that in the same story, when exactly one such name is there or one
     clearly dominates; otherwise it stays its own entity.  A wrong merge misleads an
     analyst, a missed one only costs a click.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rasid.entities.names import name_key, name_tokens, token_key, token_keys, unclitic_name_keys, without_clitic
from rasid.model import Article, Entity, Mention

# A candidate full name must be this many times more frequent than the runner-up for a
# one-word mention to join it when the context names several (كيم in an article naming
# both كيم جونغ أون and, once, his father كيم جونغ إيل).
DOMINANCE = 3.0


def entity_id(key: str) -> str:
    return "e" + hashlib.blake2b(key.encode(), digest_size=6).hexdigest()


@dataclass
class _Cluster:
    key: str
    token_keys: tuple[str, ...]
    types: Counter = field(default_factory=Counter)
    aliases: Counter = field(default_factory=Counter)
    articles: set[str] = field(default_factory=set)
    stories: set[str] = field(default_factory=set)
    mentions: int = 0
    settled_type: str | None = None  # set once the type counts stop changing

    @property
    def type(self) -> str:
        if self.settled_type is not None:
            return self.settled_type
        return (+self.types).most_common(1)[0][0] if +self.types else "MISC"


def _full_names_by_token(clusters: Iterable[_Cluster], counts: Counter) -> dict[tuple[str, str], list[tuple[str, int]]]:
    """(type, word key) -> [(full-name key, how often that name occurs in the context)]."""
    index: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
    for cluster in clusters:
        if len(cluster.token_keys) < 2:
            continue
        for token in set(cluster.token_keys):
            index[(cluster.type, token)].append((cluster.key, counts[cluster.key]))
    return index


def _resolve_short(mention_type: str, word: str, index) -> str | None:
    candidates: dict[str, int] = {}
    for reading in without_clitic(word):
        for key, count in index.get((mention_type, token_key(reading)), []):
            candidates[key] = max(candidates.get(key, 0), count)
    if not candidates:
        return None
    ranked = sorted(candidates.items(), key=lambda kv: -kv[1])
    if len(ranked) == 1 or ranked[0][1] >= DOMINANCE * ranked[1][1]:
        return ranked[0][0]
    return None


def link_entities(articles: Sequence[Article], story_of: dict[str, str] | None = None) -> list[Entity]:
    """Set ``entity_id`` on every mention (and on quote speakers) and return the entities."""
    story_of = story_of or {}
    clusters: dict[str, _Cluster] = {}
    mention_key: dict[tuple[str, int], str] = {}  # (article id, mention index) -> key

    def cluster_for(key: str, tokens: tuple[str, ...]) -> _Cluster:
        if key not in clusters:
            clusters[key] = _Cluster(key, tokens)
        return clusters[key]

    # 1. exact keys
    per_article_counts: dict[str, Counter] = {}
    for article in articles:
        counts: Counter = Counter()
        for i, mention in enumerate(article.mentions):
            key = name_key(mention.text)
            if not key:
                continue
            cluster_for(key, tuple(token_keys(mention.text))).types[mention.type] += 1
            counts[key] += 1
            mention_key[(article.id, i)] = key
        per_article_counts[article.id] = counts

    # 1b. a conjunction or preposition glued to a name (وروسيا, للأمم المتحدة) is not part of
    # it: such a mention joins the bare name when the corpus has that name on its own.
    seen_alone = {key for key, c in clusters.items() if sum(c.types.values())}
    for article in articles:
        counts = per_article_counts[article.id]
        for i, mention in enumerate(article.mentions):
            key = mention_key.get((article.id, i))
            if key is None:
                continue
            bare = next((k for k in unclitic_name_keys(mention.text) if k in seen_alone and k != key), None)
            if bare is not None:
                mention_key[(article.id, i)] = bare
                counts[key] -= 1
                counts[bare] += 1
                clusters[key].types[mention.type] -= 1
                clusters[bare].types[mention.type] += 1

    # 2. one-word mentions to the full name of their article, else of their story
    for cluster in clusters.values():
        # Read for every name of every article below; the counts no longer change.
        cluster.settled_type = cluster.type
    story_counts: dict[str, Counter] = defaultdict(Counter)
    for article in articles:
        if article.id in story_of:
            story_counts[story_of[article.id]].update(per_article_counts[article.id])
    story_indexes: dict[str, dict] = {}
    for article in articles:
        article_index = _full_names_by_token((clusters[k] for k in per_article_counts[article.id]),
                                             per_article_counts[article.id])
        story = story_of.get(article.id)
        for i, mention in enumerate(article.mentions):
            key = mention_key.get((article.id, i))
            if key is None or len(clusters[key].token_keys) != 1:
                continue
            word = _first_word(mention.text)
            full = _resolve_short(mention.type, word, article_index)
            if full is None and story is not None:
                if story not in story_indexes:
                    story_indexes[story] = _full_names_by_token((clusters[k] for k in story_counts[story]),
                                                                story_counts[story])
                full = _resolve_short(mention.type, word, story_indexes[story])
            if full is not None:
                mention_key[(article.id, i)] = full

    # 3. gather entities and write ids back
    for article in articles:
        for i, mention in enumerate(article.mentions):
            key = mention_key.get((article.id, i))
            if key is None:
                continue
            cluster = clusters[key]
            cluster.aliases[mention.text] += 1
            cluster.articles.add(article.id)
            cluster.mentions += 1
            if article.id in story_of:
                cluster.stories.add(story_of[article.id])
            mention.entity_id = entity_id(key)
        _link_speakers(article)

    entities = []
    for cluster in clusters.values():
        if not cluster.mentions:
            continue
        entities.append(Entity(
            id=entity_id(cluster.key), name=_canonical_name(cluster), type=_entity_type(cluster),
            aliases=dict(cluster.aliases.most_common()), article_ids=sorted(cluster.articles),
            story_ids=sorted(cluster.stories),
            salience=round(cluster.mentions * math.log(1 + len(cluster.articles)), 3),
        ))
    return sorted(entities, key=lambda e: -e.salience)


def _entity_type(cluster: _Cluster) -> str:
    """The tagger's majority type, unless the tagger itself also called the name a place and a
    gazetteer knows it as one: the tagger reads بيونغ يانغ as a person in most sentences, but
    the corpus-wide view is what a gazetteer settles."""
    from rasid.clean.places import is_place

    if cluster.type != "LOC" and cluster.types.get("LOC", 0) > 0 and any(is_place(a) for a in cluster.aliases):
        return "LOC"
    return cluster.type


def _first_word(text: str) -> str:
    tokens = name_tokens(text)
    return tokens[0] if tokens else ""


def _canonical_name(cluster: _Cluster) -> str:
    """The most used spelling among the longest forms (a full name, not its short form),
    preferring forms written without a glued clitic."""
    bare = Counter({a: n for a, n in cluster.aliases.items() if name_key(a) == cluster.key}) or cluster.aliases
    longest = max(len(token_keys(alias)) for alias in bare)
    full = Counter({a: n for a, n in bare.items() if len(token_keys(a)) == longest})
    return full.most_common(1)[0][0]


def _link_speakers(article: Article) -> None:
    """A quote's speaker is the entity of the mention inside its speaker span, or the entity
    of this article whose full name the speaker phrase contains."""
    by_key: dict[str, Mention] = {}
    for mention in article.mentions:
        if mention.entity_id:
            by_key.setdefault(name_key(mention.text), mention)
    for quote in article.quotes:
        if quote.speaker_start is not None:
            inside = [m for m in article.mentions if m.entity_id and m.start < quote.speaker_end and quote.speaker_start < m.end]
            persons = [m for m in inside if m.type == "PERS"] or inside
            if len({m.entity_id for m in persons}) == 1:
                quote.speaker_entity_id = persons[0].entity_id
                continue
        if quote.speaker:
            speaker_tokens = token_keys(quote.speaker)
            for key, mention in by_key.items():
                tokens = token_keys(mention.text)
                if len(tokens) >= 2 and _contains(speaker_tokens, tokens):
                    quote.speaker_entity_id = mention.entity_id
                    break


def _contains(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))
