"""Arabic cues for the names that tell two happenings apart (rasid.stories.specifics).

Arabic script has no capitals, so names come only from the NER mentions the enrichment
stage leaves on the article; numbers work as in every language.
"""

CASED = False
NOT_NAMES: frozenset[str] = frozenset()
TITLE_CASE_SHARE = 1.0
