"""English words the temporal resolver reads (same shape as rasid.lang.ar.temporal)."""

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
# "may" is a verb, "march" a noun, "aug"/"mar"/"jan" appear in names: need a day, year or marker.
WEAK_MONTHS = {"may", "march", "mar", "jan", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "apr", "feb"}

HIJRI_MONTHS = {"muharram": 1, "safar": 2, "rabi al-awwal": 3, "rabi al-thani": 4, "jumada al-awwal": 5,
                "jumada al-thani": 6, "rajab": 7, "shaban": 8, "ramadan": 9, "shawwal": 10,
                "dhu al-qadah": 11, "dhu al-hijjah": 12}
WEAK_HIJRI_MONTHS = set(HIJRI_MONTHS)
HIJRI_MARKERS = {"ah", "a.h", "hijri"}
GREGORIAN_MARKERS = {"ad", "ce"}

WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}

DAY_WORDS = {"today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
             "the day after tomorrow": 2, "tonight": 0, "this morning": 0, "this evening": 0,
             "this afternoon": 0, "last night": -1}
DAY_PARTS = {"morning", "evening", "night", "afternoon"}
DAY_NOUNS: dict[str, int] = {}  # "on" is a preposition, left out of spans

UNITS = {
    "day": ("day", 1), "days": ("day", None), "week": ("week", 1), "weeks": ("week", None),
    "month": ("month", 1), "months": ("month", None), "year": ("year", 1), "years": ("year", None),
    "decade": ("decade", 1), "decades": ("decade", None),
}
RELATIVE_MARKERS = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0,
                    "current": 0}

AGO_BEFORE: set[str] = set()
AGO_AFTER = {"ago", "earlier"}
LATER_BEFORE = {"in", "within"}
APPROXIMATORS = {"more than", "about", "nearly", "almost", "some", "around", "over", "roughly", "less than"}

YEAR_WORDS = {"year"}
YEAR_PREPOSITIONS = {"in", "since", "until", "by", "of", "from", "during", "early", "late", "mid"}

RANGE_FROM = {"from", "between"}
RANGE_TO = {"to", "until", "through", "and", "-", "–", "—"}
LIST_AND = {"and"}
DAY_MONTH_JOINERS = {"of"}
ORDINAL_SUFFIXES = {"st", "nd", "rd", "th"}
NUMERIC_ORDER = "mdy"
# "September 15, 2023": the day may follow the month.
DAY_AFTER_MONTH = True

PROCLITICS: tuple[str, ...] = ()
CONJUNCTION_CLITICS: tuple[str, ...] = ()

ORDINAL_DAYS = {"first": 1, "second": 2, "third": 3}
ORDINAL_DAYS_BEFORE_MONTH: dict[str, int] = {}

NUMBER_WORDS = {
    "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a few": 3, "several": 3,
}
NUMBER_JOINERS = {"-"}

FUTURE_WORDS = {"will", "shall", "scheduled", "due", "planned", "plans", "expected", "upcoming", "'ll"}
FUTURE_PREFIX = ""
FUTURE_PREFIX_EXCEPTIONS: set[str] = set()

# "two years after the war", "a week before the vote": counted from an event, not from today.
EVENT_RELATIVE = {"after", "before", "of", "later", "from"}

# Between a weekday and its date: "Friday, the 15th"? rare; kept for the shared grammar.
DATE_APPOSITIONS = {"the"}

NOW_WORDS = {"now", "today"}
NOT_TEMPORAL = {"usa today", "russia today", "today show"}

# "the first time in 24 years", "its lowest level in two weeks": "in N units" looking back.
SINCE_CUES = {"first", "time", "highest", "lowest", "best", "worst", "biggest", "largest", "strongest", "weakest"}
MONTH_NOUNS = {"month of"}

BARE_HIJRI_YEARS = None  # English text marks Hijri years (AH)

NOT_AFTER_DAY_WORDS = {"show", "newspaper"}
NOT_BEFORE_DAY_WORDS = {"same"}
