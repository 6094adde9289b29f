"""English headline and byline conventions the story clusterer reads past (see the Arabic table)."""

SECTION_PREFIXES = ("UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "ANALYSIS", "OPINION", "COMMENT")
CONTINUATION_WORDS = ("update", "updated", "corrected", "correction", "part")
FIRST_PERSON = ("i", "i'm", "i've", "i'd", "me", "my", "myself", "i think", "i believe")
