"""English reported-speech vocabulary (same shape as rasid.lang.ar.reporting)."""

CONJUNCTION_PREFIXES: tuple[str, ...] = ()
DEFINITE_PREFIXES: tuple[str, ...] = ()
NAMES_ARE_CAPITALISED = True
ADJECTIVE_ENDINGS: tuple[str, ...] = ()
NON_NAME_WORDS = (
    "the", "a", "an", "of", "and", "said", "told", "north", "south", "korean", "russian",
    "american", "japanese", "chinese", "russia", "korea", "japan", "china", "i", "we", "but",
    "in", "on", "at", "after", "before", "when", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december",
)

PREPOSITIONS = ("in", "on", "at", "of", "for", "from", "with", "to", "by")

# English verbs do not mark gender; the subject pronoun does (see PRONOUNS).
VERBS = {
    verb: None
    for verb in (
        "said", "says", "told", "added", "stated", "noted", "warned", "explained", "insisted",
        "claimed", "announced", "confirmed", "wrote", "tweeted", "stressed", "asserted",
        "declared", "acknowledged", "argued", "reported", "quoted", "continued", "cautioned",
    )
}
RELAY_VERBS = ("quoted",)
RELAY_SOURCE_MARKERS: tuple[str, ...] = ()
RELAY_SAYING_WORDS = ("saying",)  # "Yonhap quoted an official as saying"
RELAY_PRONOUNS = {"him": "m", "her": "f", "them": "p"}
RELAY_INFIX = ("citing", "quoting")

PARTICIPLES = {"saying": None, "adding": None, "noting": None, "warning": None, "stressing": None}

COMPLEMENTIZERS = ("that",)
# "Peskov said the visit would last days": English drops "that" freely.
COMPLEMENTIZER_OPTIONAL = True
NOT_COMPLEMENTIZER_AFTER = ("so", "such", "now")
STATEMENT_NOUNS = ("statement",)
STANCE_VERBS = {v: None for v in ("praised", "expressed", "welcomed", "criticized", "criticised", "urged")}
VERB_PREPOSITIONS: tuple[str, ...] = ()

ORDER = ("SV", "VS")
SUBJECT_LEADERS: tuple[str, ...] = ()
SUBJECT_LEADER_PARTICLES = ("has", "had", "also")
CLAUSE_OPENERS = ("and", "but", "while")
RELATIVE_WORDS = ("who", "which", "that", "as", "what")

DEMONSTRATIVES = ("this", "that")
PRONOUNS = {"he": "m", "she": "f", "they": "p", "it": None}

ADJUNCT_WORDS = (
    "on", "in", "at", "during", "after", "before", "yesterday", "today", "tonight", "earlier",
    "later", "late", "last", "this", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "reporters", "journalists", "told", "via", "through", "to",
    "when", "while", "also", "has", "had", "previously", "recently", "separately",
)
ADJUNCT_PHRASES = ("in a statement", "in an interview", "at a news conference")

TITLE_WORDS = (
    "spokesman", "spokeswoman", "spokesperson", "minister", "president", "secretary", "adviser",
    "advisor", "ambassador", "chief", "head", "leader", "governor", "director", "general",
    "senator", "deputy", "prime", "foreign", "defense", "defence", "state", "national",
    "security", "council", "expert", "analyst", "professor", "mr", "mrs", "ms", "dr",
    "coordinator", "envoy", "the", "of", "for", "at", "kremlin", "house", "white",
)
ANONYMOUS_HEADS = (
    "official", "officials", "source", "sources", "diplomat", "diplomats", "analysts", "experts",
    "witnesses", "residents", "reports", "media", "a", "an", "one", "two", "several", "senior",
)
INSTITUTIONS = (
    "the kremlin", "kremlin", "the white house", "white house", "the pentagon", "pentagon",
    "the state department", "state department", "the ministry", "ministry", "the agency",
    "agency", "kcna", "yonhap", "the government", "government", "the army", "the military",
    "moscow", "washington", "pyongyang", "seoul", "tokyo", "beijing", "kyiv", "tehran",
    "the united nations", "the un", "reuters", "the associated press", "afp", "the statement",
)

ATTRIBUTION_OPENERS = ("according to",)
TRAILING_ATTRIBUTIONS = ("according to", "as reported by", "citing")

QUOTE_PAIRS = {"“": "”", '"': '"', "‘": "’"}

DENIAL_STRONG = (
    "no plans", "no plan", "denied", "denies", "deny", "denial",
    "no intention", "ruled out", "rules out", "dismissed", "not true", "untrue", "false",
)
DENIAL_WEAK = ("not", "no", "never", "didn't", "did not", "will not", "won't")
AFFIRMATION_CUES = ("will visit", "confirmed", "confirms", "plans to visit", "is set to", "accepted an invitation")
ACCEPTANCE_CUES = ("accepted", "accepts", "agreed", "agrees")
# Name of sumy's stop-word list for this language, used on top of CONTENT_STOPWORDS.
STOPWORDS_LANGUAGE = "english"
CONTENT_STOPWORDS = (
    "the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "that", "this", "with", "by",
    "at", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its",
    "he", "she", "they", "said", "says", "told", "no", "not", "plans", "plan", "there",
    "would", "will", "from", "about", "any", "on", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "yesterday", "today", "spokesman",
)
