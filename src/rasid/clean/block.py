"""Which stretch of a page is the article: the block of prose under its headline, or the densest.

Every line gets a weight: running text counts for itself (its words), every other line against
(more for what a phrase table, the site's template or a list marks as chrome).  Consecutive
paragraphs form one block as long as what separates them costs less than GAP_BREAK: a related
headlines box or a caption between two paragraphs is bridged; thirty menu lines and a most-read
list before the footer's "about us" sentences are not.  The article is the block whose first
paragraph follows the headline the page repeats from its <title> line, where a reader looks; on
a page without one, the block with the largest total.

Weights are round numbers chosen by reading the development dumps (``../shared/data/dumps``):
a paragraph is worth its words up to PROSE_CAP (half for one without a full stop: teaser cards
glue a headline to a summary and end bare), a dropped line -5, a list item -3, a short label -2.
"""

from __future__ import annotations

from rasid.clean.lines import Line

PROSE_CAP = 60  # one long paragraph must not outweigh a whole page of furniture
DROPPED = -5.0
LIST_ITEM = -3.0
SHORT = -2.0
OTHER = -1.0
GAP_BREAK = 45.0  # what ends a block: about fifteen list items, or nine dropped lines
HEADLINE_REACH = 20  # lines after the headline where the article's first paragraph may start (photo
# credits, tags, share widgets and a poll can sit between them)


def weight(line: Line) -> float:
    if not line.keep or line.template:
        return DROPPED
    if line.prose:
        words = min(line.n_words, PROSE_CAP)
        return float(words if line.full_stop else words / 2)
    if line.in_list or line.repeats > 1:
        return LIST_ITEM if line.n_words >= 4 else SHORT
    if line.n_words <= 3 or line.clock:
        return SHORT
    return OTHER


def blocks(weights: list[float]) -> list[tuple[int, int, float]]:
    """(first, last, total) of each run of positive lines whose gaps cost less than GAP_BREAK."""
    out: list[tuple[int, int, float]] = []
    first = last = None
    total = gap = 0.0
    for i, w in enumerate(weights):
        if w <= 0:
            gap += w
            continue
        if first is not None and -gap >= GAP_BREAK:
            out.append((first, last, total))
            first = None
        if first is None:
            first, total = i, w
        else:
            total += gap + w
        last, gap = i, 0.0
    if first is not None:
        out.append((first, last, total))
    return out


def article_block(lines: list[Line], headline: int | None = None, reach: int = HEADLINE_REACH) -> tuple[int, int] | None:
    """(first, last) indices of the article block, or None when the page has no prose.  ``reach``:
    how far below the headline its block may start (further than HEADLINE_REACH when the cleaner
    found a box of teasers between them)."""
    weights = [weight(ln) for ln in lines]
    found = blocks(weights)
    if not found:
        return None
    if headline is not None:
        for k, (first, last, _) in enumerate(found):  # the first block below the headline
            if first < headline < last:
                # The headline inside a block: the prose above it is a ticker or a teaser column
                # glued to the article by a short gap (India Post's breaking-news lines, each a
                # headline and an opening); the article starts under its headline.
                below = next(i for i in range(headline + 1, last + 1) if weights[i] > 0)
                if below <= headline + reach:
                    return below, last
                break
            if first > headline:
                if first <= headline + reach:
                    # A standfirst parted from the text by a row of share buttons is a block of its
                    # own; what starts within the headline's reach is all the article's.
                    for more_first, more_last, _ in found[k + 1:]:
                        if more_first > headline + reach:
                            break
                        last = more_last
                    return first, last
                break
    first, last, _ = max(found, key=lambda b: b[2])
    return first, last
