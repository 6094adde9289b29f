"""Arabic named-entity recognition: which shipped model tags Arabic, and the clitics its features strip.

Spellings are in *normalised* form (``rasid.text.normalize``: ة→ه, أ/إ/آ→ا, ى→ي), because the
features look at normalised words: ANERcorp itself writes تسعي for تسعى.
"""

# Folder under rasid/entities/ner/models/ holding the CRF model, cluster and gazetteer tables.
MODEL = "ar"
# Which of the folder's taggers runs by default: "crf" (two CRF passes, ~24k tokens/s a core) or "neural"
# (BiLSTM-CRF, slightly better F1 but ~10k tokens/s a core in numpy).  RASID_NER_ENGINE overrides it.
ENGINE = "crf"

# Proclitics a name can carry in running text: وموسكو, بموسكو, لروسيا, والرياض, فبوتين.
# Longest first; the definite article is kept apart because it is often part of a name (الرياض).
CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
ARTICLE = "ال"
# ل + ال contracts to لل (للرياض = ل + الرياض).
CONTRACTED_ARTICLE = "لل"

# Attached pronouns (enclitics); ه also ends many nouns as folded ة, so it is a weak cue.
PRONOUN_SUFFIXES = ("هما", "كما", "هم", "هن", "كم", "كن", "ها", "نا", "ه", "ك", "ي")

# A stem must keep at least this many letters after stripping, or the word is left whole.
MIN_STEM = 2

# Token texts that end a sentence for the tagger's purposes (the CRF was trained on sentences).
SENTENCE_END = (".", "!", "?", "؟", "…")
