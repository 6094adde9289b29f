"""Background document frequencies for Arabic news terms (light stems, normalised).

Built by ``python -m rasid.stories.background`` from SaudiNewsNet (Alhagri 2015,
CC BY-NC-SA 4.0; 30,676 non-empty articles, first 600 words each, stems seen in at least
3 articles).  It lets TF-IDF tell a rare name from a common word even when a collection
holds only a handful of articles.
"""

DOCUMENT_FREQUENCY_FILE = "document_frequency.tsv.gz"
