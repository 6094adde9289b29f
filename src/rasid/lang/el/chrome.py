"""Greek date-line and byline words; same shape as ``rasid.lang.en.chrome`` (read its docstring).

Haniotika Nea (gold/dumps12) signs its stories «Γράφει» / «ΣΥΝΤΑΚΤΙΚΗ ΟΜΑΔΑ» (written by the
editorial team) over «19 Αυγούστου 2020 9:02 μμ»: the newsroom, no person (trafilatura gave it as
the author), and a date line no table could read. Dates print the month in the genitive.
"""

CHROME: dict = {}
GLUED_PREFIXES: list[str] = []
TAG_LIST_LABELS: list[str] = []
RELATED_TRIGGERS = ["διαβάστε επίσης", "διαβαστε επισης"]
SOURCE_PREFIXES = ["πηγή"]
BYLINE_PREFIXES = ["γράφει", "γράφουν"]
# Printed as an element of its own above the name ("Γράφει" / "ΣΥΝΤΑΚΤΙΚΗ ΟΜΑΔΑ").
BYLINE_LABELS = ["γράφει", "γράφουν"]
# The newsroom signing for itself: «Συντακτική ομάδα», «Ομάδα σύνταξης». Capitals carry no accent
# («ΣΥΝΤΑΚΤΙΚΗ ΟΜΑΔΑ») and line keys keep a small letter's, so each word is listed both ways.
STAFF_CREDIT_WORDS = ["συντακτική", "συντακτικη", "σύνταξης", "συνταξης", "ομάδα", "ομαδα"]
PHOTO_CREDIT_PREFIXES = ["φωτογραφία"]
AGENCIES = {"ANA-MPA": ["ΑΠΕ-ΜΠΕ", "ΑΠΕ"]}
OUTLET_WORDS: list[str] = []
LIST_MARKERS: list[str] = []

MONTHS = {
    "ιανουαρίου": 1, "φεβρουαρίου": 2, "μαρτίου": 3, "απριλίου": 4, "μαΐου": 5, "ιουνίου": 6,
    "ιουλίου": 7, "αυγούστου": 8, "σεπτεμβρίου": 9, "οκτωβρίου": 10, "νοεμβρίου": 11, "δεκεμβρίου": 12,
    "ιανουάριος": 1, "φεβρουάριος": 2, "μάρτιος": 3, "απρίλιος": 4, "μάιος": 5, "ιούνιος": 6,
    "ιούλιος": 7, "αύγουστος": 8, "σεπτέμβριος": 9, "οκτώβριος": 10, "νοέμβριος": 11, "δεκέμβριος": 12,
}
WEEKDAYS = ["δευτέρα", "τρίτη", "τετάρτη", "πέμπτη", "παρασκευή", "σάββατο", "κυριακή"]
DATE_WORDS = ["πμ", "μμ", "ενημερώθηκε", "δημοσιεύθηκε"]

NUMERIC_DATE_ORDER_BY_COUNTRY = False
