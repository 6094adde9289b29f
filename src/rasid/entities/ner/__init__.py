"""Named-entity recognition for Arabic (PERS, LOC, ORG, MISC), trained by rasid on ANERcorp.

``tag(text, language)`` -> list of ``rasid.model.Mention`` with character offsets into ``text``;
``tag_many(texts, language)`` for batches; ``NerTagger`` to load a model folder explicitly.
Languages without a model (English, for now) get no mentions.
"""

from rasid.entities.ner.tagger import NerTagger, tag, tag_many, tagger_for

__all__ = ["NerTagger", "tag", "tag_many", "tagger_for"]
