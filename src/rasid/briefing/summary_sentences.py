"""Sentences for summarising: the article's own, with hard-wrapped lines joined back.

Plain-text news (and corpora such as EASC, where about a third of the articles are wrapped
at ~78 columns) breaks lines in mid-sentence.  ``split_sentences`` rightly treats a line
break as an ending, because in most crawled text it is one; in wrapped text it cuts every
sentence into line-sized fragments that a summariser can only quote half of.  We detect a
wrapped text by its many lines of nearly the same width and join a line to the next when it
is full-width and does not end a sentence.  Spans still point into the original text.
"""

from __future__ import annotations

import re

from rasid.model import Article, Sentence
from rasid.text.sentences import split_sentences

_SENTENCE_END = re.compile(r"""[.!?؟…:]["”»’')\]]*\s*$""")
_MAX_WRAP_WIDTH = 120  # nobody hard-wraps prose wider than this; longer lines are paragraphs
_FULL_LINE = 0.8  # a line at least this fraction of the wrap width was broken by the wrapper


def wrap_width(text: str) -> int | None:
    """The column the text was hard-wrapped at, or None when it reads as unwrapped."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) < 4:
        return None
    lengths = sorted(len(line) for line in lines)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if width > _MAX_WRAP_WIDTH:
        return None
    full = [line for line in lines if len(line) >= _FULL_LINE * width]
    # One sentence per line also gives lines of similar width, but they end sentences.
    broken = [line for line in full if not _SENTENCE_END.search(line)]
    return width if len(full) >= 0.5 * len(lines) and len(broken) >= 0.5 * len(full) else None


def summary_sentences(article: Article) -> list[Sentence]:
    sentences = article.sentences or split_sentences(article.text)
    width = wrap_width(article.text)
    if width is None or not sentences:
        return list(sentences)
    text = article.text
    merged = [Sentence(sentences[0].start, sentences[0].end)]
    for sentence in sentences[1:]:
        previous = merged[-1]
        gap = text[previous.end : sentence.start]
        line_start = text.rfind("\n", 0, previous.end) + 1
        last_line = text[line_start : previous.end].strip()
        if (gap.count("\n") == 1 and not _SENTENCE_END.search(last_line)
                and len(last_line) >= _FULL_LINE * width):
            previous.end = sentence.end
        else:
            merged.append(Sentence(sentence.start, sentence.end))
    return merged
