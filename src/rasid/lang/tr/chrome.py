"""Turkish site-chrome, date-line and byline words; same shape as ``rasid.lang.en.chrome`` (read its docstring)."""

CHROME = {
    "share buttons": ("exact", 3, "anywhere", ["paylaş", "yazdır"]),
    "advertisement": ("exact", 2, "anywhere", ["reklam"]),
}
GLUED_PREFIXES: list[str] = []
TAG_LIST_LABELS = ["etiketler", "konular"]
RELATED_TRIGGERS = ["ilgili haberler", "benzer haberler", "çok okunanlar"]
SOURCE_PREFIXES = ["kaynak"]
BYLINE_PREFIXES: list[str] = []
PHOTO_CREDIT_PREFIXES = ["fotoğraf"]
AGENCIES = {"Anadolu Agency": ["anadolu ajansı"]}
OUTLET_WORDS: list[str] = []
LIST_MARKERS: list[str] = []

MONTHS = {
    "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7, "ağustos": 8,
    "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
}
WEEKDAYS = ["pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"]
# "05.04.2025 - Güncelleme : 05.04.2025"
DATE_WORDS = ["güncelleme", "yayınlanma", "yayın tarihi"]

NUMERIC_DATE_ORDER_BY_COUNTRY = False
