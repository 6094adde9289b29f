"""Identity: where an article came from plus a hash of its normalised content."""

from __future__ import annotations

import hashlib

from rasid.model import Article, article_identity
from rasid.text.normalize import normalize


def content_hash(text: str) -> str:
    # Whitespace differences are not content differences.
    return hashlib.blake2b(" ".join(normalize(text).split()).encode(), digest_size=16).hexdigest()


def assign_identity(article: Article) -> Article:
    article.content_hash = content_hash(article.raw_text)
    article.id = article_identity(article.origin, article.content_hash)
    return article
