"""Mentions to canonical entities: one record per real person, organisation or place.

Rules, in order of trust:
  1. mentions whose name keys are equal are one entity (spelling variants meet, different
     names never do: keys must be equal, not close);
  2. a one-word mention of a person (بوتين, كيم) joins the full name that begins or ends
     with that word in the same article, or failing that in the same story, when exactly one
     such name is there or one clearly dominates; otherwise it stays its own entity.  A
     wrong merge misleads an analyst, a missed one only costs a click.
  3. a name written in another script than most of its story's names (Vladimir Putin in a
     mostly Arabic story) joins the only name there of its type with the same consonant
     sounds (فلاديمير بوتين).
Between 1 and 2 (1b): a conjunction or preposition glued to a name (وروسيا, للأمم المتحدة) is
not part of it when the corpus writes the bare name exactly so.

``EntityLinker`` applies the rules incrementally; ``link_entities`` links a corpus at once
with the same code.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from rasid.entities.names import (
    name_key, name_tokens, script_of, sound_key, spelling, token_key, token_keys, unclitic_readings, without_clitic,
)
from rasid.model import Article, Entity, Mention

# A candidate full name must be this many times more frequent than the runner-up for a
# one-word mention to join it when the context names several (كيم in an article naming
# both كيم جونغ أون and, once, his father كيم جونغ إيل).
DOMINANCE = 3.0
# Types whose one-word mentions stand for a full name nearby (بوتين for فلاديمير بوتين).  Not
# places: a place name inside a longer one is usually another place (حلب / ريف حلب, أفريقيا /
# جنوب أفريقيا, أمريكا / أمريكا الوسطى), nor organisations and other names (جوجل / جوجل جلاس,
# رويترز / تومسون رويترز, الله / الله الرحمن).  Read on SaudiNewsNet: of 25 sampled one-word
# places joined to a longer name about 7 were right, of 25 organisations about 12, of 50
# people about 45.
SHORT_FORM_TYPES = frozenset({"PERS"})
# Types whose names are carried into another script by their sound (بوتين / Putin, موسكو /
# Moscow); other names are translated (مجلس الأمن / Security Council) and have no sound to meet.
CROSS_SCRIPT_TYPES = frozenset({"PERS", "LOC", "ORG"})


# Raised whenever name keys or the rules change: a linker stored under other rules holds
# keys and resolutions this code would not make, so the corpus is linked afresh.
# 2: only ي and و slide inside a name key; 3: only people's one-word mentions resolve;
# 4: only to a name that begins or ends with them; 5: a glued clitic comes off only where
# the rest is a spelling the corpus uses; 6: names meet across scripts within a story.
RULES_VERSION = 6


def entity_id(key: str) -> str:
    return "e" + hashlib.blake2b(key.encode(), digest_size=6).hexdigest()


def _settled_type(types: Counter) -> str:
    """The majority type; ties go to the first in name order, whatever order mentions came in."""
    positive = [(-n, t) for t, n in types.items() if n > 0]
    return min(positive)[1] if positive else "MISC"


def _names_by_sound(counts: Counter, tokens_of, type_of) -> dict[tuple[str, str], set[tuple[str, str]]]:
    """(type, sound skeleton) -> {(script, name key)} for the names of a story."""
    index: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    for key in counts:
        kind = type_of(key)
        sound = sound_key(tokens_of(key)) if kind in CROSS_SCRIPT_TYPES else None
        if sound is not None:
            index[(kind, sound[1])].add((sound[0], key))
    return index


def _full_names_by_token(counts: Counter, tokens_of, type_of) -> dict[tuple[str, str], list[tuple[str, int]]]:
    """(type, word key) -> [(full-name key, how often that name occurs in the context)].

    Only a name's first and last words index it: a person goes by a first or a family name,
    while a middle word is usually a father's (نايف in محمد بن نايف, سعيد in قابوس بن سعيد).
    """
    index: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
    for key in counts:
        tokens = tokens_of(key)
        if len(tokens) < 2:
            continue
        for token in {tokens[0], tokens[-1]}:
            index[(type_of(key), token)].append((key, counts[key]))
    return index


def _resolve_short(mention_type: str, word: str, index) -> str | None:
    return _dominant(mention_type, [token_key(reading) for reading in without_clitic(word)], index)


def _dominant(mention_type: str, word_keys: list[str], index) -> str | None:
    """The full name the index holds for any of ``word_keys``, if one is alone or dominates."""
    candidates: dict[str, int] = {}
    for word_key in word_keys:
        for key, count in index.get((mention_type, word_key), []):
            candidates[key] = max(candidates.get(key, 0), count)
    if not candidates:
        return None
    ranked = sorted(candidates.items(), key=lambda kv: (-kv[1], kv[0]))
    if len(ranked) == 1 or ranked[0][1] >= DOMINANCE * ranked[1][1]:
        return ranked[0][0]
    return None


@dataclass(slots=True)
class _Linked:
    """What linking made of one article: its story, and per mention its text, its type and
    its key once a glued clitic is read off (rule 1b; "" when the mention has no name key).
    ``counted`` is what the entity tables hold for it: (story, texts, final keys after rule 2)."""

    story: str | None
    texts: list[str]
    types: list[str]
    keys: list[str]
    counted: tuple[str | None, tuple[str, ...], tuple[str, ...]] | None = None

    def counts(self) -> Counter:
        return Counter(k for k in self.keys if k)


@dataclass
class LinkResult:
    relinked: list[Article]  # articles whose mentions or quote speakers now carry other entity ids
    entities: list[Entity]  # entities created or changed, by salience
    removed: list[str]  # ids of entities no mention points to any more


class EntityLinker:
    """Rules 1, 1b, 2 and 3 kept up to date as articles arrive, stories change and spellings
    appear.

    Linking an article needs a few corpus-wide facts: which spellings exist anywhere (a glued
    وروسيا reads as روسيا only when روسيا is a name somewhere), each key's majority type and
    word structure, and which names its story uses.  These are kept as counts, so adding a
    day of news relinks only the articles whose facts moved: the new ones, those whose
    story changed or gained names, and those naming a key whose type or structure changed.
    ``rasid.storage.state_codec`` saves the linker between runs (the entities stage keeps it in the store).
    """

    def __init__(self) -> None:
        self._linked: dict[str, _Linked] = {}
        self._spellings: Counter = Counter()  # spelling -> mentions written so
        self._structures: dict[str, Counter] = defaultdict(Counter)  # key -> its word-key tuples
        self._waiting: dict[str, Counter] = defaultdict(Counter)  # unglued reading's spelling -> articles
        self._types: dict[str, Counter] = defaultdict(Counter)  # key after rule 1b -> types
        self._naming: dict[str, set[str]] = defaultdict(set)  # key after rule 1b -> articles
        self._story_names: dict[str, Counter] = defaultdict(Counter)
        self._story_members: dict[str, set[str]] = defaultdict(set)
        self._aliases: dict[str, Counter] = defaultdict(Counter)  # final key -> spellings
        self._articles: dict[str, Counter] = defaultdict(Counter)  # final key -> article -> mentions
        self._stories: dict[str, Counter] = defaultdict(Counter)  # final key -> story -> mentions

    @property
    def article_ids(self) -> set[str]:
        return set(self._linked)

    @property
    def entity_count(self) -> int:
        return sum(1 for counts in self._articles.values() if counts)

    # -- corpus-wide facts ---------------------------------------------------------------
    def tokens(self, key: str) -> tuple[str, ...]:
        """The word structure of a name: its longest spelling (بيونغ يانغ, not بيونغيانغ)."""
        variants = self._structures.get(key)
        if not variants:
            return (key,)
        return min(variants, key=lambda t: (-len(t), t))

    def type(self, key: str) -> str:
        return _settled_type(self._types.get(key, Counter()))

    def _unglued(self, text: str, key: str) -> str:
        return next((k for form, k in unclitic_readings(text) if self._spellings[form] > 0 and k != key), key)

    # -- updating ------------------------------------------------------------------------
    def update(self, articles: Sequence[Article], story_of: dict[str, str],
               load: Callable[[list[str]], list[Article]] | None = None) -> LinkResult:
        """Link new (or re-enriched) ``articles`` given every article's current story, and
        relink the known articles this changes.  ``load`` fetches known articles whose
        entity ids change (from the store); without it only ``articles`` are written."""
        fresh = {a.id: a for a in articles}
        moved = {aid for aid, linked in self._linked.items() if aid not in fresh and linked.story != story_of.get(aid)}

        # Rule 1: which keys exist and how each name is built; a re-linked article first
        # withdraws what it said before.
        structure_before: dict[str, tuple[str, ...]] = {}
        names_before: dict[str, int] = {}
        for aid, article in fresh.items():
            old = self._linked.get(aid)
            for text in old.texts if old is not None else ():
                self._count_name(aid, text, -1, structure_before, names_before)
            for mention in article.mentions:
                self._count_name(aid, mention.text, +1, structure_before, names_before)
        appeared = {form for form, was in names_before.items() if (was > 0) != (self._spellings[form] > 0)}

        # Rule 1b, and the type and story counts it feeds.
        type_before: dict[str, str] = {}
        stories_changed: set[str | None] = set()
        for aid in set(fresh) | moved | {aid for form in appeared for aid in self._waiting.get(form, ())}:
            old = self._linked.get(aid)
            if aid in fresh:
                texts, types = [m.text for m in fresh[aid].mentions], [m.type for m in fresh[aid].mentions]
            else:
                texts, types = old.texts, old.types
            if old is not None:
                self._count_types(aid, old, -1, type_before, stories_changed)
            keys = [self._unglued(text, key) if (key := name_key(text)) else "" for text in texts]
            new = _Linked(story_of.get(aid), texts, types, keys, old.counted if old is not None else None)
            self._linked[aid] = new
            self._count_types(aid, new, +1, type_before, stories_changed)
        retyped = {k for k, was in type_before.items() if was != self.type(k)}
        restructured = {k for k, was in structure_before.items() if was != self.tokens(k)}

        # Rule 2 again for every article whose context moved.
        context: set[str] = set()
        for key in retyped | restructured:
            for aid in self._naming.get(key, ()):
                context.add(aid)
                stories_changed.add(self._linked[aid].story)
        for story in stories_changed - {None}:
            context |= self._story_members.get(story, set())
        context |= set(fresh) | moved

        existed: dict[str, bool] = {}
        for key in type_before:  # an entity's type and place check read these counts
            existed.setdefault(key, bool(self._articles.get(key)))
        rewrite: list[str] = []
        story_indexes: dict[str, _StoryIndex] = {}
        for aid in sorted(context):
            linked = self._linked[aid]
            counted = (linked.story, tuple(linked.texts), tuple(self._resolve(linked, story_indexes)))
            if counted == linked.counted and aid not in fresh:
                continue
            if aid in fresh or linked.counted is None or linked.counted[2] != counted[2]:
                rewrite.append(aid)
            self._count_entities(aid, linked.counted, -1, existed)
            linked.counted = counted
            self._count_entities(aid, counted, +1, existed)

        relinked = self._write_back(rewrite, fresh, load)
        entities = sorted((self._entity(k) for k in existed if self._articles.get(k)), key=lambda e: (-e.salience, e.id))
        removed = sorted(entity_id(k) for k, was in existed.items() if was and not self._articles.get(k))
        return LinkResult(relinked, entities, removed)

    def _count_name(self, aid: str, text: str, sign: int, structure_before: dict, names_before: dict) -> None:
        key = name_key(text)
        if not key:
            return
        if key not in structure_before:
            structure_before[key] = self.tokens(key)
        form = spelling(text)
        names_before.setdefault(form, self._spellings[form])
        self._spellings[form] += sign
        structure = tuple(token_keys(text))
        self._structures[key][structure] += sign
        if self._structures[key][structure] <= 0:
            del self._structures[key][structure]
        for reading, _ in unclitic_readings(text):
            self._waiting[reading][aid] += sign
            if self._waiting[reading][aid] <= 0:
                del self._waiting[reading][aid]

    def _count_types(self, aid: str, linked: _Linked, sign: int, type_before: dict, stories_changed: set) -> None:
        for key, mention_type in zip(linked.keys, linked.types):
            if key:
                type_before.setdefault(key, self.type(key))
                self._types[key][mention_type] += sign
        counts = linked.counts()
        for key in counts:
            (self._naming[key].add if sign > 0 else self._naming[key].discard)(aid)
        if linked.story is not None:
            stories_changed.add(linked.story)
            names = self._story_names[linked.story]
            names.update({k: sign * n for k, n in counts.items()})
            for key in [k for k in counts if names[k] <= 0]:
                del names[key]
            (self._story_members[linked.story].add if sign > 0 else self._story_members[linked.story].discard)(aid)

    def _resolve(self, linked: _Linked, story_indexes: dict[str, _StoryIndex]) -> list[str]:
        """Rule 2: a one-word name joins the full name its article, else its story, uses.
        Rule 3: a name then meets its spelling in another script within its story."""
        counts = linked.counts()
        article_index = None
        final = []
        for key, text, mention_type in zip(linked.keys, linked.texts, linked.types):
            full = None
            if key and mention_type in SHORT_FORM_TYPES and len(self.tokens(key)) == 1:
                if article_index is None:
                    article_index = _full_names_by_token(counts, self.tokens, self.type)
                word = _first_word(text)
                full = _resolve_short(mention_type, word, article_index)
                if full is None and linked.story is not None:
                    full = _resolve_short(mention_type, word, self._story_index(linked.story, story_indexes).by_token)
            resolved = full or key
            if resolved and linked.story is not None:
                resolved = self._across_scripts(resolved, mention_type, linked.story, story_indexes)
            final.append(resolved)
        return final

    def _story_index(self, story: str, story_indexes: dict[str, _StoryIndex]) -> _StoryIndex:
        if story not in story_indexes:
            story_indexes[story] = _StoryIndex(self._story_names[story], self.tokens, self.type)
        return story_indexes[story]

    def _across_scripts(self, key: str, mention_type: str, story: str, story_indexes: dict[str, _StoryIndex]) -> str:
        """Rule 3: a name written in a script other than the one most of its story's names are
        written in joins the one name of the same type and sound in that script (Vladimir Putin
        in a mostly Arabic story joins فلاديمير بوتين); a one-word name so reached joins its full
        name (rule 2), as that name's own mentions did."""
        index = self._story_index(story, story_indexes)
        major = index.major_script
        if major is None or script_of(key) == major:
            return key
        kind = self.type(key)
        sound = sound_key(self.tokens(key)) if kind in CROSS_SCRIPT_TYPES else None
        if sound is None:
            return key
        others = {k for script, k in index.by_sound.get((kind, sound[1]), ()) if script == major}
        if len(others) != 1:
            return key
        other = others.pop()
        if mention_type in SHORT_FORM_TYPES and len(self.tokens(other)) == 1:
            return _dominant(mention_type, list(self.tokens(other)), index.by_token) or other
        return other

    def _count_entities(self, aid: str, counted, sign: int, existed: dict[str, bool]) -> None:
        if counted is None:
            return
        story, texts, final = counted
        for key, text in zip(final, texts):
            if not key:
                continue
            existed.setdefault(key, bool(self._articles.get(key)))
            for table, item in ((self._aliases, text), (self._articles, aid), (self._stories, story)):
                if item is None:
                    continue
                table[key][item] += sign
                if table[key][item] <= 0:
                    del table[key][item]

    def _write_back(self, ids: list[str], fresh: dict[str, Article], load) -> list[Article]:
        known = [i for i in ids if i not in fresh]
        articles = [fresh[i] for i in ids if i in fresh] + (load(known) if load and known else [])
        for article in articles:
            for mention, key in zip(article.mentions, self._linked[article.id].counted[2]):
                mention.entity_id = entity_id(key) if key else None
            _link_speakers(article)
        return articles

    def _entity(self, key: str) -> Entity:
        aliases = self._aliases[key]
        mentions = sum(aliases.values())
        articles = self._articles[key]
        return Entity(
            id=entity_id(key), name=_canonical_name(key, aliases), type=_entity_type(self.type(key), self._types.get(key), aliases),
            aliases=dict(sorted(aliases.items(), key=lambda kv: (-kv[1], kv[0]))), article_ids=sorted(articles),
            story_ids=sorted(self._stories.get(key, ())),
            salience=round(mentions * math.log(1 + len(articles)), 3),
        )


class _StoryIndex:
    """What rules 2 and 3 read of one story's names, each part built when first asked for
    (within one update): most stories are written in one script and never need their names
    by sound."""

    def __init__(self, names: Counter, tokens_of, type_of) -> None:
        self.names, self.tokens_of, self.type_of = names, tokens_of, type_of

    @cached_property
    def by_token(self) -> dict[tuple[str, str], list[tuple[str, int]]]:
        """Its full names by first and last word (rule 2)."""
        return _full_names_by_token(self.names, self.tokens_of, self.type_of)

    @cached_property
    def major_script(self) -> str | None:
        """The script most of its name mentions are written in (a tie: the first script)."""
        scripts: Counter = Counter()
        for key, count in self.names.items():
            scripts[script_of(key)] += count
        scripts.pop(None, None)
        return min(scripts, key=lambda s: (-scripts[s], s)) if scripts else None

    @cached_property
    def by_sound(self) -> dict[tuple[str, str], set[tuple[str, str]]]:
        """Its names by type and sound (rule 3)."""
        return _names_by_sound(self.names, self.tokens_of, self.type_of)


def link_entities(articles: Sequence[Article], story_of: dict[str, str] | None = None) -> list[Entity]:
    """Set ``entity_id`` on every mention (and on quote speakers) and return the entities."""
    return EntityLinker().update(articles, story_of or {}).entities


def _entity_type(majority: str, types: Counter | None, aliases: Counter) -> str:
    """The tagger's majority type, unless the tagger itself also called the name a place and a
    gazetteer knows it as one: the tagger reads بيونغ يانغ as a person in most sentences, but
    the corpus-wide view is what a gazetteer settles."""
    from rasid.clean.places import is_place

    if majority != "LOC" and types and types.get("LOC", 0) > 0 and any(is_place(a) for a in aliases):
        return "LOC"
    return majority


def _first_word(text: str) -> str:
    tokens = name_tokens(text)
    return tokens[0] if tokens else ""


def _canonical_name(key: str, aliases: Counter) -> str:
    """The most used spelling among the longest forms (a full name, not its short form),
    preferring forms written without a glued clitic."""
    bare = Counter({a: n for a, n in aliases.items() if name_key(a) == key}) or aliases
    longest = max(len(token_keys(alias)) for alias in bare)
    full = {a: n for a, n in bare.items() if len(token_keys(a)) == longest}
    return min(full, key=lambda a: (-full[a], a))


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
