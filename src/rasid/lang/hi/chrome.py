"""Hindi script and date words; same shape as ``rasid.lang.en.chrome`` (read its docstring).

Hindi ends a sentence with the danda "।", not ".": without it no Hindi paragraph reads as
running text. ``FULL_STOPS`` are the marks that end a sentence as "." does.
"""

CHROME: dict = {}
GLUED_PREFIXES: list[str] = []
TAG_LIST_LABELS: list[str] = []
RELATED_TRIGGERS: list[str] = []
SOURCE_PREFIXES: list[str] = []
BYLINE_PREFIXES: list[str] = []
PHOTO_CREDIT_PREFIXES: list[str] = []
AGENCIES: dict[str, list[str]] = {}
OUTLET_WORDS: list[str] = []
LIST_MARKERS: list[str] = []

MONTHS = {
    "जनवरी": 1, "फरवरी": 2, "फ़रवरी": 2, "मार्च": 3, "अप्रैल": 4, "मई": 5, "जून": 6, "जुलाई": 7,
    "अगस्त": 8, "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10, "नवंबर": 11, "नवम्बर": 11, "दिसंबर": 12, "दिसम्बर": 12,
}
WEEKDAYS = ["सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"]
DATE_WORDS: list[str] = []

FULL_STOPS = "।"
