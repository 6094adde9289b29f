"""Named-entity recognition for Arabic (PERS, LOC, ORG, MISC), trained by rasid on ANERcorp.

``tag(text, language)`` -> list of ``rasid.model.Mention`` with character offsets into ``text``;
``tag_many(texts, language)`` for batches; ``load_tagger(folder)`` to load a model folder explicitly
(a rasid one, or a transformers token-classification folder; RASID_NER_MODEL configures that globally).
Languages without a model (English, for now) get no mentions.
"""

from rasid.entities.ner.tagger import NerTagger, load_tagger, tag, tag_many, tagger_for
from rasid.entities.ner.transformer import TransformerTagger

__all__ = ["NerTagger", "TransformerTagger", "load_tagger", "tag", "tag_many", "tagger_for"]
