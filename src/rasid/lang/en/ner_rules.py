"""English names found by shape: no English training data ships with rasid, so until a model
does, capitalised runs are read with these word lists (a heuristic, not a trained model)."""

# Words that may sit inside a name without a capital: "Ministry of Foreign Affairs", "Kim Jong Un".
CONNECTORS = frozenset({"of", "the", "for", "de", "al", "bin", "von", "van", "du", "da", "on"})
# Words written with a capital that are not names on their own.
NOT_NAMES = frozenset({
    "the", "a", "an", "in", "on", "at", "but", "and", "or", "if", "as", "for", "with", "he", "she", "it", "they",
    "we", "i", "his", "her", "their", "our", "this", "that", "these", "those", "there", "here", "when", "while",
    "after", "before", "since", "during", "mr", "mrs", "ms", "dr", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "today", "yesterday", "tomorrow", "according", "earlier",
    "later", "meanwhile", "however", "also", "both", "some", "many", "officials", "state", "president",
})
# Title words: the name that follows is a person's.
PERSON_TITLES = frozenset({
    "president", "mr", "mrs", "ms", "dr", "minister", "leader", "spokesman", "spokeswoman", "spokesperson",
    "chancellor", "king", "queen", "prince", "princess", "sheikh", "general", "gen", "senator", "governor",
    "secretary", "ambassador", "envoy", "chairman", "premier", "pope", "judge", "mayor", "official", "advisor",
    "adviser", "commander", "lawyer", "professor", "coach", "director",
})
ORG_WORDS = frozenset({
    "ministry", "agency", "council", "committee", "party", "army", "navy", "university", "bank", "company",
    "inc", "corp", "corporation", "association", "organization", "organisation", "union", "kremlin", "office",
    "department", "commission", "court", "parliament", "assembly", "government", "news", "times", "post",
    "reuters", "institute", "foundation", "federation", "league", "club", "group", "forces", "police",
    "nations", "house", "senate", "congress", "fund", "service", "airlines", "media",
})
PLACE_WORDS = frozenset({
    "sea", "ocean", "river", "mountains", "mount", "province", "region", "peninsula", "island", "islands", "city",
    "county", "state", "bay", "gulf", "strait", "valley", "desert", "lake", "district", "square", "street",
})
# Nationality adjectives end like this ("Russian President", "Korean state media"); alone they
# are not names.  Kept narrow: person names end in -an too (Erdogan, Hassan).
ADJECTIVE_ENDINGS = ("ian", "ean", "ese", "ish", "can")
