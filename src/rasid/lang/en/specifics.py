"""English cues for the names that tell two happenings of the same kind apart (rasid.stories.specifics).

English marks names with capitals, so a word capitalised inside a sentence, and never written
lower-case in the same article, is taken as (part of) a name: "Rahman", "Mannheim", "Angels".
"""

from rasid.lang.en.temporal import MONTHS, WEEKDAYS

# Capitals carry the signal only in a cased script.
CASED = True
# Capitalised inside sentences but no help to tell events apart: calendar words.
NOT_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS)
# A line with more than this share of capitalised long words is a headline in title case
# ("Legendary Aquatic Musical Star Esther Williams Dies At 91"): its capitals say nothing.
TITLE_CASE_SHARE = 0.8
# Nouns that classify a place before its name and are no part of it (see the Arabic table):
# English writes them after the name or as part of it ("Kent County"), so none is dropped.
NAME_CLASSIFIERS: tuple[str, ...] = ()
# Words that join a person's names and name no one (the Arabic «بن»): none in English names.
NAME_PARTICLES: tuple[str, ...] = ()
