"""Arabic words the temporal resolver reads, written as they appear in print.

The resolver normalises every key (hamza/alef, ة/ه, ى/ي, tanween) before matching, so
each entry is listed once in its ordinary spelling.  Multi-word entries ("كانون الثاني")
are matched as phrases, longest first.
"""

from rasid.lang.ar.ner import GIVEN_NAMES, ROYAL_TITLES

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
    # ... and as often printed without the article ("تشرين أول/أكتوبر", "كانون ثان/يناير")
    "كانون ثاني": 1, "كانون ثان": 1, "تشرين أول": 10, "تشرين ثاني": 11, "تشرين ثان": 11, "كانون أول": 12,
    # Maghrebi
    "ماي": 5, "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
    # Algerian/Tunisian French forms
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "جوان": 6, "جويلية": 7, "أوت": 8,
    # Mauritanian (and Moroccan) forms of the rest
    "أغشت": 8, "دجمبر": 12, "يليوز": 7, "شتمبر": 9, "نوفمبر": 11,
}

# Month names that are also ordinary words (آب/أب "father", مارس "he practised", ماي, أوت, يوليه "he
# gives it" in «الحرص الذي يوليه»): accepted only beside a day, a year, a "last/next" marker or the word "month".
WEAK_MONTHS = {"آب", "مارس", "ماي", "أوت", "جوان", "يوليه", "يونيه"}

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
    "أمس الأول": -2, "الليلة الماضية": -1, "الليلة قبل الماضية": -2, "غدا": 1, "غداً": 1, "الغد": 1, "غد": 1, "بعد غد": 2, "بعد غد": 2,
}
# «مساء غد، الثلاثاء», «يوم غدٍ الثلاثاء»: غد is tomorrow after a part of the day or يوم; alone it is
# also «نحو غد أفضل» (a better future), so these day words need one of them before.
WEAK_DAY_WORDS = {"غد"}
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
    # the one before the last: «في العام قبل الماضي», «يوم الجمعة قبل الماضي» (read on 2015-07-21)
    "قبل الماضي": -2, "قبل الماضية": -2, "ما قبل الماضي": -2, "ما قبل الماضية": -2,
}

AGO_BEFORE = {"منذ", "قبل", "مذ"}  # "منذ 24 عاما", "قبل يومين"
AGO_AFTER: set[str] = set()
LATER_BEFORE = {"بعد"}  # "بعد ثلاثة أيام"
# "خلال ثلاثة أيام", "في غضون شهرين": from the day of writing up to N units ahead (behind, with a
# "past" marker after the unit: "خلال الأيام الثلاثة الماضية").
# "خلال ثلاثة أيام", "في غضون شهرين": how long something takes (a duration), not a date.
WITHIN_BEFORE = {"خلال", "في غضون", "غضون", "في خلال"}
# Hedges between "منذ" and the number: "منذ أكثر من 4 سنوات", "قبل نحو عامين".
APPROXIMATORS = {"أكثر من", "اكثر من", "نحو", "حوالي", "قرابة", "زهاء", "ما يقرب من", "ما يزيد على",
                 "ما يزيد عن", "أقل من", "قرابة ال", "حوالى"}

# Hedges after the unit: "بعد 3 سنوات تقريبا على الهجوم".
APPROXIMATORS_AFTER = {"تقريبا", "تقريباً", "فقط", "قليلة"}
# "عام 2019", "بين عامي 2019 و2021".
# (with clitics stripped by the matcher: "العام 2019", "لعام 2020" reach عام)
YEAR_WORDS = {"عام", "سنة", "عامي", "سنتي"}
# A bare four-digit number is a year only after one of these ("في 2019", "منذ 2014").
YEAR_PREPOSITIONS = {"في", "منذ", "حتى", "خلال", "مطلع", "أواخر", "أوائل", "نهاية", "بداية", "منتصف"}

RANGE_FROM = {"من", "بين", "منذ"}
# «بين نيسان (أبريل) وحزيران (يونيو)»: after it, two months joined by a glued و are a stretch from one to the other.
RANGE_BETWEEN = {"بين"}
RANGE_TO = {"إلى", "الى", "حتى", "لغاية", "ولغاية", "وحتى", "و", "-", "–", "—"}
LIST_AND = {"و"}
# «في نوفمبر او ديسمبر القادمين»: two months offered as alternatives share the marker after the second.
LIST_OR = {"أو", "او"}
DAY_MONTH_JOINERS = {"من"}  # "الأول من سبتمبر"
ORDINAL_SUFFIXES: set[str] = set()
# Numeric dates: 15/9/2023 is day-month-year in Arabic print.
NUMERIC_ORDER = "dmy"
# Arabic writes the day before the month («15 سبتمبر»); a number after a month is something else
# («تسليم سبتمبر 12 سنتا»: the September contract, up 12 cents).
DAY_AFTER_MONTH = False

# Proclitics glued to a month or weekday ("والأربعاء", "بسبتمبر", "لعام"); the conjunction
# matters for lists ("الثلاثاء والأربعاء").
PROCLITICS = ("وبال", "وال", "فال", "بال", "لل", "ال", "و", "ف", "ب", "ل")
CONJUNCTION_CLITICS = ("و", "ف")
# Clitics that hold the article or swallowed it (ل + ال is written لل): «للنصف الأول من عام 2015»,
# «بالنصف الأول» are read as «النصف الأول» after the clitic.
ARTICLE_CLITICS = {"وبال": "ال", "وال": "ال", "فال": "ال", "بال": "ال", "لل": "ال"}

_ORDINAL_UNITS = {"الأول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6,
                  "السابع": 7, "الثامن": 8, "التاسع": 9}
# "الأول من سبتمبر" .. "العاشر", and 11-31 in words: "الثامن عشر من يونيو", "الحادي والعشرين من مارس"
# (11, 21 and 31 take الحادي; tens are written after و: الثاني والعشرين).
ORDINAL_DAYS = {
    **_ORDINAL_UNITS, "العاشر": 10,
    **{f"{unit} عشر": 10 + n for unit, n in {**_ORDINAL_UNITS, "الحادي": 1}.items() if n > 1 or unit == "الحادي"},
    "العشرين": 20, "العشرون": 20, "الثلاثين": 30, "الثلاثون": 30, "الحادي والثلاثين": 31,
    **{f"{unit} والعشرين": 20 + n for unit, n in {**_ORDINAL_UNITS, "الحادي": 1}.items() if n > 1 or unit == "الحادي"},
    **{f"{unit} والعشرون": 20 + n for unit, n in {**_ORDINAL_UNITS, "الحادي": 1}.items() if n > 1 or unit == "الحادي"},
}
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
# («تسليم سبتمبر»: a futures contract for delivery in the coming September.)
FUTURE_WORDS = {"سوف", "المقرر", "المرتقب", "المزمع", "يعتزم", "ينوي", "تعتزم", "تنوي", "يتوقع",
                "المتوقع", "سيبدأ", "ستبدأ", "ستعقد", "سيعقد", "تسليم",
                # «وينتظر ان يغادر عبدالغني الثلاثاء», «من المنتظر أن تعود البعثة»: awaited, meant to
                "ينتظر", "المنتظر", "يفترض", "المفترض"}
# ... not after these: «تراجع الناتج على غير المتوقع في حزيران» (unexpectedly) reports the past.
NOT_FUTURE_BEFORE = {"غير"}
# Future verbs carry the prefix س on an imperfect verb (سيزور, ستعقد, سنواصل); the pattern is
# checked on normalised words, minus the nouns that start the same way.
FUTURE_PREFIX = r"^[وف]?س[يتن][^\s]{2,}$"
FUTURE_PREFIX_EXCEPTIONS = {
    "سيول", "سيئول", "سياسه", "سياسي", "سياسيه", "سياسات", "سياسيا", "سياسيين", "سيارة", "سياره",
    "سيارات", "سته", "ستين", "ستون", "سنه", "سنوات", "سنين", "سنتين", "سنوي", "سنويا", "سنويه",
    "ستار", "سيد", "سيده", "سيطره", "سيناء", "سينا", "سينما", "سيف", "سيرغي", "سيرجي", "سيناريو",
    "ستوكهولم", "سنغافوره", "سنوات", "سيادة", "سياده", "سياق", "سياحه", "سياحي", "سير", "سيره",
    "ستراتيجيه", "سنتيمتر", "سنة", "سيدني", "ستالين", "ستيف", "سيلفا", "سيسي", "السيسي",
    "سيطر", "سيطرت", "سيطروا", "سيطرة", "سينمائي", "ستون", "سيناتور", "سيول", "سنوية",
}

# After "بعد/قبل N unit", these tie the span to an event ("بعد أربعة أشهر من انتخابه"),
# so it is not counted from the day of writing.
# («بعد أسبوع منذ افتتاحه»: a week after the opening)
EVENT_RELATIVE = {"من", "على", "منذ"}

# Between a weekday and its date: "اليوم الجمعة الموافق 15 / 10 / 1436 هـ", "يوم الأحد بتاريخ 2 أغسطس".
# ... and «يوم الإثنين الذي يوافق اليوم الأول من شهر ذي الحجة».
DATE_APPOSITIONS = {"الموافق", "الموافقة", "بتاريخ", "تاريخ", "الذي يوافق", "التي توافق", "الذي يصادف",
                    "الذي يوافق اليوم", "الموافق اليوم", "الذي يصادف اليوم"}

# «وحتى الأربعاء 14 من الشهر نفسه», «يوم الخميس 12 من الشهر ذاته»: a day of the month the text last named.
SAME_WORDS = {"نفسه", "ذاته", "عينه"}
SAME_BEFORE = {"نفس", "ذات"}  # «إلى 25 من نفس الشهر»
# "بعد أسبوعين من الآن": "من" followed by these still counts from the day of writing.
NOW_WORDS = {"الآن", "اليوم"}
# Names that contain a time word but mean an outlet, a programme or a historical event
# (outlets named "... اليوم"; "حرب أكتوبر" is October 1973, not the last October).
# Nouns before a day and month that make them the name of a historical event or of a movement named
# for one («أحداث 11 سبتمبر», «ثورة 25 يناير», «قوى 14 آذار»): not a date in the current year.
EVENT_NOUNS = {"أحداث", "هجمات", "اعتداءات", "تفجيرات", "ثورة", "حرب", "انتفاضة", "نكسة", "نكبة", "مجزرة",
               "انقلاب", "جمعة", "مليونية", "عملية"}
# ... and nouns of the movements and coalitions named after such a day («قوى 14 آذار», «حركة 20 فبراير»):
# a name, no time at all.
GROUP_NOUNS = {"حركة", "قوى", "تحالف", "فريق", "تيار", "ائتلاف", "معسكر", "كتلة",
               # ... and of places named after one («معسكر إعدادي بمدينة 6 أكتوبر», «جسر 6 أكتوبر»)
               "مدينة", "جسر", "كوبري", "ميدان", "شارع", "جامعة", "محور",
               # ... and grounds («تدريباً على ملعب إبريل كول»: a stadium, no April)
               "ملعب", "استاد", "ستاد"}
# The day each such event is named for, when it is well known: its year.
HISTORIC_DAYS = {
    (9, 11): 2001, (1, 25): 2011, (6, 30): 2013, (7, 23): 1952, (10, 6): 1973, (3, 14): 2005, (3, 8): 2005,
    (2, 17): 2011, (1, 14): 2011, (9, 26): 1962, (10, 14): 1963, (5, 22): 1990, (8, 2): 1990, (6, 5): 1967,
    (2, 11): 1979, (7, 14): 1958, (11, 1): 1954, (3, 15): 2011, (2, 14): 2011, (2, 20): 2011,
}
# The year after (before) the one the text is telling of: «العام التالي» after «في 2012» is 2013.
NARRATIVE_MARKERS = {"التالي": 1, "التالية": 1, "اللاحق": 1, "اللاحقة": 1, "الذي يليه": 1, "الذي تلاه": 1,
                     "الذي سبقه": -1,
                     # «ارتفعت الأجور في يوليو بعد ركودها في الشهر السابق» (June), «في العام الماضي ... بزيادة 10 في
                     # المائة على العام السابق» (2013): the one before the unit last named (with none, before this one)
                     "السابق": -1, "السابقة": -1}
# Islamic feasts and days, by their Hijri month and day: «عيد الفطر المبارك» is 1 Shawwal.
HIJRI_FEASTS = {
    "عيد الفطر": (10, 1), "عيد الأضحى": (12, 10), "يوم عرفة": (12, 9), "يوم عرفات": (12, 9),
    "رأس السنة الهجرية": (1, 1), "المولد النبوي": (3, 12), "ذكرى المولد النبوي": (3, 12), "يوم عاشوراء": (1, 10),
    "عاشوراء": (1, 10), "ليلة القدر": (9, 27), "ليلة الإسراء والمعراج": (7, 27), "الإسراء والمعراج": (7, 27),
    "وقفة عرفة": (12, 9), "عيد الفطر المبارك": (10, 1), "عيد الأضحى المبارك": (12, 10),
    "عيد الفطر السعيد": (10, 1),
}
# Decades: «سبعينيات القرن الماضي» (the 1970s), «ثمانينات القرن العشرين».
DECADES = {"عشرينيات": 20, "عشرينات": 20, "ثلاثينيات": 30, "ثلاثينات": 30, "أربعينيات": 40,
           "أربعينات": 40, "خمسينيات": 50, "خمسينات": 50, "ستينيات": 60, "ستينات": 60,
           "سبعينيات": 70, "سبعينات": 70, "ثمانينيات": 80, "ثمانينات": 80, "تسعينيات": 90,
           "تسعينات": 90}
# The century a decade belongs to: «القرن الماضي» / «القرن العشرين» -> 1900.
CENTURIES = {"القرن الماضي": 1900, "القرن العشرين": 1900, "القرن المنصرم": 1900, "القرن التاسع عشر": 1800,
             "القرن الحالي": 2000, "القرن الحادي والعشرين": 2000}
# Which part of a stretch of time: the first, middle or last third of it.
PERIOD_PARTS = {"مطلع": "early", "بداية": "early", "بدايات": "early", "أوائل": "early", "أواخر": "late",
                "نهاية": "late", "نهايات": "late", "منتصف": "middle", "أواسط": "middle"}
# Which part of a month: «نهاية شهر ذي القعدة» is its last day, «أواخر يوليو» its last ten days.
# Its early, middle and late part («أواخر يونيو», «منتصف يوليو الماضي», «مطلع شهر شوال») name no days a reader
# would date more closely than the month: read as the month itself ("whole"), as the annotated articles do
# («منتصف الشهر الماضي» 2015-07, «أواخر عام 2012» 2012), not as its ten days.
MONTH_PARTS = {"نهاية": "last", "آخر": "last", "أواخر": "whole", "بداية": "first", "مطلع": "whole", "أوائل": "whole",
               "منتصف": "middle", "أواسط": "whole", "غرة": "first"}
# Weeks of a month: «في الأسبوع الأخير من شهر ذي الحجة 1436» is its last seven days (not last week),
# «الأسبوع الأول من شهر المحرم المقبل» its first seven (not the 1st of Muharram).
MONTH_WEEKS = {"الأسبوع الأول": "week1", "الأسبوع الثاني": "week2", "الأسبوع الثالث": "week3",
               "الأسبوع الرابع": "week4", "الأسبوع الأخير": "lastweek"}
# The head words of those fractions: «النصف الثاني من شهر يونيو» is no 2nd of June.
FRACTION_HEADS = {"النصف", "الربع", "الثلث"}
# Halves, thirds and quarters of a year: «النصف الأول من العام», «الربع الثالث من عام 2015».
YEAR_FRACTIONS = {"النصف الأول": (1, 2), "النصف الثاني": (2, 2), "الربع الأول": (1, 4), "الربع الثاني": (2, 4),
                  "الربع الثالث": (3, 4), "الربع الرابع": (4, 4), "الربع الأخير": (4, 4), "الثلث الأول": (1, 3),
                  "الثلث الثاني": (2, 3), "الثلث الأخير": (3, 3), "النصف الأخير": (2, 2)}
# «الأشهر الستة الأولى من العام», «الأشهر السبعة الأولى من عام 2015»: the first N months of a year.
FIRST_WORDS = {"الأولى", "الأول"}
# "الساعة العاشرة صباح أمس": a time of day tied to a day.
CLOCK_WORDS = {"الساعة", "تمام الساعة", "في تمام الساعة", "عند الساعة"}
HOUR_WORDS = {"الواحدة": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4, "الخامسة": 5, "السادسة": 6, "السابعة": 7,
              "الثامنة": 8, "التاسعة": 9, "العاشرة": 10, "الحادية عشرة": 11, "الحادية عشر": 11,
              "الثانية عشرة": 12, "الثانية عشر": 12}
# Half and quarter hours after the hour: "الثامنة والنصف", "العاشرة إلا ربعا".
MINUTE_WORDS = {"والنصف": 30, "ونصف": 30, "والربع": 15, "وربع": 15, "إلا ربعا": -15, "إلا ربع": -15,
                "والثلث": 20, "إلا ثلثا": -20}
# Parts of the day after an hour, and the hours they add: "الثالثة عصرا" is 15:00.
HOUR_PERIODS = {"صباحا": 0, "صباحاً": 0, "فجرا": 0, "فجراً": 0, "ظهرا": 12, "ظهراً": 12, "عصرا": 12,
                "عصراً": 12, "مساء": 12, "مساءً": 12, "مساءا": 12, "ليلا": 12, "ليلاً": 12,
                "صباح": 0, "فجر": 0, "ظهر": 12, "عصر": 12, "ليل": 12, "ليلة": 12}
# Past-tense verbs of news reports: the nearest verb before a bare weekday decides which way it
# points when it is nearer than any future cue («احترق يوم السبت» is last Saturday).
PAST_VERBS = {"كان", "كانت", "احتفل", "احتفلت", "استمر", "استمرت", "أغلق", "أغلقت", "فتح", "فتحت", "تم", "تمت", "جرى", "جرت", "وقع", "وقعت", "احترق", "احترقت", "اندلع", "اندلعت",
              "قتل", "قتلت", "أصيب", "أصيبت", "توفي", "توفيت", "شهد", "شهدت", "عقد", "عقدت", "التقى", "التقت",
              "استقبل", "استقبلت", "زار", "زارت", "وصل", "وصلت", "غادر", "غادرت", "افتتح", "افتتحت", "أعلن",
              "أعلنت", "قال", "قالت", "أكد", "أكدت", "ذكر", "ذكرت", "أفاد", "أفادت", "أوضح", "أوضحت", "بدأ",
              "بدأت", "انطلق", "انطلقت", "أقيم", "أقيمت", "نفذ", "نفذت", "شارك", "شاركت", "فاز", "فازت",
              "خسر", "خسرت", "أصدر", "أصدرت", "صدر", "صدرت", "رفع", "رفعت", "حصل", "حصلت", "تعرض", "تعرضت",
              "انتهى", "انتهت", "اختتم", "اختتمت", "لقي", "لقيت", "نشر", "نشرت", "كشف", "كشفت", "سقط", "سقطت",
              "هاجم", "هاجمت", "شن", "شنت", "أطلق", "أطلقت", "أعدم", "أعدمت", "ضبط", "ضبطت", "أسفر", "أسفرت"}
# A bare weekday right after a given name is that person's family name («رئيس اللجنة محمد الخميس أن»),
# even where the tagger missed the name; not after a royal title («الأمير فيصل الخميس»: on Thursday).
NAMES_BEFORE_WEEKDAY = set(GIVEN_NAMES)
TITLES_BEFORE_NAME = set(ROYAL_TITLES)
NOT_TEMPORAL = {"حرب أكتوبر", "حرب اكتوبر", "حرب تشرين", "ثورة يناير", "ثورة يوليو", "حرب حزيران",
                "نكسة حزيران", "هجمات سبتمبر", "أحداث سبتمبر", "خطب الجمعة",
                "روسيا اليوم", "عين اليوم", "مصر اليوم", "فلسطين اليوم", "الكويت اليوم", "سوريا اليوم",
                "العرب اليوم", "الجزائر اليوم", "لبنان اليوم", "السعودية اليوم", "أخبار اليوم", "المغرب اليوم",
                "اليوم السابع", "المصري اليوم", "صحيفة اليوم", "جريدة اليوم", "دار اليوم",
                # «بعدما لامس أدنى مستوياته» (touched): no ل + أمس
                "لامس"}

# "للمرة الأولى منذ": Arabic says "since" with منذ, so no cue turns "بعد/خلال" around.
SINCE_CUES: set[str] = set()
# "في 11 من شهر أكتوبر", "شهر آب": the word "month" before a month name.
MONTH_NOUNS = {"شهر"}
# «هذا الشهر الكريم», «لهذا الشهر الفضيل»: "this month" so praised is Ramadan, not the month of
# writing (read on 2015-07-21, where it was dated July in articles written after Ramadan).
MONTH_EPITHETS = {"الكريم": 9, "الفضيل": 9, "المبارك": 9}

# Without هـ, "عام 1436" or "15/10/1436" is Hijri in Gulf print; Gregorian years this low are
# rare in news and then carry a م/ميلادي marker or a context this resolver does not read.
BARE_HIJRI_YEARS = (1350, 1500)

# After "اليوم" these make it "the day" of something, not today: "اليوم الأول من الجولة",
# "اليوم الأخير", "اليوم الوطني", "اليوم العالمي للمرأة".
NOT_AFTER_DAY_WORDS = {"الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الأخير",
                       "التالي", "السابق", "نفسه", "ذاته", "الوطني", "العالمي", "الدولي", "المفتوح",
                       "الآخر", "الموعود", "الختامي", "الافتتاحي", "القريب",
                       # «نهاية اليوم ال 15 من شهر سبتمبر»: the 15th day of a month, written with a split article
                       "ال", "الـ"}
# Before "اليوم"/"أمس": "نفس اليوم" (the same day), "ذات اليوم", "بالأمس القريب" is handled above;
# "900 ألف برميل في اليوم" (a day), "على مدار اليوم", "طوال اليوم" (all day long), "في أمس الحاجة" (in most
# need); "نجوم الأمس", "جيل اليوم" (the stars of the past, today's generation): no day at all.
NOT_BEFORE_DAY_WORDS = {"نفس", "ذات", "ذلك", "في", "مدار", "طوال", "نجوم", "لاعبي", "أبطال", "جيل"}
