"""Clean one page: keep the article's prose, drop site chrome, lift title/byline/dateline/credits.

How a page is read (a careful reader's order):
1. Chrome phrases that are chrome wherever they stand (comment forms, follow-us prompts,
   licence notices, see-also links) go first, and so do lines the site's other pages share
   (its template, learnt across pages).
2. The article is the densest block of prose (``rasid.clean.block``): running text weighs for
   it, menus, headline lists, labels and dropped lines against it, and the headline the page
   repeats from its <title> line points to where it starts.  Everything far above or below it
   (menus, tickers, weather, most-read lists, footers) goes, each line with the reason.
3. Just above and below the block, short lines are read for what they are: the headline, the
   date line, the byline, credit lines, a subtitle or photo caption; metadata is lifted, and
   lines that read as text (a poem's last verses) stay.
4. Inside the block a short line is kept - it is the article's own subheading ("تعليق أمريكي
   على الزيارة") - unless a phrase table marks it or it opens a related-headlines box.
   Subheadings stay in the text (they carry the article's structure and read as its words) and
   are listed in meta["subheadings"] as offsets, so stages that want sentences only can skip them.
Every dropped piece is kept in Article.removed with a human-readable reason.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlsplit

from rasid.clean import fields
from rasid.clean.block import HEADLINE_REACH, article_block
from rasid.clean.boilerplate import BoilerplateStats, Templates, outlet_of
from rasid.clean.lines import Line, is_full_page, mark_lists, rekey, split_lines
from rasid.clean.phrases import (
    agency_name,
    byline_first_words,
    chrome_reason,
    count_words,
    glued_prefix_words,
    is_article_end,
    is_box_label,
    is_related_trigger,
    line_key,
    long_line_notice,
    see_also_site,
    tag_list_start,
)
from rasid.ingest.dates import date_in_url
from rasid.lang import tables as lang_tables
from rasid.model import Article, RemovedLine
from rasid.text.langid import detect_language

SUBHEADING_MAX_WORDS = 12
DATE_LINE_MAX_WORDS = 20  # "By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM"
TAIL_REACH = 6  # lines below the article still read for its credits, byline and date
TITLE_REACH = 12  # without a <title> line, the headline is looked for this far above the text
HEAD_DATE_REACH = 8  # without a known headline, a date line this far above the text may be the article's
BLOCK_HEAD_REACH = 6  # lines at the top of the block still read for a byline and date line (below a standfirst)
ABOVE_HEADLINE_REACH = 2  # a date line this close above the headline (a kicker row) is the article's
DATE_NEAR_HEADLINE = 0.95  # a date line printed between the headline and the text is the article's
DATE_LINE = 0.8  # a date line at the article's edge on a page whose headline is not known
DATE_URL = 0.85  # the day an article URL spells out ("/2020/8/24/"): the CMS's publication day
DATE_AGREED = 0.97  # the date line and the URL say the same day
DATE_URL_OVER_LINE = 0.6  # they disagree by more than a day: the URL is taken, with doubt
DATE_ORDER_UNKNOWN = 0.45  # "02/11/2023" on an English page of no known country: day and month may be swapped
# A line that is only an address: e-mail, link, or social handle with an optional label
# ("t:@Sahfan_Press", "تويتر: @x").
_ADDRESS = re.compile(r"^(?:[^\s:]{1,12}\s*:\s*)?(?:\S+@\S+\.\w+|https?://\S+|www\.\S+|@\w{2,})$")
_WORD_CHAR = re.compile(r"\w")
_COUNTER = re.compile(r"^\d{1,5}(?:[.,]\d)?[kKmM]?$")


@dataclass(slots=True)
class _Found:
    """Metadata gathered while reading the lines."""

    title: str | None = None
    title_line: Line | None = None
    author: str | None = None
    dateline: str | None = None
    date_line: str | None = None
    date_iso: str | None = None
    credits: list[str] = field(default_factory=list)
    byline_outlet: str | None = None
    date_confidence: float | None = None

    def take(self, attribution: fields.Attribution) -> None:
        self.byline_outlet = self.byline_outlet or attribution.outlet_tag
        if attribution.author and (credit := fields.credit_naming_no_one(attribution.author)):
            # "By HNN Staff", "By The Associated Press": the newsroom or the wire signs it, no person.
            self.credits.append(credit)
        else:
            self.author = self.author or attribution.author
        self.dateline = self.dateline or attribution.dateline
        self.credits.extend(attribution.credits)


@dataclass(slots=True)
class _Dated:
    index: int
    iso: str | None
    line: Line
    extra: fields.Attribution


def clean_article(article: Article, boilerplate: BoilerplateStats | Templates | None = None,
                  lines: list[Line] | None = None) -> Article:
    """Fill ``text``, ``title``, ``author``, ``dateline``, ``credits``, ``removed`` and
    ``meta['date_line']``/``meta['subheadings']`` from ``article.raw_text``."""
    raw = article.raw_text or ""
    article.removed = []  # cleaning again starts from the page, not from the last audit
    if lines is None:
        lines = split_lines(raw)
    if article.language is None:
        article.language = detect_language(_language_sample(raw, lines))
    found = _Found()
    outlet = outlet_of(article)
    trusted_title = article.source_format != "text"
    tags = boilerplate.outlet_tags(outlet) if boilerplate else {}

    for line in lines:
        _cut_glued_prefix(line, article.removed)
        _judge_anywhere(line)
        if boilerplate is not None and line.keep and line.key:
            line.template = boilerplate.reason(outlet, line.key, line.n_words)
    mark_lists(lines)
    opening = next((ln for ln in lines if ln.keep), None)  # a dump's <title> line, if the page is one
    # Read even when the title is given (an HTML page's visible text, a JSON record of a dump):
    # the headline still shows where the article starts.
    page_title, headline = _page_title(lines)
    full_page = headline is not None or is_full_page(lines)
    if full_page:
        boxed = headline is not None and not any(ln.sentence for ln in lines[headline + 1: headline + 1 + HEADLINE_REACH])
        block = article_block(lines, headline, reach=BOXED_HEADLINE_REACH if boxed else HEADLINE_REACH)
        tail_reach = TAIL_REACH
    else:
        # The article alone (a feed's body field, a saved article): everything between its
        # first and last paragraph is its text, as it is on SaudiNewsNet, poems and lists included.
        paragraphs = [i for i, ln in enumerate(lines) if ln.keep and ln.paragraph]
        block = (paragraphs[0], paragraphs[-1]) if paragraphs else None
        tail_reach = len(lines)
    first, last = block if block else (len(lines), -1)
    if block and full_page:
        last = _article_end(lines, first, last)
        last = _next_story(lines, first, last)
        last = _closing_sentence(lines, last)
        # Below a tag list's label ("Más temas:", "Tags") the lines are tags, not a credit: a
        # place tag "Granada (Nicaragua)" reads like a byline's "Name (City)".
        labels = fields.tables().tag_labels
        tags_at = next((k for k in range(last + 1, min(last + 1 + tail_reach, len(lines))) if lines[k].key in labels), None)
        if tags_at is not None:
            tail_reach = tags_at - last
    # Where the article's own metadata can be: below the headline, or (a full page whose headline
    # is not known) the dozen lines above the text; a page that is the article alone, all its head.
    if headline is not None:
        head_start = headline + 1
    else:
        head_start = max(0, first - TITLE_REACH) if full_page and block else 0
    if page_title is not None:
        lifted = not trusted_title and article.title is None
        if lifted:
            found.title = _headline_text(lines[page_title], lines[headline])
            found.title_line = lines[headline]
            article.meta["title_from"] = "headline repeated from the page title"
        lines[page_title].drop("page title (the <title> line)" + (", lifted to Article.title" if lifted else ""))
        lines[headline].drop("headline" + (", lifted to Article.title" if lifted else " (Article.title)"))

    # A standfirst or a sentence-shaped photo caption under the headline opens the block; the
    # byline and date line printed below it are still the article's metadata, not its text.
    text_first = _metadata_in_block_head(lines, first, last) + 1 if full_page and block else first
    if block and full_page:
        _split_bylines(lines, max(head_start if headline is not None else first - TITLE_REACH, 0),
                       min(text_first + BLOCK_HEAD_REACH, len(lines)), found)
    in_related_block = False
    box_label: set[str] = set()
    box_items = 0  # lines of the open box dropped so far
    dates: list[_Dated] = []
    for i, line in enumerate(lines):
        if not line.keep:
            # A trigger a phrase rule already took ("اقرأ أيضاً" as a see-also label) still
            # opens the block of headlines below it.
            in_related_block = (in_related_block and line.reason == "related headlines block") or (
                bool(line.key) and is_related_trigger(line.key, line.text)
            )
            if line.key and is_related_trigger(line.key, line.text):
                box_label = set(line.key.split())
                box_items = 0
            elif in_related_block:
                box_items += 1
            continue
        if in_related_block and not line.prose:
            # The box's own end marker repeats its label ("قصص مقترحة نهاية" under "قصص مقترحة").
            # The line right under the label is the box's one link, not a subheading it runs into.
            if (box_items and first <= i <= last and _subheading_after_box(lines, i)
                    and not box_label & set(line.key.split())):
                in_related_block = False  # the article goes on under its next subheading
                continue
            line.drop("related headlines block")
            box_items += 1
            continue
        in_related_block = False
        if line.key and not line.prose and (is_related_trigger(line.key, line.text) or (
                is_box_label(line.key) and _box_follows(lines, i))):
            line.drop("related headlines block")
            in_related_block = True
            box_label = set(line.key.split())
            box_items = 0
            continue
        if first < i < text_first and not line.prose:
            _judge_edge(line, found, tags, dates, i)
            continue
        if first <= i <= last:
            continue
        if headline is not None and headline - ABOVE_HEADLINE_REACH <= i < headline and line.n_words <= DATE_LINE_MAX_WORDS:
            # A date printed in the row above the headline ("1 Nov 2023", then the headline).
            if (dated := fields.read_date_line(line.text)) is not None and dated[0]:
                dates.append(_Dated(i, dated[0], line, fields.Attribution()))
                line.drop("date line")
                continue
        # Repetition only speaks outside the article: a subheading an outlet reuses mid-body
        # ("أداء القطاعات" in every market report) is still that article's structure.  Near the
        # text, a line is read for metadata first: a busy reporter's byline recurs on many pages.
        if head_start <= i < first or last < i <= last + tail_reach:
            _judge_edge(line, found, tags, dates, i)
            if line.keep and line.template:
                line.drop(line.template)
        elif line.template:
            line.drop(line.template)
        else:
            line.drop(_outside_reason(line, "above" if i < first else "below"))

    if not trusted_title and article.title is None and found.title is None:
        if not (full_page and (_title_from_first_line(opening, lines, found) or _title_above_text(lines, first, found, article.meta))):
            _lift_title(lines[head_start:first] if block else lines[:1], found)
    if block and full_page:
        standfirst = _standfirst(lines, headline, first)
        _trim_head(lines, head_start, first, standfirst=standfirst)
        above = headline if headline is not None else next(
            (i for i, ln in enumerate(lines[:first]) if ln is found.title_line), None)
        if standfirst is None and above is not None and above < first < text_first - 1 and lines[first].keep:
            standfirst = first  # the standfirst opened the block, the byline and date line below it
        if standfirst is not None and lines[standfirst].keep:
            # Extractors that read the article element alone leave the standfirst out: the HTML
            # path puts it back from here.
            article.meta["standfirst"] = lines[standfirst].text
        _trim_tail(lines, last)
    anchor = headline if headline is not None else next(
        (i for i, ln in enumerate(lines[:first]) if found.title_line is not None and ln is found.title_line), None)
    if found.author is None and anchor is not None and block and full_page:
        _bare_byline(lines, anchor, first, found)
    _choose_date(found, dates, text_first, last, near_headline=headline is not None)
    title = article.title or found.title
    body = [ln for ln in lines if ln.keep]
    if title and block:
        body = _drop_repeated_title(body, lines[first], title)
    pieces = _first_paragraph(body, found, article.removed, tags) if body else []
    if pieces:
        _cut_tag_list(pieces, article.removed)

    _assemble(article, body, pieces, lines, found, title)
    return article


def _page_title(lines: list[Line]) -> tuple[int | None, int | None]:
    """(index of the page's <title> line, index of the headline it repeats) for a text dump,
    whose first line is the page title ("headline - section - site"): the headline is the later
    line that repeats it whole, or its head once the site's suffixes are cut, and has the
    article's first paragraph within reach below it (a ticker repeating the headline has not)."""
    first = next((i for i, ln in enumerate(lines) if ln.keep), None)
    if first is None or lines[first].sentence:  # a lead paragraph the page repeats is not a <title>
        return None, None
    title = lines[first]
    heads = set()
    headline = title.text
    while True:
        heads.add(line_key(headline))
        shorter, suffix = fields.split_title_suffix(headline, any_suffix=True)
        if suffix is None:
            break
        headline = shorter
    if (unprefixed := fields.split_title_prefix(title.text)) is not None:
        heads.add(line_key(unprefixed))  # the site's name before the headline, not after it
    versions = _title_versions(title.text)
    heads.update(line_key(v) for v in versions)
    heads = {h for h in heads if count_words(h) >= 3}
    if not heads:
        return None, None
    # Keys of long lines are cut to their head; the few lines that begin like the title are keyed
    # whole.  The opening word is compared as keyed ("Woman's" keys to "woman s").
    opening = min(heads, key=len).split(" ", 1)[0]
    title_key = line_key(title.text)
    boxed = None  # a repeat whose text starts below a box of teasers, if no repeat has it in reach
    cut = None  # a repeat of the title's head cut off with an ellipsis, if no whole repeat has the text in reach
    other_script = None  # a repeat of the <title>'s version in another script than the text's
    for j in range(first + 1, len(lines)):
        line = lines[j]
        if not line.keep or line.n_words > title.n_words or not line.key:
            continue
        if not versions and line.key.split(" ", 1)[0] != opening:
            continue  # the cheap test first: most lines of most pages stop here
        key = line_key(line.text)
        if versions and key not in heads and (head := _without_kicker(line.text)) is not None:
            key = line_key(head)  # «વડોદરા / …»: the city's kicker before one version of the headline
        if key.split(" ", 1)[0] != opening and not (versions and key in heads):
            continue
        if key not in heads and not _title_head(key, title_key):
            continue
        if versions and (text := next((ln for ln in lines[j + 1: j + 1 + HEADLINE_REACH] if ln.sentence), None)):
            if _script(line.text) != _script(text.text):
                other_script = j if other_script is None else other_script
                continue
        if any(ln.sentence for ln in lines[j + 1: j + 1 + HEADLINE_REACH]):
            if key not in heads and line.text.rstrip().endswith(_ELLIPSES):
                # A breadcrumb's or a teaser's copy, cut short ("… на деца в социални..." above
                # "… на деца в социални общежития"): the headline is the whole one below, if any.
                cut = j if cut is None else cut
                continue
            return first, j
        if boxed is None and _text_below_a_box(lines, j):
            boxed = j
    if boxed is not None:
        return first, boxed
    if cut is not None:
        return first, cut
    if other_script is not None:
        return first, other_script
    # The page may print its headline with the <title>'s words reordered ("آرون بوشنيل: أصدقاء
    # الطيار الأمريكي ..." over "أصدقاء الطيار الأمريكي آرون بوشنيل ..."): the same words, none more.
    words = sorted(min(heads, key=len).split())
    for j in range(first + 1, len(lines)):
        line = lines[j]
        if (line.keep and line.n_words == len(words) and sorted(line_key(line.text).split()) == words
                and any(ln.sentence for ln in lines[j + 1: j + 1 + HEADLINE_REACH])):
            return first, j
    # Or a headline the <title> rewrites for search engines ("Delhi air pollution: The law that's
    # helping fuel the city's poor air quality" over "The law that's helping fuel Delhi's deadly air
    # pollution"): nearly every word of the line is the title's, and its text follows.  Only a first
    # line that shows itself a <title> by the site's name after a separator is read so loosely.
    title_words = set(title_key.split())
    if fields.split_title_suffix(title.text, any_suffix=True)[1] is None:
        return _dated_headline(lines, first, title, title_words)
    for j in range(first + 1, len(lines)):
        line = lines[j]
        if not line.keep or not line.key or line.sentence or not HEADLINE_MIN_WORDS <= line.n_words <= title.n_words:
            continue
        own = set(line.key.split())
        shared = len(own & title_words)
        # Both ways: a subheading or a gallery caption holds a few of a long first line's words only.
        if (shared >= HEADLINE_MIN_WORDS and shared * REWORDED_COVER >= len(title_words)
                and len(own - title_words) * REWORDED_SHARE <= len(own)
                and any(ln.sentence for ln in lines[j + 1: j + 1 + HEADLINE_REACH])):
            return first, j
    return None, None


_ELLIPSES = ("...", "…")
KICKER_MAX_WORDS = 3


def _title_versions(title: str) -> list[str]:
    """The two versions of a headline a <title> joins with a bare "|" («Chhetu Patel, …, wife under
    treatment|અમેરિકામાં …»: Divya Bhaskar gives the English and the Gujarati), each of three words
    or more; none when the bar is spaced (" | ": the site's name or section follows) or absent."""
    if title.count("|") != 1 or " | " in title:
        return []
    parts = [p.strip() for p in title.split("|")]
    return parts if all(count_words(p) >= 3 for p in parts) else []


def _without_kicker(text: str) -> str | None:
    """The line's text after a kicker of a few words and " / " («વડોદરા / અમેરિકામાં …», the city
    before the headline); None when it has none."""
    kicker, sep, rest = text.partition(" / ")
    return rest.strip() if sep and rest.strip() and count_words(kicker) <= KICKER_MAX_WORDS else None


def _script(text: str) -> str | None:
    """The script most of the text's letters are written in (LATIN, GUJARATI, ARABIC, …)."""
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            if name:
                script = name.split(" ", 1)[0]
                counts[script] = counts.get(script, 0) + 1
    return max(counts, key=counts.get) if counts else None


DATED_HEADLINE_SHARED = 3  # words the headline shares with the <title> at least
DATED_HEADLINE_COVER = 3  # and they are a third of its words
DATED_HEADLINE_REACH = 4  # lines under it where its date line stands (a second headline line, standfirst, byline between)
DATED_HEADLINE_LONGER = 1.5  # the headline may have half as many words again as the <title>
DATED_HEADLINE_SCAN = 10  # lines looked through for those four (share buttons between them are skipped)


def _dated_headline(lines: list[Line], first: int, title: Line, title_words: set[str]) -> tuple[int | None, int | None]:
    """A headline the <title> words quite differently, on a page whose <title> names no site
    ("Hanna, 18, försvunnen i Uddevalla" under "Hanna i Uddevalla försvunnen – polisen ber om tips
    om 18-åringen"): a headline-sized line sharing a few of the title's words, with a date line a
    few lines under it and the article's text within reach.  The first such line is taken.  Under
    a <title> with the site's name the looser reworded match above is the only one: there a line
    sharing three words is as often a teaser's or a subheading's (the LA Times' kicker line)."""
    for j in range(first + 1, len(lines)):
        line = lines[j]
        # The page's headline may run longer than the <title>'s (STAT: twelve words over nine).
        if not line.keep or not line.key or line.sentence or not 3 <= line.n_words <= max(
                title.n_words + 2, title.n_words * DATED_HEADLINE_LONGER):
            continue
        own = set(line.key.split())
        shared = len(own & title_words)
        if shared < DATED_HEADLINE_SHARED or shared * DATED_HEADLINE_COVER < len(own):
            continue
        # The lines under it the phrase rules left (a share row between them is no line of the
        # article's head): STAT prints standfirst, "Manage alerts", share row, photo credit, then
        # "By Elaine Chen" and the date; a byline there shows the head as well as a date line.
        below = [ln for ln in lines[j + 1: j + 1 + DATED_HEADLINE_SCAN] if ln.text.strip() and ln.keep][:DATED_HEADLINE_REACH]
        if (any(ln.n_words <= DATE_LINE_MAX_WORDS and fields.read_date_line(ln.text) is not None
                or _prefixed_byline(ln) for ln in below)
                and any(ln.sentence for ln in lines[j + 1: j + 1 + HEADLINE_REACH])):
            return first, j
    return None, None


def _prefixed_byline(line: Line) -> bool:
    """A byline opening with its label ("By Elaine Chen"), a person's name after it."""
    first = line.key.split(" ", 1)[0] if line.key else ""
    if first not in byline_first_words() or not _byline_sized(line):
        return False
    attribution = fields.read_attribution(line.text)
    return attribution is not None and bool(attribution.author)


HEADLINE_MIN_WORDS = 5
REWORDED_SHARE = 6  # at most one word in six of the headline is not in the <title>
REWORDED_COVER = 3  # and it holds a third of the <title>'s words at least (a site's long suffix is the rest)


BOXED_HEADLINE_REACH = 45  # a box of related stories between the headline and the text: up to ~12 teasers


def _text_below_a_box(lines: list[Line], j: int) -> bool:
    """The first sentence below line j lies beyond HEADLINE_REACH, but what stands between is
    mostly a list (a box of related stories: section, headline, date for each): the lines in
    between that are in no list are fewer than HEADLINE_REACH.  A ticker repeating the headline
    at the top of the page has the menus and more below it."""
    outside = 0
    for k in range(j + 1, min(j + 1 + BOXED_HEADLINE_REACH, len(lines))):
        line = lines[k]
        if line.sentence:
            return True
        if not line.in_list:
            outside += 1
            if outside > HEADLINE_REACH:
                return False
    return False


TITLE_TAIL_MAX_WORDS = 6  # "..., Companies & Markets - THE BUSINESS TIMES", "... l KBS WORLD"


def _title_head(key: str, title_key: str) -> bool:
    """The line is the <title>'s head and only a short tail follows it there: the site's name and
    section after a separator the suffix table does not know (a comma, KBS's "l")."""
    if count_words(key) < 4 or not title_key.startswith(key + " "):
        return False
    return count_words(title_key[len(key):]) <= TITLE_TAIL_MAX_WORDS


def _headline_text(title: Line, repeat: Line) -> str:
    text = repeat.text
    if line_key(repeat.text) == line_key(title.text):  # the page repeats the whole <title>: cut the site's name off
        text, _ = fields.split_title_suffix(text)
    elif (head := _without_kicker(text)) is not None and line_key(head) in map(line_key, _title_versions(title.text)):
        text = head  # the kicker is the page's label, not the headline's words
    return text


def _outside_reason(line: Line, where: str) -> str:
    if line.template:
        return line.template
    if fields.read_date_line(line.text) is not None if line.n_words <= DATE_LINE_MAX_WORDS else False:
        return f"date {where} the article (the site's or a listed headline's, not the article's)"
    if line.in_list:
        kind = "headline list" if line.n_words >= 4 else "menu or link list"
        return f"{kind} {where} the article"
    if line.repeats > 1:
        return f"line the page repeats, {where} the article"
    return f"site text {where} the article"


def _article_end(lines: list[Line], first: int, last: int) -> int:
    """The block's last line, or the last paragraph above a label that only follows an article
    ("Tags:", "Related Content", "0 comments") once most of the block's prose is above it: a
    related story's teaser below it is bridged into the block but is not this article's.  The
    short lines between the last longer line and the label (a weather widget) are left to the tail.
    A related box's label ("Related Links") is not the end when the text goes on under the box:
    paragraphs, not the teasers' alternating headlines and summaries."""
    words = [ln.n_words if ln.keep and ln.prose else 0 for ln in lines[first:last + 1]]
    total = sum(words)
    above = 0
    for i in range(first, last + 1):
        line = lines[i]
        above += words[i - first]
        if above * 2 >= total and _teaser_cards(lines, i, last):
            return max((j for j in range(first, i) if lines[j].keep and lines[j].prose), default=last)
        if line.prose or not line.key or not is_article_end(line.key, line.n_words):
            continue
        if above * 2 >= total:
            if is_box_label(line.key) and _text_goes_on_below_box(lines, i, last):
                continue
            return max((j for j in range(first, i) if lines[j].keep and lines[j].n_words > WIDGET_WORDS), default=last)
    return last


CLOSING_MIN_WORDS = 3


def _closing_sentence(lines: list[Line], last: int) -> int:
    """The block's end moved one line down onto the article's closing sentence, printed as a
    paragraph of its own too short to read as running text («Ganyan lang ang buhay.», "That's how
    life is.", under Hataw's last paragraph, above the columnist's sign-off): a line of a few
    words ending with a full stop right below a paragraph, that no rule took for chrome, that is
    no sign-off («Max Lee, KBS World Radio News.»: the byline the tail gives the author), and no
    paragraph right below it (a teaser's headline and summary).  Headlines and menu labels do not
    end with a full stop."""
    below = last + 1
    if last < 0 or below >= len(lines) or not (lines[last].keep and lines[last].prose):
        return last
    line = lines[below]
    if (line.keep and not line.template and line.n_words >= CLOSING_MIN_WORDS and line.full_stop
            and fields.read_attribution(line.text) is None
            and not (below + 1 < len(lines) and lines[below + 1].sentence)):
        return below
    return last


NEXT_STORY_MIN_PARAGRAPHS = 3


def _next_story(lines: list[Line], first: int, last: int) -> int:
    """The block's last line, or the last paragraph above the next story's head when the page goes
    on with whole other stories (Correctiv's endless scroll: headline, standfirst, reading time,
    byline, a date line of another day, then that story's text).  A date line inside the text that
    is followed by prose and dates another day than the article's own date line is such a head; a
    live blog's entries carry the article's day or the next."""
    head = next((dated[0] for ln in lines[max(0, first - TITLE_REACH):min(first + BLOCK_HEAD_REACH, last)]
                 if ln.n_words <= DATE_LINE_MAX_WORDS and not ln.prose
                 and (dated := fields.read_date_line(ln.text)) is not None and dated[0]), None)
    if head is None:
        return last
    paragraphs = 0
    for i in range(first, last + 1):
        line = lines[i]
        if line.keep and line.prose:
            paragraphs += 1
            continue
        if paragraphs < NEXT_STORY_MIN_PARAGRAPHS or not line.keep or line.n_words > DATE_LINE_MAX_WORDS:
            continue
        dated = fields.read_date_line(line.text)
        if dated is None or not dated[0] or abs((date.fromisoformat(dated[0]) - date.fromisoformat(head)).days) <= 1:
            continue
        after = next((ln for ln in lines[i + 1:last + 1] if ln.keep), None)
        if after is None or not after.prose:
            continue
        # Back over the story's head: byline and reading time, its standfirst, its headline.
        j = i - 1
        for want_prose in (False, True, False):
            while j > first and (not lines[j].keep or lines[j].prose == want_prose):
                j -= 1
                if want_prose:
                    break
        end = max((k for k in range(first, j + 1) if lines[k].keep and lines[k].prose), default=None)
        return end if end is not None else last
    return last


TEASER_CARDS = 2
CARD_LABEL_WORDS = 3


def _teaser_cards(lines: list[Line], i: int, last: int) -> bool:
    """Teaser cards start at line i: a section label the page also prints in its menu ("Digital
    Life", "B2B"), a headline, its summary sentence, and again, TEASER_CARDS times or more
    (futurezone.at's related stories under the text, bridged into the block by their summaries).
    An article's subheading that is a section's name is followed by its paragraph, not a headline."""
    cards = 0
    while i + 2 <= last:
        label, headline, summary = lines[i], lines[i + 1], lines[i + 2]
        if not (label.keep and headline.keep and summary.keep and label.repeats > 1 and not label.prose
                and label.n_words <= CARD_LABEL_WORDS and not headline.prose
                and headline.n_words >= TEASER_HEADLINE_WORDS and summary.prose):
            break
        cards += 1
        i += 3
    return cards >= TEASER_CARDS


WIDGET_WORDS = 3  # "76" / "Currently in" / "Full Forecast": a widget's short lines above the end label


def _box_follows(lines: list[Line], i: int) -> bool:
    after = next((lines[k] for k in range(i + 1, len(lines)) if lines[k].keep), None)  # no copy of the tail
    return after is not None and not after.prose


TEASER_HEADLINE_WORDS = 4  # a teaser's headline: a line of this many words or more, not a sentence
TEASER_WINDOW = 12  # lines past the block's end still read for more teasers


def _text_goes_on_below_box(lines: list[Line], label: int, last: int) -> bool:
    """Below the box's label and its links (the lines up to the next paragraph), the article's
    own text resumes: its paragraphs, not a list of teasers, where each headline is followed by
    its summary and the pattern runs on past the block's end (an embedded tweet's attribution
    above a paragraph is one such pair among many paragraphs)."""
    start = next((k for k in range(label + 1, last + 1) if lines[k].keep and lines[k].prose), None)
    if start is None:
        return False
    if any(ln.key and not ln.prose and is_box_label(ln.key) for ln in lines[label + 1:start]):
        # Another box's label ("Next Up In Science & Health" ... "Most Read") stands before the
        # prose: what resumes is that box's teasers, each headline glued to its summary sentence.
        return False
    paragraphs = sum(1 for ln in lines[start:last + 1] if ln.keep and ln.prose)
    teasers = 0
    window = lines[start:min(len(lines), last + 1 + TEASER_WINDOW)]
    for above, below in zip(window, window[1:]):
        if not above.prose and above.n_words >= TEASER_HEADLINE_WORDS and below.prose:
            teasers += 1
    return teasers * 3 <= paragraphs


BYLINE_MAX_WORDS = 8
PREFIXED_BYLINE_MAX_WORDS = 12  # "By Nathan Bernier | KUT • 16 hours ago"


BARE_BYLINE_REACH = 8  # lines under the headline where a byline without "By" may stand


def _bare_byline(lines: list[Line], headline: int, first: int, found: _Found) -> None:
    """A byline printed without "By" ("Jill Serjeant", "Ibtisam Mahdi, Ruwaida Kamal Amer"): a line
    of names only, right under the headline or next to a date line."""
    # The window is not cut at the first long line: a photo caption often stands above the byline.
    shown = [i for i in range(headline + 1, min(headline + 1 + BARE_BYLINE_REACH, len(lines))) if lines[i].text.strip()]
    for k, i in enumerate(shown):
        line = lines[i]
        if line.n_words > 12:
            continue
        # "VICTOR TANGERMANN, FUTURISM": the name and, after a comma, the outlet it writes for.
        name, outlet = (line.text.strip(), None) if fields.names_only(line.text) else fields.name_and_outlet(line.text)
        if name is None:
            continue
        near = [lines[j] for j in shown[max(0, k - 1): k + 2] if j != i]
        below = lines[shown[k + 1]] if k + 1 < len(shown) else None
        role = below is not None and fields.role_line(below.text)  # "Tom Gillespie" / "News reporter @TomGillespie1"
        if k == 0 or role or any(ln.n_words <= DATE_LINE_MAX_WORDS and fields.read_date_line(ln.text) is not None
                                 for ln in near):
            found.author = name
            if outlet:
                found.credits.append(outlet)
            if line.keep:
                line.drop("byline, lifted to Article.author")
            if role and below.keep:
                below.drop("the reporter's role under the byline")
            return


def _split_bylines(lines: list[Line], start: int, end: int, found: _Found) -> None:
    """A byline whose "By" is an element of its own ("By" / "Daniel Wood"), in the article's head:
    read the two lines as one."""
    prefixes = fields.tables().byline_labels
    for i in range(start, end - 1):
        label, name = lines[i], lines[i + 1]
        if not (label.keep and name.keep and label.key in prefixes and 1 <= name.n_words <= 4):
            continue
        attribution = fields.read_attribution(f"{label.text} {name.text}")
        if attribution is not None and attribution.author:
            found.take(attribution)
            label.drop("byline label")
            name.drop("byline, lifted to Article.author/dateline/credits")
            return


def _byline_sized(line: Line) -> bool:
    if line.n_words <= BYLINE_MAX_WORDS:
        return True
    first = line.key.split(" ", 1)[0] if line.key else ""
    return line.n_words <= PREFIXED_BYLINE_MAX_WORDS and first in byline_first_words()


def _metadata_in_block_head(lines: list[Line], first: int, last: int) -> int:
    """Index of the last byline or date line among the block's first few lines, before its
    second paragraph ("headline / standfirst / By X / 02/11/2023 / text"); ``first`` when none."""
    end = first
    paragraphs = 0
    for i in range(first, min(last, first + BLOCK_HEAD_REACH) + 1):
        line = lines[i]
        if not line.keep:
            continue
        if line.prose:
            paragraphs += 1
            if paragraphs > 1:
                break
            continue
        if line.n_words <= DATE_LINE_MAX_WORDS and (fields.read_date_line(line.text) is not None
                                   or fields.split_name_glued_to_date(line.text) is not None):
            end = i
        elif _byline_sized(line) and fields.read_attribution(line.text) is not None:
            end = i
    return end


STANDFIRST_MIN_WORDS = 8
STANDFIRST_SKIP = 2  # a byline and its author link between the headline and the standfirst
STANDFIRST_SKIP_WORDS = 4
STANDFIRST_FUNCTION_SHARE = 0.25  # a summary sentence is a quarter function words; names, tags and headlines fewer


def _standfirst(lines: list[Line], headline: int | None, first: int) -> int | None:
    """The line right under the headline when it reads as a sentence: the standfirst ("The
    Scottish Conservatives said the First Minister 'must immediately set the record straight'"),
    which pages print without a full stop, above the byline and date line."""
    if headline is None:
        return None
    skipped = 0
    for i in range(headline + 1, first):
        line = lines[i]
        if not line.text.strip():
            continue
        if (line.keep and not line.template and line.n_words >= STANDFIRST_MIN_WORDS
                and fields.read_date_line(line.text) is None
                and (line.function_share >= STANDFIRST_FUNCTION_SHARE or _metadata_follows(lines, i + 1, first))):
            return i
        # Some pages print the byline and its author link first ("Marcus De Guzman" / "View More
        # Articles"), then the subtitle: a name or a short label is passed over, nothing else.
        # A line the cleaner dropped as chrome (a poll's label) means a widget, not the byline, follows.
        byline = not line.keep and (line.reason or "").startswith("byline")
        if skipped < STANDFIRST_SKIP and line.n_words <= STANDFIRST_SKIP_WORDS and not line.full_stop and (
                byline or (line.keep and not line.template and (fields.names_only(line.text) or line.n_words <= 3))):
            skipped += 1
            continue
        return None
    return None


SUBHEADING_MAX_WORDS = 4
TEASER_SUBHEADING_MAX_WORDS = 8
BOX_TEASER_MIN_WORDS = 15


def _subheading_after_box(lines: list[Line], i: int) -> bool:
    """A short line inside the article, right above a paragraph, that a box of related or
    most-read headlines runs into: the article's next subheading ("Cancer Patients"), not one of
    the box's headlines, which run longer and are followed by their author or the next headline.
    Right under a box item's teaser text (ABC's «Noticia Relacionada»: label, headline, author,
    teaser) the box has ended, and a longer subheading is the article's ("Forzada a abusar a sus
    propios hijos")."""
    line = lines[i]
    limit = SUBHEADING_MAX_WORDS
    if i and not lines[i - 1].keep and lines[i - 1].n_words >= BOX_TEASER_MIN_WORDS:
        limit = TEASER_SUBHEADING_MAX_WORDS
    if line.n_words > limit or line.digit_share or fields.read_date_line(line.text) is not None:
        return False
    after = next((ln for ln in lines[i + 1:] if ln.text.strip()), None)
    return after is not None and after.keep and after.prose


def _metadata_follows(lines: list[Line], start: int, end: int) -> bool:
    """Whether the next line is a date line or byline: a summary printed between headline and
    byline is the standfirst even when written like a headline, with few function words
    («Covid-19 "severely disrupts" all business segments including property, ...»)."""
    line = next((ln for ln in lines[start:end + 1] if ln.text.strip()), None)
    if line is None or line.n_words > 16:
        return False
    return (fields.read_date_line(line.text) is not None or fields.split_name_glued_to_date(line.text) is not None
            or (_byline_sized(line) and fields.read_attribution(line.text) is not None))


def _trim_head(lines: list[Line], head_start: int, first: int, standfirst: int | None = None) -> None:
    """Above the first paragraph, after what was lifted: up to two lines directly above it
    (a subtitle or standfirst, a photo caption; a byline between them and the text does not
    part them) stay, and so does a standfirst right under the headline; the rest is the page's
    furniture."""
    attached = 0
    for i in range(first - 1, head_start - 1, -1):
        line = lines[i]
        if i == standfirst:
            continue
        if not line.keep:
            if line.reason and line.reason.startswith("byline"):
                continue
            attached = 2  # chrome or a date line: what is above it is not the article's
            continue
        if attached < 2 and line.n_words >= 3 and not line.template:
            attached += 1
            continue
        attached = 2
        line.drop(line.template or "between the headline and the text: a caption or widget, not the article's text")


def _trim_tail(lines: list[Line], last: int) -> None:
    """Below the last paragraph: lines that read as text (function words, not list items) stay
    until the first that does not, and so does a short unexplained end of the page (a poem's
    last verses, a results line); after that it is the site's."""
    rest = [ln for ln in lines[last + 1:] if ln.keep]
    boxed = any(ln.reason == "related headlines block" for ln in lines[last + 1:] if not ln.keep)
    if len(rest) <= 3 and not any(ln.in_list for ln in rest) and not boxed:
        return  # unless a box of related stories stands between: what follows it is theirs
    attached = True
    for line in lines[last + 1:]:
        if not line.keep:
            if line.reason and ("lifted" in line.reason or "credit" in line.reason):
                continue
            attached = False
            continue
        if attached and (not line.in_list or _leads_on(line)) and line.n_words >= 2 and line.function_share > 0:
            continue
        attached = False
        line.drop(_outside_reason(line, "right below") if line.in_list else
                  "right below the article: tags, widgets or the site's text")


def _leads_on(line: Line) -> bool:
    """The line ends with a colon that introduces what the article shows next ("See more photos:"
    above the gallery): the text's own words, though the tags and links below make it look like
    the first item of a list.  The site's own labels ("Tags:", "Related:", "More:") are not."""
    return (line.text.rstrip().endswith((":", "：")) and not is_article_end(line.key, line.n_words)
            and not is_box_label(line.key) and not is_related_trigger(line.key, line.text))


def _cut_glued_prefix(line: Line, removed: list[RemovedLine]) -> None:
    n = glued_prefix_words(line.text)
    if not n:
        return
    rest = line.text.split(None, n)[n]
    removed.append(RemovedLine(line.no, line.text[: len(line.text) - len(rest)].rstrip(), "slider buttons glued to the line"))
    line.start = line.end - len(rest)
    line.text = rest
    line.n_words -= n
    rekey(line)


def _language_sample(raw: str, lines: list[Line]) -> str:
    """The longest line, cut to 400 characters: the page's chrome (an English theme notice
    on top of an Arabic page) does not sway it, and CLD2 is as sure from 400 characters as
    from 4,000 at a fraction of the cost (the step must clean SaudiNewsNet in seconds)."""
    longest = max((ln.text for ln in lines), key=len, default="")
    return longest[:400] if len(longest) >= 100 else raw[:400]


def _judge_anywhere(line: Line) -> None:
    if not _WORD_CHAR.search(line.text):
        line.drop("separator (no words)")
    elif _ADDRESS.match(line.text):
        line.drop("contact address or link")
    elif line.text.startswith("©") and line.n_words <= 30:
        line.drop("copyright line")
    elif line.key and (reason := chrome_reason(line.key, line.words, at_edge=False)):
        line.drop(reason)
    elif not line.key and (reason := long_line_notice(line.text, line.n_words)):
        line.drop(reason)
    elif see_also_site(line.text):
        line.drop("see-also link (to a story on the site)")


def _judge_edge(line: Line, found: _Found, tags: Mapping[str, int], dates: list[_Dated], index: int) -> None:
    """A line just above the first or just below the last paragraph of prose: the article's
    metadata (date line, byline, credits) or the page's furniture."""
    if reason := chrome_reason(line.key, line.words, at_edge=True):
        line.drop(reason)
        return
    if _COUNTER.match(line.text):
        line.drop("share or comment counter")  # "0", "12", "1.2K" beside the share buttons
        return
    if line.n_words <= DATE_LINE_MAX_WORDS and (dated := fields.read_date_line(line.text)) is not None:
        iso, extra = dated
        dates.append(_Dated(index, iso, line, extra))
        line.drop("date line")  # which one is the article's is decided once all are seen
        return
    if line.n_words <= DATE_LINE_MAX_WORDS and (glued := fields.split_name_glued_to_date(line.text)) is not None:
        _, iso, attribution = glued
        found.take(attribution)
        dates.append(_Dated(index, iso, line, fields.Attribution()))
        line.drop("byline glued to its date line")
        return
    if line.prose:
        return
    if credited := fields.read_source_line(line.text):
        found.credits.extend(credited)
        line.drop("source credit, lifted to Article.credits")
        return
    if agency := agency_name(line.text):
        found.credits.append(agency)
        line.drop("agency credit, lifted to Article.credits")
        return
    if line.n_words <= 5 and (service := fields.read_service_credit(line.text)):
        found.credits.append(service)
        line.drop("syndication credit, lifted to Article.credits")
        return
    if _byline_sized(line) and (attribution := fields.read_attribution(line.text, tags)) is not None:
        found.take(attribution)
        if attribution.author or attribution.dateline:
            line.drop("byline, lifted to Article.author/dateline/credits")
        else:
            line.drop("credit line, lifted to Article.credits")
        return


def _choose_date(found: _Found, dates: list[_Dated], first: int, last: int, near_headline: bool) -> None:
    """The article's date line is the one nearest above its first paragraph (between the headline
    and the text, where pages print it; without a known headline, within HEAD_DATE_REACH lines of
    the text), else one right below its text that is not part of a list of headlines and their
    dates.  The others are the site's ("today" in the header) or belong to listed headlines."""
    teasers = _teaser_dates(dates)
    readable = [d for d in dates if d.iso and d.index not in teasers]
    above = [d for d in readable if d.index < first and (near_headline or d.index >= first - HEAD_DATE_REACH)]
    below = [d for d in readable if d.index > last and (d.index == last + 1 or not d.line.in_list)]
    chosen = max(above, key=lambda d: d.index) if above else min(below, key=lambda d: d.index, default=None)
    for d in dates:
        if d is chosen:
            continue
        d.line.reason = "date line (not the article's: the site's, or a listed headline's)" if d.iso else \
            "time or update line"
    if chosen is None:
        return
    chosen.line.reason = "date line, lifted to meta['date_line']"
    found.date_line = chosen.line.text
    found.date_iso = chosen.iso
    found.date_confidence = DATE_NEAR_HEADLINE if near_headline and chosen.index < first else DATE_LINE
    found.take(chosen.extra)


TEASER_DATE_GAP = 4  # lines between the dates of consecutive teasers in a box (section, headline, date)
TEASER_DATE_RUN = 3


def _teaser_dates(dates: list[_Dated]) -> set[int]:
    """Indices of the date lines that date a list of teasers: three or more, each within a few
    lines of the next (a related-stories box between the header and the text prints section,
    headline and date for each story).  None of them dates the article, however close above
    its text the last one stands."""
    out: set[int] = set()
    run: list[int] = []
    for d in sorted(dates, key=lambda d: d.index):
        if not d.iso:
            continue
        # The teasers repeat one pattern, so their dates stand at one spacing; the article's own
        # date line above the box stands apart from it.
        if run and (d.index - run[-1] > TEASER_DATE_GAP or (len(run) >= 2 and d.index - run[-1] != run[-1] - run[-2])):
            if len(run) >= TEASER_DATE_RUN:
                out.update(run)
            run = run[-1:] if d.index - run[-1] <= TEASER_DATE_GAP else []
        run.append(d.index)
    if len(run) >= TEASER_DATE_RUN:
        out.update(run)
    return out


def _title_from_first_line(title: Line | None, lines: list[Line], found: _Found) -> bool:
    """A full-page dump opens with the page's <title> ("headline - site"); when the page does not
    repeat it as a headline, the title line itself gives the headline, its site suffix cut (a
    suffix of outlet words, or one the page prints again elsewhere: the site's name in the footer)."""
    if title is None or title.template or title.in_list or title.n_words < 3 or title.full_stop:
        return False
    headline, suffix = fields.split_title_suffix(title.text)
    if suffix is None:
        shorter, tail = fields.split_title_suffix(title.text, any_suffix=True)
        tail_key = line_key(tail or "")
        if tail_key and any(ln is not title and tail_key in line_key(ln.text[:200]) for ln in lines):
            headline, suffix = shorter, tail
    found.title, found.title_line = headline, None
    title.drop("page title (the <title> line), lifted to Article.title"
               + (f" (site suffix '{suffix}' dropped)" if suffix else ""))
    return True


def _title_above_text(lines: list[Line], first: int, found: _Found, meta: dict) -> bool:
    """A full page whose first line is not its title: the headline is the headline-shaped line
    nearest above the article's date line or byline (pages print headline, date, byline, text),
    else nearest above the text; a ticker further up is not it.  Found above the date line or
    byline, it is as sure as a repeat of the <title> (the HTML path then trusts this reading)."""
    near = range(max(0, first - TITLE_REACH), first)
    metadata = [i for i in near if not lines[i].keep and lines[i].reason
                and lines[i].reason.startswith(("date line", "byline"))]
    below = min(metadata) if metadata else first
    for i in range(below - 1, max(0, first - TITLE_REACH) - 1, -1):
        line = lines[i]
        if line.keep and 3 <= line.n_words <= 30 and not line.full_stop and not line.template:
            headline, suffix = fields.split_title_suffix(line.text)
            found.title, found.title_line = headline, line
            line.drop("headline, lifted to Article.title")
            if metadata:
                meta["title_from"] = "headline above the date line or byline"
            return True
    return False


def _lift_title(head: list[Line], found: _Found) -> None:
    """The headline of a plain-text page: the line the first paragraph repeats as its
    prefix, else the longest headline-shaped line above the body.  Short lines above it
    are navigation; those between it and the body that are still unexplained stay."""
    candidates = [ln for ln in head if ln.keep]
    if not candidates:
        return
    chosen = None
    for ln in candidates:
        if 3 <= ln.n_words <= 30 and not ln.terminal:
            if chosen is None or ln.n_words > chosen.n_words:
                chosen = ln
    if chosen is None:
        return
    for ln in candidates:
        if ln is chosen:
            break
        if ln.n_words <= 4:
            ln.drop("navigation or section label above the headline")
    headline, suffix = fields.split_title_suffix(chosen.text)
    found.title, found.title_line = headline, chosen
    chosen.drop("headline, lifted to Article.title" + (f" (site suffix '{suffix}' dropped)" if suffix else ""))


def _drop_repeated_title(body: list[Line], first_prose: Line, title: str) -> list[Line]:
    """Drop a line above the body that only repeats the headline (pages print it twice).
    Further down an equal line is the text's own (a poem's first verse is its title)."""
    head = [ln for ln in body if ln.start < first_prose.start and ln.key]
    if not head:
        return body
    title_key = line_key(title)
    kept = []
    for ln in body:
        if ln.start < first_prose.start and ln.key and ln.key == title_key:
            ln.drop("headline repeated in the text")
            continue
        kept.append(ln)
    return kept


def _first_paragraph(
    body: list[Line], found: _Found, removed: list[RemovedLine], tags: Mapping[str, int]
) -> list[tuple[Line, int]]:
    """Where each kept line starts once a repeated headline, a photo caption and a glued
    byline or dateline are cut from the front of the first paragraph (offsets into raw_text)."""
    starts = [(ln, ln.start) for ln in body]
    first, start = starts[0]
    text = first.text
    for headline in (found.title_line.text if found.title_line else None, found.title):
        if headline and text.startswith(headline) and len(text) > len(headline) + 20:
            cut = len(headline)
            removed.append(RemovedLine(first.no, text[:cut], "headline repeated at the start of the first paragraph"))
            text = text[cut:]
            break
    if caption := fields.split_caption(text.lstrip()):
        lead = len(text) - len(text.lstrip())
        caption_text, credit, offset = caption
        removed.append(RemovedLine(first.no, caption_text, "photo caption (ends with its agency credit)"))
        found.credits.append(agency_name(credit) or credit)
        text = text[lead + offset:]
    text = text.lstrip()
    if glued := fields.split_byline_prefix(text, tags):
        attribution, offset = glued
        removed.append(RemovedLine(first.no, text[:offset].rstrip(), "byline at the start of the first paragraph"))
        found.take(attribution)
        text = text[offset:]
    elif credited := fields.split_leading_credit(text):
        agency, offset = credited
        removed.append(RemovedLine(first.no, text[:offset].rstrip(), "agency credit, lifted to Article.credits"))
        found.credits.append(agency_name(agency) or agency)
        text = text[offset:]
    elif dated := fields.split_dateline(text):
        city, agency, offset = dated
        removed.append(RemovedLine(first.no, text[:offset].rstrip(), "dateline, lifted to Article.dateline"))
        found.dateline = found.dateline or city
        if agency:
            found.credits.append(agency_name(agency) or agency)
        text = text[offset:]
    starts[0] = (first, first.end - len(text))
    return starts


def _cut_tag_list(pieces: list[tuple[Line, int]], removed: list[RemovedLine]) -> None:
    """A tag list the page glued after the last sentence goes (the paragraph stays)."""
    last, start = pieces[-1]
    cut = tag_list_start(last.text)
    if cut is None or last.start + cut <= start:
        return
    removed.append(RemovedLine(last.no, last.text[cut:].strip(), "tag list glued to the last paragraph"))
    last.end = last.start + len(last.text[:cut].rstrip())


def _assemble(article: Article, body: list[Line], pieces: list[tuple[Line, int]], lines: list[Line],
              found: _Found, title: str | None) -> None:
    raw = article.raw_text or ""
    parts: list[str] = []
    subheadings: list[list[int]] = []
    offset = 0
    for ln, start in pieces:
        piece = raw[start:ln.end]
        if parts:
            offset += 1  # the "\n" joiner
        if not ln.prose and not ln.terminal and ln.n_words <= SUBHEADING_MAX_WORDS:
            subheadings.append([offset, offset + len(piece)])
        parts.append(piece)
        offset += len(piece)
    article.text = "\n".join(parts)
    article.removed.extend(RemovedLine(ln.no, ln.text, ln.reason or "") for ln in lines if not ln.keep)
    article.removed.sort(key=lambda r: r.line_no)
    if article.title is None and title:
        article.title = title
    article.author = article.author or found.author
    article.dateline = article.dateline or found.dateline
    article.credits = _unique(article.credits + found.credits)
    if found.date_line:
        article.meta["date_line"] = found.date_line
    if article.published is None:
        _date_article(article, found)
    if subheadings:
        article.meta["subheadings"] = subheadings
    if found.byline_outlet:
        article.meta["byline_outlet"] = found.byline_outlet


def _date_article(article: Article, found: _Found) -> None:
    """The page's own date: its date line, or the day its URL spells out.  The evidence and how
    far it is trusted go to meta["date_evidence"] (the date stage estimates only undated pages)."""
    in_url = date_in_url(article.url)
    if found.date_iso:
        confidence = found.date_confidence or DATE_LINE
        evidence = {"source": "date line", "text": found.date_line, "confidence": confidence}
        if found.date_line and fields.ambiguous_numeric_date(found.date_line):
            found.date_iso, evidence = _numeric_date_order(article, found.date_iso, evidence)
            confidence = evidence["confidence"]
        if in_url and in_url != found.date_iso:
            gap = abs((date.fromisoformat(in_url) - date.fromisoformat(found.date_iso)).days)
            if gap > 1:  # the line is the site's "today" or an update time; the CMS's day is the article's
                article.published = in_url
                article.meta["date_evidence"] = {"source": "url", "text": article.url, "confidence": DATE_URL_OVER_LINE,
                                                 "disagrees_with": found.date_line}
                return
        elif in_url:
            evidence["confidence"] = max(confidence, DATE_AGREED)
            evidence["url_agrees"] = True
        article.published = found.date_iso
        article.meta["date_evidence"] = evidence
    elif in_url:
        article.published = in_url
        article.meta["date_evidence"] = {"source": "url", "text": article.url, "confidence": DATE_URL}


def _numeric_date_order(article: Article, iso: str, evidence: dict) -> tuple[str, dict]:
    """Day and month of an all-digit date both 12 or under: the page's language says whether
    the order is fixed (Arabic: day first); if it is not, the URL's country decides, and
    without one the date is given with doubt."""
    table = lang_tables(article.language, "chrome")
    if table is None or not getattr(table, "NUMERIC_DATE_ORDER_BY_COUNTRY", False):
        return iso, evidence
    host = (urlsplit(article.url).hostname or "") if article.url else ""
    country = host.rsplit(".", 1)[-1] if re.fullmatch(r".+\.[a-z]{2}", host) else None
    if country in table.NUMERIC_DATE_MONTH_FIRST_COUNTRIES:
        year, month, day = iso.split("-")
        return f"{year}-{day}-{month}", {**evidence, "order": f"month first (.{country})"}
    if country:
        return iso, {**evidence, "order": f"day first (.{country})"}
    return iso, {**evidence, "order": "day first, a guess (no country)",
                 "confidence": min(evidence["confidence"], DATE_ORDER_UNKNOWN)}


def _unique(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for name in names:
        key = line_key(name)
        if key and key not in seen:
            seen.add(key)
            out.append(name)
    return out
