"""Mentions to canonical entities: one record per real person, organisation or place.

Rules, in order of trust:
  1. mentions whose name keys are equal are one entity (spelling variants meet, different
     names never do: keys must be equal, not close);
  2. a one-word mention of a person (بوتين, كيم) joins the full name that begins or ends
     with that word in the same article, or failing that in the same story, when exactly one
     such name is there or one clearly dominates; otherwise it stays its own entity.  A
     wrong merge misleads an analyst, a missed one only costs a click.  (2b) A person's name
     written with its middle left out («عبدالرحمن اليوبي») joins the one longer name of its
     article it shortens («عبد الرحمن بن عبيد اليوبي»).
  3. a name written in another script than most of its story's names (Vladimir Putin in a
     mostly Arabic story) joins the only name there of its type with the same consonant
     sounds (فلاديمير بوتين).
Between 1 and 2 (1b): a conjunction or preposition glued to a name (وروسيا, للأمم المتحدة) is
not part of it when the corpus writes the bare name exactly so; (1c) a place's name after a noun
such as صحيفة, or in quote marks, is the organisation named after it (the newspaper الشرق الأوسط is
not the region); (1d) places written alike are told apart by the nearest cue word in the article
(عمان beside مسقط is the Sultanate, beside الأردن the Jordanian capital); (1e) a body many countries have
under one name (مجلس الوزراء, the clubs named الأهلي) is its country's, from its own adjective or the country
its article names most, and stays the plain name for its outlet's own country.  A place's classifier is
no part of its key: مدينة عدن is عدن; nor is the other name the press gives a place (المملكة is
السعودية, from the names tables' SAME_PLACE).

``EntityLinker`` applies the rules incrementally; ``link_entities`` links a corpus at once
with the same code.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from rasid.entities.names import (
    name_key, name_tokens, script_of, sound_key, spelling, token_key, token_keys, unclitic_readings, without_clitic,
)
from rasid.lang import all_tables
from rasid.model import Article, Entity, Mention
from rasid.text.normalize import normalize

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
# An outlet's own name in its articles' credit lines («رابط الخبر بصحيفة الوئام», «سبق- الرياض:») is a
# right mention of an organisation, but not news: on 2015-07-21 الوئام and سبق topped the entity list
# on their self-credits alone, and aawsat's «قال لـ"الشرق الأوسط"» kept the paper at 14th.  A name is an
# outlet's signature when that outlet's articles name it this often (الوئام: all of alweeam's, سبق: 83% of
# sabq's, الشرق الأوسط: 20% of aawsat's) ...
SIGNATURE_SHARE = 0.1
# ... and far more often than other outlets' articles do: الشرق الأوسط (the paper) 96 times as often,
# while a sports paper's clubs (الهلال in arreyadi: 9, النصر: 11) and the news of a day (اليونان in alyaum:
# 6) stay well under; السعودية is news everywhere.
SIGNATURE_RATIO = 20.0
# ... in an outlet with enough articles for a share to mean anything.
SIGNATURE_MIN_ARTICLES = 20


# Raised whenever name keys or the rules change: a linker stored under other rules holds
# keys and resolutions this code would not make, so the corpus is linked afresh.
# 2: only ي and و slide inside a name key; 3: only people's one-word mentions resolve;
# 4: only to a name that begins or ends with them; 5: a glued clitic comes off only where
# the rest is a spelling the corpus uses; 6: names meet across scripts within a story;
# 7: a place's classifier is no part of its key, senses from context (rules 1c, 1d);
# 8: a name written with its middle left out joins its longer form (2b); 9: a place's other name
# (SAME_PLACE: المملكة) keys as the name it stands for; 10: countries' full styles and other
# spellings in SAME_PLACE; 11: a place named in a speaker phrase is not the speaker; 12: a name is
# never shown with a clitic glued on where the bare form is written too; 13: only a name's leading titles
# leave its key (مدينة الملك عبدالعزيز is not the king); 14: span repairs: a body closed by its adjective
# ends before «و» + another described body, «الأسبق»/«الموالي» end a name, a country's adjective after a
# place leaves it, kinship nouns leave a person's name, no name word carries nunation, «صاحب» is a title only
# before a title, a form VIII verb after a title opens no name, «منتخب المملكة» is the kingdom's team, a hospital's
# kind (العام) ends its name, a head before ل + a purpose («للوقوف على», «شركة لإنتاج») names nothing, a prayer's
# name after بعد/صلاة is no place, a club's prefix (أولمبيك) never ends its name, a title's name-like word
# opens the person the tagger found right after it; a currency's zone (منطقة اليورو) keeps its classifier in its key.
# 15: an outlet's self-credits leave its salience, أمريكا is الولايات المتحدة, same-named bodies of
# different countries part (rule 1e), ك comes off a name only before its article.
RULES_VERSION = 15


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


def _shorter_form(text: str, others: list[tuple[str, str]]) -> str | None:
    """The one longer name of the article that ``text`` writes with its middle left out: the same
    last word, and its first words are the longer name's first words, written joined or apart."""
    short = name_tokens(text)
    if len(short) < 2:
        return None
    head, last = token_key("".join(short[:-1])), token_key(short[-1])
    found = set()
    for key, other in others:
        words = name_tokens(other)
        if len(words) > len(short) and token_key(words[-1]) == last and any(
                token_key("".join(words[:k])) == head for k in range(1, len(words) - 1)):
            found.add(key)
    return found.pop() if len(found) == 1 else None


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
    counted: tuple | None = None  # (story, texts, final keys, role evidence) as last counted
    senses: list[str] = field(default_factory=list)  # per mention: "" or the sense its context gives
    roles: tuple[tuple[str, int], ...] = ()  # (role phrase, mention index): «الرئيس الروسي فلاديمير بوتين»
    quotes: list[tuple[str, int, int]] = field(default_factory=list)  # per quote: (role, sentence, mention index)
    speaker_keys: list[str] = field(default_factory=list)  # per quote: the entity key its speaker resolved to

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
        # story -> role phrase -> final keys of the people it stood right beside
        self._story_roles: dict[str, dict[str, Counter]] = {}
        self._outlet_of: dict[str, str] = {}  # article -> its outlet, for telling self-credits from news
        self._outlet_sizes: Counter = Counter()  # outlet -> articles (from _outlet_of, once per update)
        self._outlet_countries: dict[str, Counter] = {}  # outlet -> country -> words naming it in its articles

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

    def _unglued(self, text: str, key: str, kind: str | None = None) -> str:
        return next((k for form, k in unclitic_readings(text, kind) if self._spellings[form] > 0 and k != key), key)

    # -- updating ------------------------------------------------------------------------
    def update(self, articles: Sequence[Article], story_of: dict[str, str],
               load: Callable[[list[str]], list[Article]] | None = None) -> LinkResult:
        """Link new (or re-enriched) ``articles`` given every article's current story, and
        relink the known articles this changes.  ``load`` fetches known articles whose
        entity ids change (from the store); without it only ``articles`` are written."""
        fresh = {a.id: a for a in articles}
        for aid, article in fresh.items():
            if article.outlet:
                self._outlet_of[aid] = article.outlet
        self._outlet_sizes = Counter(self._outlet_of.values())
        for article in fresh.values():
            if article.outlet:
                self._outlet_countries.setdefault(article.outlet, Counter()).update(_countries_named(article.text))
        moved = {aid for aid, linked in self._linked.items() if aid not in fresh and linked.story != story_of.get(aid)}

        # Rule 1: which keys exist and how each name is built; a re-linked article first
        # withdraws what it said before.
        structure_before: dict[str, tuple[str, ...]] = {}
        names_before: dict[str, int] = {}
        for aid, article in fresh.items():
            old = self._linked.get(aid)
            for text, kind in zip(old.texts, old.types) if old is not None else ():
                self._count_name(aid, text, kind, -1, structure_before, names_before)
            for mention in article.mentions:
                self._count_name(aid, mention.text, mention.type, +1, structure_before, names_before)
        appeared = {form for form, was in names_before.items() if (was > 0) != (self._spellings[form] > 0)}

        # Names used for places, here or before: an organisation named after one (rule 1c) is told
        # apart from it.  (A place first named so in a later batch leaves earlier mentions as they were.)
        places = {name_key(m.text, m.type) for a in fresh.values() for m in a.mentions if m.type == "LOC"}
        places |= {k for k, votes in self._types.items() if votes.get("LOC", 0) > 0}

        # Rule 1b, and the type and story counts it feeds.
        type_before: dict[str, str] = {}
        stories_changed: set[str | None] = set()
        for aid in set(fresh) | moved | {aid for form in appeared for aid in self._waiting.get(form, ())}:
            old = self._linked.get(aid)
            if aid in fresh:
                texts, types = [m.text for m in fresh[aid].mentions], [m.type for m in fresh[aid].mentions]
                senses = mention_senses(fresh[aid], places, self._home(fresh[aid].outlet))
                roles, quotes = role_evidence(fresh[aid]), quote_speakers(fresh[aid])
            else:
                texts, types, senses = old.texts, old.types, old.senses or [""] * len(old.texts)
                roles, quotes = old.roles, old.quotes
            if old is not None:
                self._count_types(aid, old, -1, type_before, stories_changed)
            keys = [self._unglued(text, key, kind) + sense if (key := _mention_key(text, kind)) else ""
                    for text, kind, sense in zip(texts, types, senses)]
            new = _Linked(story_of.get(aid), texts, types, keys, old.counted if old is not None else None, senses,
                          roles, quotes, old.speaker_keys if old is not None else [])
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
            counted = (linked.story, tuple(linked.texts), tuple(self._resolve(linked, story_indexes)), linked.roles)
            if counted == linked.counted and aid not in fresh:
                continue
            if aid in fresh or linked.counted is None or linked.counted[2] != counted[2]:
                rewrite.append(aid)
            self._count_entities(aid, linked.counted, -1, existed)
            linked.counted = counted
            self._count_entities(aid, counted, +1, existed)
        # Speakers last: a title («الرئيس الروسي») resolves against every article of its story.
        for aid in sorted(context):
            linked = self._linked[aid]
            keys = self._speaker_keys(linked)
            if keys != linked.speaker_keys:
                linked.speaker_keys = keys
                if aid not in rewrite:
                    rewrite.append(aid)

        relinked = self._write_back(rewrite, fresh, load)
        entities = sorted((self._entity(k) for k in existed if self._articles.get(k)), key=lambda e: (-e.salience, e.id))
        removed = sorted(entity_id(k) for k, was in existed.items() if was and not self._articles.get(k))
        return LinkResult(relinked, entities, removed)

    def _count_name(self, aid: str, text: str, kind: str, sign: int, structure_before: dict,
                    names_before: dict) -> None:
        key = name_key(text, kind)
        if not key:
            return
        if key not in structure_before:
            structure_before[key] = self.tokens(key)
        form = spelling(text, kind)
        names_before.setdefault(form, self._spellings[form])
        self._spellings[form] += sign
        structure = tuple(token_keys(text, kind))
        self._structures[key][structure] += sign
        if self._structures[key][structure] <= 0:
            del self._structures[key][structure]
        for reading, _ in unclitic_readings(text, kind):
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
            if key and mention_type in SHORT_FORM_TYPES and len(self.tokens(key)) == 1 and not _connector(text):
                if article_index is None:
                    article_index = _full_names_by_token(counts, self.tokens, self.type)
                word = _first_word(text)
                full = _resolve_short(mention_type, word, article_index)
                if full is None and linked.story is not None:
                    full = _resolve_short(mention_type, word, self._story_index(linked.story, story_indexes).by_token)
            elif key and mention_type in SHORT_FORM_TYPES:
                # Rule 2b: «عبدالرحمن اليوبي» is the «عبد الرحمن بن عبيد اليوبي» of its article.
                full = _shorter_form(text, [(k, t) for k, t, kind in zip(linked.keys, linked.texts, linked.types)
                                            if k and k != key and kind == mention_type])
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

    def _speaker_keys(self, linked: _Linked) -> list[str]:
        """Per quote, the entity its speaker is when the speaker phrase names no one:
        - a title or role («الرئيس الروسي») is the one person its story writes it beside;
        - «الوكالة», «الوزارة» is the one organisation of that kind in its article, else its story;
        - a title seen beside no one is the person named as the speaker of a quote just before
          («وقال وزير التجارة والصناعة» after a quote of دينيس مانتوروف)."""
        final = linked.counted[2] if linked.counted else ()
        out: list[str] = []
        last: tuple[int, str] | None = None  # (sentence, key) of the last named person speaker
        for role, sentence, index in linked.quotes:
            key = ""
            if 0 <= index < len(final):
                key = final[index]
                if key and linked.types[index] == "PERS":
                    last = (sentence, key)
            elif role.startswith(INSTITUTION_MARK):
                key = self._institution(role[len(INSTITUTION_MARK):], linked, final)
            elif role:
                key = self._role_holder(linked.story, role)
                if not key and last is not None and 0 <= sentence - last[0] <= CARRY_SENTENCES:
                    key = last[1]
            out.append(key)
        return out

    def _role_holder(self, story: str | None, role: str) -> str:
        """The one person the story writes the role beside (a role seen beside two people: none)."""
        if story is None:
            return ""
        holders: Counter = Counter()
        for seen, keys in self._story_roles.get(story, {}).items():
            if seen == role or seen.startswith(role + " ") or role.startswith(seen + " "):
                holders.update(keys)
        if not holders:
            return ""
        ranked = holders.most_common(2)
        return ranked[0][0] if len(ranked) == 1 or ranked[0][1] >= DOMINANCE * ranked[1][1] else ""

    def _institution(self, head: str, linked: _Linked, final) -> str:
        """The one organisation whose name begins with ``head`` (وكالة) in the article, else its story."""
        wanted = token_key(head)
        in_article = {k for k, kind in zip(final, linked.types) if k and kind == "ORG"
                      and self.tokens(k) and self.tokens(k)[0] == wanted}
        if len(in_article) == 1:
            return in_article.pop()
        if in_article or linked.story is None:
            return ""
        in_story = {k for k in self._story_names.get(linked.story, {}) if self.type(k) == "ORG"
                    and self.tokens(k) and self.tokens(k)[0] == wanted}
        return in_story.pop() if len(in_story) == 1 else ""

    def _count_entities(self, aid: str, counted, sign: int, existed: dict[str, bool]) -> None:
        if counted is None:
            return
        story, texts, final, roles = counted if len(counted) == 4 else (*counted, ())
        if story is not None:
            for role, index in roles:
                if final[index]:
                    table = self._story_roles.setdefault(story, {}).setdefault(role, Counter())
                    table[final[index]] += sign
                    if table[final[index]] <= 0:
                        del table[final[index]]
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
            linked = self._linked[article.id]
            for mention, key in zip(article.mentions, linked.counted[2]):
                mention.entity_id = entity_id(key) if key else None
            _link_speakers(article)
            for quote, key in zip(article.quotes, linked.speaker_keys):
                if key and quote.speaker_entity_id is None:
                    quote.speaker_entity_id = entity_id(key)
        return articles

    def _home(self, outlet: str | None) -> str | None:
        """The country an outlet writes from: the one its articles name far most (a Saudi paper's المملكة),
        else the one the whole corpus names most.  A pan-Arab paper has no clear own: aawsat named إيران
        more than السعودية on 2015-07-21, the day after the nuclear deal."""
        def clear(named: Counter | None) -> str | None:
            ranked = sorted(named.items(), key=lambda kv: (-kv[1], kv[0])) if named else []
            return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]) else None

        known = outlet and self._outlet_sizes.get(outlet, 0) >= SIGNATURE_MIN_ARTICLES  # a few articles say little
        own = clear(self._outlet_countries.get(outlet)) if known else None
        if own is not None:
            return own
        everywhere: Counter = Counter()
        for named in self._outlet_countries.values():
            everywhere.update(named)
        return min(everywhere, key=lambda c: (-everywhere[c], c)) if everywhere else None

    def _self_credited(self, articles: Counter) -> set[str]:
        """The outlets whose own name this entity is, by how it is spread over outlets (see SIGNATURE_SHARE)."""
        named: Counter = Counter(self._outlet_of.get(aid) for aid in articles)
        everywhere = sum(self._outlet_sizes.values())
        own = set()
        for outlet, n in named.items():
            size = self._outlet_sizes.get(outlet, 0)
            if outlet is None or size < SIGNATURE_MIN_ARTICLES or n < SIGNATURE_SHARE * size:
                continue
            elsewhere = (len(articles) - n) / max(1, everywhere - size)
            if n / size >= SIGNATURE_RATIO * elsewhere:
                own.add(outlet)
        return own

    def _entity(self, key: str) -> Entity:
        aliases = self._aliases[key]
        articles = self._articles[key]
        # Salience counts what other outlets wrote: an outlet crediting itself in its own articles is
        # no sign the name is in the news (its articles still list it: the mentions are right).
        own = self._self_credited(articles)
        news = {aid: n for aid, n in articles.items() if self._outlet_of.get(aid) not in own} if own else articles
        mentions = sum(news.values())
        base, _, sense = key.partition(SENSE_MARK)
        if sense.startswith(BODY_MARK):  # a body of the country named: «الأهلي (مصر)»
            name, country = _canonical_name(base, aliases), sense[len(BODY_MARK):]
            if _country_words().get(name_tokens(name)[-1] if name_tokens(name) else "") != country:
                name = f"{name} ({country})"  # «وزارة الداخلية التركية» says it already
        else:
            name = sense if sense and sense != ORG_SENSE else _canonical_name(base, aliases)
        kind = ("ORG" if sense == ORG_SENSE else "LOC" if sense and not sense.startswith(BODY_MARK)
                else _entity_type(self.type(key), self._types.get(key), aliases))
        return Entity(
            id=entity_id(key), name=name, type=kind,
            aliases=dict(sorted(aliases.items(), key=lambda kv: (-kv[1], kv[0]))), article_ids=sorted(articles),
            story_ids=sorted(self._stories.get(key, ())),
            salience=round(mentions * math.log(1 + len(news)), 3),
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


SENSE_MARK = "#"
ORG_SENSE = "org"
INSTITUTION_MARK = "@"
CARRY_SENTENCES = 2  # how far back a title speaker may find the person named before it
MAX_ROLE_WORDS = 8


@lru_cache(maxsize=4)
def _role_words(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(title words, words a role phrase may go on with, generic institution heads) of a language."""
    from rasid.lang import tables

    titles: set[str] = set()
    reporting = tables(language, "reporting")
    ner = tables(language, "ner")
    names = tables(language, "names")
    for table, attrs in ((reporting, ("TITLE_WORDS",)), (ner, ("PERSON_TITLES", "ROLE_WORDS")), (names, ("TITLES",))):
        for attr in attrs:
            titles |= {normalize(w) for w in getattr(table, attr, ())} if table is not None else set()
    linking = {normalize(w) for w in ("باسم", "لـ", "ل", "العام", "و")}
    institutions: set[str] = set()
    if reporting is not None:
        for phrase in reporting.INSTITUTIONS:
            words = normalize(phrase).split()
            if len(words) == 1 and not words[0].startswith("ال"):
                institutions.add(words[0])
    return frozenset(titles), frozenset(linking), frozenset(institutions)


def _role_key(words: list[str], titles: frozenset[str]) -> str:
    """A role phrase as compared across articles: normalised words, a glued و/ف off the first
    (والرئيس الروسي is الرئيس الروسي; وزير keeps its و)."""
    if words and words[0][:1] in "وف" and (words[0][1:] in titles or words[0][1:].startswith("ال")):
        words = [words[0][1:]] + words[1:]
    return " ".join(words)


def role_evidence(article: Article) -> tuple[tuple[str, int], ...]:
    """(role phrase, mention index) wherever a title phrase stands right beside a person's name:
    «الرئيس الروسي فلاديمير بوتين», «الرئيس الروسي، فلاديمير بوتين،», «دينيس مانتوروف، وزير التجارة»."""
    titles, linking, _ = _role_words((article.language or "ar").split("-")[0])
    text = article.text
    out = []
    for index, m in enumerate(article.mentions):
        if m.type != "PERS":
            continue
        before = _role_before(text, m.start, titles, linking, article.mentions)
        if before:
            out.append((before, index))
        after = _role_after(text, m.end, titles, linking)
        if after:
            out.append((after, index))
    return tuple(out)


def _role_before(text: str, start: int, titles, linking, mentions) -> str:
    head = text[max(0, start - 200):start]
    head = head.rstrip()
    if head.endswith(("،", ",")):
        head = head[:-1]
    words = []
    for w in reversed(head.split()):
        if not w or not (w[-1].isalpha()) or len(words) >= MAX_ROLE_WORDS:
            break
        n = normalize(w)
        if n in titles or n in linking or n.startswith("ال") or n.startswith("لل") or (n[:1] in "ول" and n[1:].startswith("ال")):
            words.append(n)
            continue
        break
    words.reverse()
    while words and words[0] not in titles:
        words.pop(0)
    return _role_key(words, titles) if words else ""


def _role_after(text: str, end: int, titles, linking) -> str:
    tail = text[end:end + 200]
    stripped = tail.lstrip()
    if not stripped.startswith(("،", ",")):
        return ""
    words = []
    for w in stripped[1:].split():
        clean = w.rstrip("،,.:؛")
        n = normalize(clean)
        if not n or len(words) >= MAX_ROLE_WORDS:
            break
        if not words and n not in titles:
            return ""
        words.append(n)
        if clean != w:
            break
    return _role_key(words, titles) if words else ""


def quote_speakers(article: Article) -> list[tuple[str, int, int]]:
    """Per quote, what linking needs of its speaker: (role phrase or institution head when the speaker
    names no one, sentence, index of the mention naming the speaker or -1)."""
    titles, _, institutions = _role_words((article.language or "ar").split("-")[0])
    out = []
    for q in article.quotes:
        sentence = q.sentence_index if q.sentence_index is not None else -1
        index = -1
        if q.speaker_start is not None:
            inside = [i for i, m in enumerate(article.mentions)
                      if m.start < q.speaker_end and q.speaker_start < m.end and m.type in ("PERS", "ORG")]
            persons = [i for i in inside if article.mentions[i].type == "PERS"]
            index = (persons or inside or [-1])[0]
        role = ""
        if index < 0 and q.speaker:
            words = [normalize(w) for w in q.speaker.split()]
            first = without_clitic(words[0]) if words else []
            if len(words) == 1 and any(r.startswith("ال") and r[2:] in institutions for r in first):
                role = INSTITUTION_MARK + next(r[2:] for r in first if r.startswith("ال") and r[2:] in institutions)
            elif words and any(r in titles for r in first):
                role = _role_key(words, titles)
        out.append((role, sentence, index))
    return out


def mention_senses(article: Article, places: set[str] = frozenset(), home: str | None = None) -> list[str]:
    """Per mention, what its context says it names beyond its spelling ("" when nothing):
    - an organisation named after a place, when a noun such as صحيفة stands before it or quote marks
      close round it: «صحيفة الشرق الأوسط» is the newspaper, not the region (rule 1c);
    - which of the places written alike it is, from the nearest cue word in the article:
      عمان beside مسقط is the Sultanate, beside الأردن the Jordanian capital (rule 1d);
    - which country's body of a name many countries' bodies bear (NATIONAL_BODIES) it is, when that is
      not ``home``, the country its outlet writes from: «الأهلي المصري» (rule 1e)."""
    from rasid.clean.places import is_place

    senses = []
    words = None
    for m in article.mentions:
        sense = ""
        base = name_key(m.text, m.type)
        homographs = _homographs().get(base)
        body = _body_reading(m.text, m.type)
        if body is not None:
            if words is None:
                words = _words_with_offsets(article.text)
            country = _body_country(body, words, m, article.text)
            sense = SENSE_MARK + BODY_MARK + country if country and country != home else ""
        elif homographs and m.type in ("LOC", "ORG"):
            if words is None:
                words = _words_with_offsets(article.text)
            sense = _nearest_sense(homographs, words, m)
        elif m.type in ("ORG", "LOC") and (base in places or is_place(m.text)) and _named_as_org(article.text, m):
            sense = SENSE_MARK + ORG_SENSE
        senses.append(sense)
    return senses


BODY_MARK = "~"


@lru_cache(maxsize=1)
def _national_bodies() -> dict[str, frozenset[str]]:
    """Body's name key -> the countries that have one (empty: every country)."""
    return {name_key(name): frozenset(countries) for t in all_tables("names")
            for name, countries in getattr(t, "NATIONAL_BODIES", {}).items()}


@lru_cache(maxsize=1)
def _country_words() -> dict[str, str]:
    """A normalised word that names a country -> the country."""
    return {normalize(w): country for t in all_tables("names") for country, cues in getattr(t, "COUNTRY_CUES", {}).items()
            for w in cues}


def _countries_named(text: str) -> Counter:
    """How often the text names each country (COUNTRY_CUES)."""
    cues = _country_words()
    found: Counter = Counter()
    for _, word in _words_with_offsets(text):
        country = next((cues[r] for r in without_clitic(word) if r in cues), None)  # بالمملكة, وللسعودية
        if country:
            found[country] += 1
    return found


def _body_reading(text: str, kind: str) -> tuple[str, str | None] | None:
    """(body's name key, the country its own last word gives or None) when the mention names a body many
    countries have: «مجلس الوزراء» -> (key, None), «الأهلي المصري» -> (key of الأهلي, مصر)."""
    if kind != "ORG":
        return None
    bodies = _national_bodies()
    tokens = name_tokens(text, kind)
    if not tokens:
        return None
    # «والأهلي», «لمجلس الوزراء» too, and «نادي الأهلي»: a club's noun before its name is no part of it
    readings = [(first, *tokens[1:]) for first in without_clitic(tokens[0])]
    if len(tokens) > 1 and any(r in _org_words() for r in without_clitic(tokens[0])):
        readings.append(tokens[1:])
    for words in readings:
        key = token_key("".join(words))
        if key in bodies:
            return key, None
        country = _country_words().get(words[-1]) if len(words) > 1 else None
        head = token_key("".join(words[:-1])) if country else ""
        if country and head in bodies and (not bodies[head] or country in bodies[head]):
            return head, country
    return None


def _mention_key(text: str, kind: str) -> str:
    """A mention's name key, a body's own for a body named with its country's adjective (rule 1e)."""
    body = _body_reading(text, kind)
    return body[0] if body is not None else name_key(text, kind)


def _body_country(body: tuple[str, str | None], words: list[tuple[int, str]], m: Mention, text: str) -> str | None:
    """The country of a body's mention: its own adjective, the word right after it («مجلس الوزراء
    الكويتي»), else the one country the article names most (twice at least, and twice as often as any
    other), among the countries that have such a body."""
    key, country = body
    allowed = _national_bodies()[key]
    cues = _country_words()
    if country:
        return country
    following = next((w for at, w in words if at >= m.end), None)
    if following in cues and (not allowed or cues[following] in allowed):
        return cues[following]
    named = Counter({c: n for c, n in _countries_named(text).items() if not allowed or c in allowed}).most_common(2)
    if named and named[0][1] >= 2 and (len(named) == 1 or named[0][1] >= 2 * named[1][1]):
        return named[0][0]
    return None


def _named_as_org(text: str, m: Mention) -> bool:
    before = text[max(0, m.start - 40):m.start].rstrip(" «\"“'(")
    previous = normalize(before.split()[-1]) if before.split() else ""
    if any(reading in _org_words() for reading in without_clitic(previous)):
        return True
    opened = text[max(0, m.start - 2):m.start].strip()
    closed = text[m.end:m.end + 2].strip()
    return bool(opened) and bool(closed) and opened[-1] in "«\"“" and closed[0] in "»\"”"


@lru_cache(maxsize=1)
def _org_words() -> frozenset[str]:
    return frozenset(normalize(w) for t in all_tables("names") for w in getattr(t, "ORG_CONTEXT_WORDS", ()))


@lru_cache(maxsize=1)
def _homographs() -> dict[str, dict[str, frozenset[str]]]:
    out: dict[str, dict[str, frozenset[str]]] = {}
    for table in all_tables("names"):
        for written, senses in getattr(table, "HOMOGRAPH_PLACES", {}).items():
            out[name_key(written)] = {label: frozenset(normalize(c) for c in cues) for label, cues in senses.items()}
    return out


_WORD = re.compile(r"\w+")


def _words_with_offsets(text: str) -> list[tuple[int, str]]:
    return [(w.start(), normalize(w.group())) for w in _WORD.finditer(text)]


def _nearest_sense(senses: dict[str, frozenset[str]], words: list[tuple[int, str]], m: Mention) -> str:
    """The sense whose cue word stands nearest the mention (inside it counts as nearest)."""
    best: tuple[int, str] | None = None
    for at, word in words:
        for label, cues in senses.items():
            if any(reading in cues for reading in without_clitic(word)):
                distance = 0 if m.start <= at < m.end else abs(at - m.start)
                if best is None or distance < best[0]:
                    best = (distance, label)
    return SENSE_MARK + best[1] if best else ""


@lru_cache(maxsize=1)
def _connectors() -> frozenset[str]:
    return frozenset(normalize(w) for t in all_tables("ner") for w in getattr(t, "NAME_CONNECTORS", ()))


def _connector(text: str) -> bool:
    """«لعبد» alone is a connector the tagger cut from its name, not a short form of one."""
    tokens = name_tokens(text)
    return len(tokens) == 1 and any(r in _connectors() for r in without_clitic(tokens[0]))


def _first_word(text: str) -> str:
    tokens = name_tokens(text)
    return tokens[0] if tokens else ""


def _canonical_name(key: str, aliases: Counter) -> str:
    """The most used spelling among the longest forms (a full name, not its short form),
    preferring forms written without a glued clitic."""
    bare = Counter({a: n for a, n in aliases.items() if name_key(a) == key}) or aliases
    # «بمنطقة عسير» gives way to «منطقة عسير» where that is written too, however often the
    # preposition was glued on (one day's Asir read «بمنطقة عسير» ×81 against «منطقة عسير» ×60)
    bare = Counter({a: n for a, n in bare.items() if not _glued_form(a, aliases)}) or bare
    longest = max(len(token_keys(alias)) for alias in bare)
    full = {a: n for a, n in bare.items() if len(token_keys(a)) == longest}
    return min(full, key=lambda a: (-full[a], a))


def _glued_form(alias: str, aliases: Counter) -> bool:
    """The alias is another alias with a conjunction or preposition glued to its first word."""
    first, _, rest = alias.partition(" ")
    return any(" ".join(filter(None, (reading, rest))) in aliases for reading in without_clitic(first)[1:])


def _link_speakers(article: Article) -> None:
    """A quote's speaker is the entity of the mention inside its speaker span, or the entity
    of this article whose full name the speaker phrase contains."""
    by_key: dict[str, Mention] = {}
    for mention in article.mentions:
        if mention.entity_id and mention.type in ("PERS", "ORG"):
            by_key.setdefault(name_key(mention.text), mention)
    for quote in article.quotes:
        if quote.speaker_start is not None:
            # a place in the phrase says where the speaker is from, never who: «وكيل إمارة منطقة
            # الرياض», «مصادر صحفية في محافظة لحج» are not الرياض or لحج speaking
            inside = [m for m in article.mentions if m.entity_id and m.start < quote.speaker_end
                      and quote.speaker_start < m.end and m.type in ("PERS", "ORG")]
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
