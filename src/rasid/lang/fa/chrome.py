"""Persian site-chrome and date-line words; same shape as ``rasid.lang.en.chrome`` (read its docstring).

Iranian pages date their stories in the Solar Hijri calendar ("۲ تیر ۱۳۹۹" = 2020-06-22):
``SOLAR_HIJRI_MONTHS`` names its months, which the date reader converts
(``rasid.temporal.calendar.solar_hijri_to_gregorian``).  Spellings are keyed as lines are, so the
Arabic yeh and kaf some sites type ("تير", "ارديبهشت") match the Persian letters written here.
"""

CHROME = {
    # "کد خبر: 1353889", "لینک کوتاه:", "کد خبرنگار:": the news code, short link and reporter-code rows.
    "news code or short link": ("prefix", 4, "anywhere", ["کد خبر", "کد خبرنگار", "لینک کوتاه", "شناسه خبر"]),
    "comment form": ("prefix", 10, "anywhere", [
        "نظر شما", "ارسال نظر", "شما در حال پاسخ به نظر", "نظرات کاربران", "نظرات",
    ]),
    "share buttons": ("exact", 3, "anywhere", ["اشتراک گذاری", "ارسال به دوستان", "نسخه چاپی", "چاپ خبر"]),
}
GLUED_PREFIXES: list[str] = []
TAG_LIST_LABELS = ["برچسب‌ها", "برچسب ها", "برچسب", "کلید واژه ها", "کلیدواژه ها"]
RELATED_TRIGGERS = ["مطالب مرتبط", "اخبار مرتبط", "سایر اخبار", "سایر اخبار مهم", "پربازدیدترین", "پربیننده ترین"]
SOURCE_PREFIXES = ["منبع"]
BYLINE_PREFIXES = ["نویسنده", "خبرنگار"]
PHOTO_CREDIT_PREFIXES = ["عکس"]
AGENCIES = {"IRNA": ["ایرنا"], "ISNA": ["ایسنا"], "Mehr": ["خبرگزاری مهر"], "Tasnim": ["تسنیم"], "Fars": ["خبرگزاری فارس"]}
OUTLET_WORDS = ["خبرگزاری"]
LIST_MARKERS: list[str] = []

MONTHS: dict[str, int] = {}  # Persian pages name Gregorian months rarely; their own calendar is below
SOLAR_HIJRI_MONTHS = {
    "فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5, "شهریور": 6,
    "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
}
WEEKDAYS = ["شنبه", "یکشنبه", "یک شنبه", "دوشنبه", "سه شنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "پنج شنبه", "جمعه"]
# "تاریخ انتشار:" (published on), "ب.ظ" / "ق.ظ" (p.m. / a.m.), "ساعت" (at, o'clock).  Every table is
# read on every page: single words that are Arabic words too ("تاريخ", "انتشار") stay out.
DATE_WORDS = ["تاریخ انتشار", "ب ظ", "ق ظ", "ساعت", "به روز رسانی"]

# Iranian writers put the day first ("1399/04/02" is year first and read as such).
NUMERIC_DATE_ORDER_BY_COUNTRY = False
