"""Arabic words the temporal resolver reads, written as they appear in print.

The resolver normalises every key (hamza/alef, ة/ه, ى/ي, tanween) before matching, so
each entry is listed once in its ordinary spelling.  Multi-word entries ("كانون الثاني")
are matched as phrases, longest first.
"""

# Every month-name system used in Arabic news: Egyptian/Gulf (transliterated), Levantine/Iraqi
# (Syriac names), Maghrebi (French-derived).  Writers often print two systems side by side.
MONTHS = {
    # transliterated (Egypt, Gulf, most wires)
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5,
    "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "أغسطوس": 8,
    "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    # Levantine / Iraqi
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6,
    "تموز": 7, "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
    # Maghrebi
    "ماي": 5, "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
    # Algerian/Tunisian French forms
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "جوان": 6, "جويلية": 7, "أوت": 8,
}

# Month names that are also ordinary words (آب/أب "father", مارس "he practised", ماي, أوت):
# accepted only beside a day, a year, a "last/next" marker or the word "month".
WEAK_MONTHS = {"آب", "مارس", "ماي", "أوت", "جوان"}

HIJRI_MONTHS = {
    "محرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الآخر": 4, "ربيع الثاني": 4,
    "جمادى الأولى": 5, "جمادى الأول": 5, "جمادى الآخرة": 6, "جمادى الثانية": 6, "جمادى الآخر": 6,
    "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10, "ذو القعدة": 11, "ذي القعدة": 11,
    "ذو الحجة": 12, "ذي الحجة": 12,
}
# صفر is also "zero", رجب and رمضان are given names: Hijri months always need a day or year.
WEAK_HIJRI_MONTHS = set(HIJRI_MONTHS)
HIJRI_MARKERS = {"هـ", "ه", "هجري", "هجرية", "للهجرة", "الهجري", "الهجرية"}
GREGORIAN_MARKERS = {"م", "ميلادي", "ميلادية", "للميلاد", "الميلادي", "الميلادية"}

WEEKDAYS = {  # Monday = 0, as Python's date.weekday()
    "الاثنين": 0, "الإثنين": 0, "الأثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2,
    "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6, "الاحد": 6,
}

# Days named relative to the day of writing: offset in days.
DAY_WORDS = {
    "اليوم": 0, "أمس": -1, "الأمس": -1, "البارحة": -1, "أول أمس": -2, "أول من أمس": -2,
    "أمس الأول": -2, "غدا": 1, "غداً": 1, "الغد": 1, "بعد غد": 2, "بعد غد": 2,
}
# "صباح اليوم", "مساء الأربعاء": a part of the day, read as the day itself.
DAY_PARTS = {"صباح", "مساء", "ظهر", "عصر", "فجر", "ليلة", "ليل", "صبيحة", "ظهيرة", "منتصف ليل", "نهار"}
# "يوم الجمعة", "يومي الثلاثاء والأربعاء": the noun that introduces a day; dual means a pair.
DAY_NOUNS = {"يوم": 1, "يومي": 2, "يوما": 1}

# Units for "منذ 24 عاما", "قبل يومين", "الأسبوع الماضي".  Value: (unit, count implied by the
# form: dual forms carry 2, singular 1 when it may stand alone, None when a number is needed).
UNITS = {
    "يوم": ("day", 1), "يوما": ("day", None), "أيام": ("day", None), "يومين": ("day", 2), "يومان": ("day", 2),
    "أسبوع": ("week", 1), "أسبوعا": ("week", None), "أسابيع": ("week", None), "أسبوعين": ("week", 2),
    "أسبوعان": ("week", 2),
    "شهر": ("month", 1), "شهرا": ("month", None), "أشهر": ("month", None), "شهور": ("month", None),
    "شهرين": ("month", 2), "شهران": ("month", 2),
    "عام": ("year", 1), "عاما": ("year", None), "أعوام": ("year", None), "عامين": ("year", 2),
    "عامان": ("year", 2), "سنة": ("year", 1), "سنوات": ("year", None), "سنين": ("year", None),
    "سنتين": ("year", 2), "سنتان": ("year", 2),
    "عقد": ("decade", 1), "عقود": ("decade", None), "عقدين": ("decade", 2),
}

# Words that turn a unit, weekday or month into a relative reference: -1 last, 0 this, +1 next.
RELATIVE_MARKERS = {
    "الماضي": -1, "الماضية": -1, "المنصرم": -1, "المنصرمة": -1, "الفائت": -1, "الفائتة": -1,
    "السابق": -1, "الأخير": -1, "الأخيرة": -1, "الماضيين": -1, "الماضيان": -1,
    "المقبل": 1, "المقبلة": 1, "القادم": 1, "القادمة": 1, "المقبلين": 1, "القادمين": 1,
    "هذا": 0, "هذه": 0, "الحالي": 0, "الحالية": 0, "الجاري": 0, "الجارية": 0,
}

AGO_BEFORE = {"منذ", "قبل", "مذ"}  # "منذ 24 عاما", "قبل يومين"
AGO_AFTER: set[str] = set()
LATER_BEFORE = {"بعد"}  # "بعد ثلاثة أيام"
# Hedges between "منذ" and the number: "منذ أكثر من 4 سنوات", "قبل نحو عامين".
APPROXIMATORS = {"أكثر من", "اكثر من", "نحو", "حوالي", "قرابة", "زهاء", "ما يقرب من", "ما يزيد على",
                 "ما يزيد عن", "أقل من", "قرابة ال", "حوالى"}

# "عام 2019", "بين عامي 2019 و2021".
# (with clitics stripped by the matcher: "العام 2019", "لعام 2020" reach عام)
YEAR_WORDS = {"عام", "سنة", "عامي", "سنتي"}
# A bare four-digit number is a year only after one of these ("في 2019", "منذ 2014").
YEAR_PREPOSITIONS = {"في", "منذ", "حتى", "خلال", "مطلع", "أواخر", "أوائل", "نهاية", "بداية", "منتصف"}

RANGE_FROM = {"من", "بين", "منذ"}
RANGE_TO = {"إلى", "الى", "حتى", "لغاية", "ولغاية", "وحتى", "و", "-", "–", "—"}
LIST_AND = {"و"}
DAY_MONTH_JOINERS = {"من"}  # "الأول من سبتمبر"
ORDINAL_SUFFIXES: set[str] = set()
# Numeric dates: 15/9/2023 is day-month-year in Arabic print.
NUMERIC_ORDER = "dmy"

# Proclitics glued to a month or weekday ("والأربعاء", "بسبتمبر", "لعام"); the conjunction
# matters for lists ("الثلاثاء والأربعاء").
PROCLITICS = ("وبال", "وال", "فال", "بال", "لل", "ال", "و", "ف", "ب", "ل")
CONJUNCTION_CLITICS = ("و", "ف")

ORDINAL_DAYS = {"الأول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6,
                "السابع": 7, "الثامن": 8, "التاسع": 9, "العاشر": 10}
# Ordinals that stand right before a month: "فاتح يوليوز" (Maghrebi for the 1st).
ORDINAL_DAYS_BEFORE_MONTH = {"فاتح": 1}

NUMBER_WORDS = {
    "واحد": 1, "واحدة": 1, "اثنين": 2, "اثنان": 2, "اثنتين": 2, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4,
    "أربع": 4, "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8,
    "ثمان": 8, "تسعة": 9, "تسع": 9, "عشرة": 10, "عشر": 10, "أحد عشر": 11, "إحدى عشرة": 11,
    "اثني عشر": 12, "اثنا عشر": 12, "عشرين": 20, "عشرون": 20, "ثلاثين": 30, "ثلاثون": 30,
    "أربعين": 40, "أربعون": 40, "خمسين": 50, "خمسون": 50, "ستين": 60, "ستون": 60, "سبعين": 70,
    "سبعون": 70, "ثمانين": 80, "ثمانون": 80, "تسعين": 90, "تسعون": 90, "مئة": 100, "مائة": 100,
    "بضعة": 3, "بضع": 3,
}
# "أربعة وعشرين": units then tens joined by و.
NUMBER_JOINERS = {"و"}

# Tense cues before an expression in the same sentence: a future cue makes "يوم الجمعة"
# the coming Friday instead of the last one.
FUTURE_WORDS = {"سوف", "المقرر", "المرتقب", "المزمع", "يعتزم", "ينوي", "تعتزم", "تنوي", "يتوقع",
                "المتوقع", "سيبدأ", "ستبدأ", "ستعقد", "سيعقد"}
# Future verbs carry the prefix س on an imperfect verb (سيزور, ستعقد, سنواصل); the pattern is
# checked on normalised words, minus the nouns that start the same way.
FUTURE_PREFIX = r"^[وف]?س[يتن][^\s]{2,}$"
FUTURE_PREFIX_EXCEPTIONS = {
    "سيول", "سيئول", "سياسه", "سياسي", "سياسيه", "سياسات", "سياسيا", "سياسيين", "سيارة", "سياره",
    "سيارات", "سته", "ستين", "ستون", "سنه", "سنوات", "سنين", "سنتين", "سنوي", "سنويا", "سنويه",
    "ستار", "سيد", "سيده", "سيطره", "سيناء", "سينا", "سينما", "سيف", "سيرغي", "سيرجي", "سيناريو",
    "ستوكهولم", "سنغافوره", "سنوات", "سيادة", "سياده", "سياق", "سياحه", "سياحي", "سير", "سيره",
    "ستراتيجيه", "سنتيمتر", "سنة", "سيدني", "ستالين", "ستيف", "سيلفا", "سيسي", "السيسي",
}

# After "بعد/قبل N unit", these tie the span to an event ("بعد أربعة أشهر من انتخابه"),
# so it is not counted from the day of writing.
EVENT_RELATIVE = {"من", "على"}

# Between a weekday and its date: "اليوم الجمعة الموافق 15 / 10 / 1436 هـ", "يوم الأحد بتاريخ 2 أغسطس".
DATE_APPOSITIONS = {"الموافق", "الموافقة", "بتاريخ", "تاريخ"}

# "بعد أسبوعين من الآن": "من" followed by these still counts from the day of writing.
NOW_WORDS = {"الآن", "اليوم"}
# Names that contain a time word but mean an outlet, a programme or a historical event
# (outlets named "... اليوم"; "حرب أكتوبر" is October 1973, not the last October).
NOT_TEMPORAL = {"حرب أكتوبر", "حرب اكتوبر", "حرب تشرين", "ثورة يناير", "ثورة يوليو", "حرب حزيران",
                "نكسة حزيران", "هجمات سبتمبر", "أحداث سبتمبر",
                "روسيا اليوم", "عين اليوم", "مصر اليوم", "فلسطين اليوم", "الكويت اليوم", "سوريا اليوم",
                "العرب اليوم", "الجزائر اليوم", "لبنان اليوم", "السعودية اليوم", "أخبار اليوم", "المغرب اليوم",
                "اليوم السابع", "المصري اليوم", "صحيفة اليوم", "جريدة اليوم"}

# "للمرة الأولى منذ": Arabic says "since" with منذ, so no cue turns "بعد/خلال" around.
SINCE_CUES: set[str] = set()
# "في 11 من شهر أكتوبر", "شهر آب": the word "month" before a month name.
MONTH_NOUNS = {"شهر"}

# Without هـ, "عام 1436" or "15/10/1436" is Hijri in Gulf print; Gregorian years this low are
# rare in news and then carry a م/ميلادي marker or a context this resolver does not read.
BARE_HIJRI_YEARS = (1350, 1500)

# After "اليوم" these make it "the day" of something, not today: "اليوم الأول من الجولة",
# "اليوم الأخير", "اليوم الوطني", "اليوم العالمي للمرأة".
NOT_AFTER_DAY_WORDS = {"الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الأخير",
                       "التالي", "السابق", "نفسه", "ذاته", "الوطني", "العالمي", "الدولي", "المفتوح",
                       "الآخر", "الموعود", "الختامي", "الافتتاحي", "القريب"}
# Before "اليوم"/"أمس": "نفس اليوم" (the same day), "ذات اليوم", "بالأمس القريب" is handled above.
NOT_BEFORE_DAY_WORDS = {"نفس", "ذات", "ذلك"}
