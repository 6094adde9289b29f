"""Arabic site-chrome phrases: what a reader skips on a news page without thinking.

Phrases are written as they appear; the cleaner normalises them (hamza/alef, ta marbuta,
tatweel, punctuation) before matching, so one spelling per phrase is enough.  These are
generic site-template phrases (WordPress themes, comment forms, share bars), not lines of
any particular page.

CHROME: reason shown to the user -> (mode, max_words, where, phrases)
  mode "prefix":   the line starts with the phrase
  mode "exact":    the line is the phrase (punctuation aside)
  mode "contains": the phrase occurs anywhere in the line
  max_words: longer lines are never this kind of chrome (they are prose that happens to
  start with the phrase)
  where "edge": only before the first or after the last paragraph of prose (a short
  "سياسة" between paragraphs is the article's own subheading); "anywhere": also mid-body
"""

CHROME = {
    "footer: back-to-top button": ("prefix", 6, "anywhere", [
        "زر الذهاب إلى الأعلى", "الذهاب إلى الأعلى", "العودة إلى الأعلى", "العودة للأعلى", "إلى الأعلى",
    ]),
    "share or print buttons": ("exact", 3, "anywhere", [
        "مشاركة", "مشاركه الخبر", "شارك", "شارك الخبر", "شارك هذا الخبر", "طباعة", "أرسل لصديق", "حجم الخط",
        "نسخ الرابط", "رابط مختصر",
    ]),
    "follow-us prompt": ("prefix", 8, "anywhere", [
        "تابعنا عبر", "تابعنا على", "تابعونا عبر", "تابعونا على", "تابعنا في", "انضم إلى قناتنا",
        "اشترك في قناتنا", "للمزيد تابعونا", "شارك هذا المقال", "شارك الخبر", "مشاركة عبر",
    ]),
    "see-also link": ("prefix", 25, "anywhere", [
        "شاهد أيضا", "شاهد ايضا", "اقرأ أيضا", "إقرأ أيضا", "طالع أيضا", "اقرا ايضا", "اقرأ المزيد",
        "رابط الخبر بصحيفة", "رابط مختصر", "لمزيد من الأخبار",
    ]),
    "comment form": ("prefix", 20, "anywhere", [
        "اترك تعليقا", "اترك تعليق", "أترك تعليقا", "أضف تعليق", "أضف تعليقك", "أرسل تعليقك",
        "تعليقك كزائر", "لن يتم نشر عنوان بريدك الإلكتروني", "الحقول الإلزامية مشار إليها",
        "الاسم البريد الإلكتروني", "اكتب تعليقك", "اضف تعليقا واقرأ تعليقات القراء", "لا توجد تعليقات",
        "بروتوكول نشر التعليقات", "تم إضافة تعليقك",
    ]),
    "comment counter": ("prefix", 3, "edge", ["تعليقات", "التعليقات", "عدد التعليقات"]),
    "site section label": ("prefix", 2, "edge", [
        "آخر الأخبار", "أهم الأخبار", "أخبار", "الرئيسية", "عاجل", "الأكثر قراءة", "الأكثر مشاهدة",
        "كاريكاتير", "استطلاعات الرأي", "استطلاع الرأي", "مقالات", "منوعات", "فيديو", "صور",
        "سياسة", "رياضة", "اقتصاد", "محليات", "شؤون دولية", "ثقافة وفن",
    ]),
    "news-ticker label": ("prefix", 3, "edge", ["أهم الأخبار", "آخر الأخبار", "عاجل", "شريط الأخبار"]),
    "image placeholder": ("exact", 2, "anywhere", ["صورة", "الصورة", "صور", "صورة أرشيفية", "فيديو"]),
    "weather ticker": ("contains", 8, "anywhere", ["درجة الحرارة", "الطقس اليوم"]),
    "comment disclaimer": ("contains", 40, "anywhere", [
        "تعبر عن رأي أصحابها", "تعبر عن آراء أصحابها", "لا تعبر عن رأي الموقع", "لا تعبر بالضرورة عن رأي",
    ]),
    "editorial staff credit": ("prefix", 5, "edge", ["تحرير جريدة", "تحرير موقع", "تحرير صحيفة", "هيئة التحرير"]),
    "end-of-wire marker": ("exact", 2, "anywhere", ["انتهى", "يتبع", "انتهى الخبر"]),
    "contact-the-writer box": ("prefix", 10, "anywhere", [
        "للتواصل مع الكاتب", "للتواصل أرسل", "للتواصل ارسل", "للتواصل مع الكاتب ارسل رسالة",
    ]),
    "copyright line": ("contains", 30, "anywhere", [
        "جميع الحقوق محفوظة", "حقوق النشر محفوظة", "الحقوق محفوظة", "حقوق الطبع محفوظة",
    ]),
    "read-more link": ("exact", 2, "edge", ["المزيد", "للمزيد", "اقرأ المزيد", "التالي", "السابق"]),
    "advertisement": ("exact", 2, "anywhere", ["إعلان", "إعلانات", "مساحة إعلانية"]),
    # Accessibility links around a box inside the article ("تخطى قصص مقترحة وواصل القراءة") and
    # the box's closing label ("قصص مقترحة نهاية").
    "skip link": ("contains", 8, "anywhere", ["وواصل القراءة"]),
}

# Widget labels that crawlers glue to the front of the next line.
GLUED_PREFIXES = ["التالي السابق", "السابق التالي"]

# Labels of a tag list glued after the last sentence ("... الطاقة. سمات ثلاجات كفاءة الطاقة").
TAG_LIST_LABELS = ["سمات", "الوسوم", "كلمات دلالية", "كلمات مفتاحية"]

# A line opening a block of links to other articles: the short headline-like lines after it
# (no sentence punctuation) belong to the block, up to the next line of prose.
RELATED_TRIGGERS = [
    "قد يهمك أيضا", "قد يهمك", "قد يعجبك أيضا", "اقرأ أيضا", "أخبار ذات صلة", "مواضيع ذات صلة",
    "مقالات ذات صلة", "أخبار متعلقة", "مقالات أخرى للكاتب", "الأكثر قراءة", "اقرأ في هذا الملف",
    "المزيد من الأخبار", "أخبار أخرى", "قصص مقترحة", "قصص ذات صلة", "المزيد حول هذه القصة", "اخترنا لكم",
]

# Labels that come after an article, never inside it ("اقرأ أيضا" boxes stand mid-article too,
# so they are not here): see the English table.
ARTICLE_END_MARKERS = [
    "سمات", "الوسوم", "كلمات دلالية", "كلمات مفتاحية", "التعليقات", "أضف تعليقك", "أضف تعليق",
    "مواضيع ذات صلة", "أخبار ذات صلة", "مقالات ذات صلة", "الأكثر قراءة", "المزيد من الأخبار",
]

# "المصدر: ..." names the sources the page credits.
SOURCE_PREFIXES = ["المصدر", "المصادر", "مصدر الخبر", "نقلا عن", "خدمة"]

# First words of an author line ("كتب: فلان", "بقلم فلان").
BYLINE_PREFIXES = ["كتب", "كتبت", "بقلم", "إعداد", "تقرير", "متابعة", "ترجمة", "حوار"]

# A byline credit holding one of these words names no person ("فريق التحرير", "هيئة التحرير"): a credit, not the author.
STAFF_CREDIT_WORDS = ["التحرير", "المحررين"]

# A byline part naming the photographer ("(تصوير: مشعل الزهراني)"): part of the byline, not its author.
PHOTO_CREDIT_PREFIXES = ["تصوير", "عدسة", "رصد وتصوير"]

# News agencies, as Arabic pages spell them; the key is the name we report.
AGENCIES = {
    "أ ف ب": ["أ ف ب", "أ.ف.ب", "ا ف ب", "فرانس برس", "فرانس بريس", "وكالة الصحافة الفرنسية"],
    "رويترز": ["رويترز", "وكالة رويترز"],
    "أسوشيتد برس": ["أسوشيتد برس", "اسوشيتد برس", "أ ب", "أسوشييتد برس"],
    "د ب أ": ["د ب أ", "د.ب.أ", "الوكالة الألمانية"],
    "واس": ["واس", "وكالة الأنباء السعودية"],
    "قنا": ["قنا", "وكالة الأنباء القطرية"],
    "وام": ["وام", "وكالة أنباء الإمارات"],
    "كونا": ["كونا", "وكالة الأنباء الكويتية"],
    "سبأ": ["سبأ", "وكالة سبأ"],
    "بترا": ["بترا", "وكالة الأنباء الأردنية"],
    "أ ش أ": ["أ ش أ", "وكالة أنباء الشرق الأوسط"],
    "الأناضول": ["الأناضول", "وكالة الأناضول"],
    "سانا": ["سانا"],
    "شينخوا": ["شينخوا", "شينخوا"],
    "يونهاب": ["يونهاب"],
    "تاس": ["تاس", "إيتار تاس"],
    "سبوتنيك": ["سبوتنيك"],
    "نوفوستي": ["نوفوستي"],
    "وكالات": ["وكالات", "الوكالات", "وكالات الأنباء"],
    "متابعات": ["متابعات"],
    "مواقع": ["مواقع", "مواقع إلكترونية", "مواقع التواصل"],
}

# Words that name a publication; a title suffix made of them ("| أخبار السياسة",
# "/ جريدة الأيام") is the site's name or section, not part of the headline.
OUTLET_WORDS = [
    "جريدة", "صحيفة", "موقع", "مجلة", "قناة", "وكالة", "أخبار", "اخبار", "بوابة", "شبكة", "برس", "نيوز",
    "تايمز", "بوست",
]

# Enumerators that open list items; repeated on many pages but always part of the text.
LIST_MARKERS = [
    "أولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا", "ثامنا", "تاسعا", "عاشرا",
    "أخيرا", "ملاحظة", "السطر الأخير",
]

# Month names (Gregorian, Levantine, Maghrebi and transliterated) -> month number; used to read
# date lines ("الجمعة 15 سبتمبر 2023", "الجمعة 8 فيفري 2019").
MONTHS = {
    "يناير": 1, "كانون الثاني": 1, "جانفي": 1, "فبراير": 2, "شباط": 2, "فيفري": 2, "مارس": 3, "آذار": 3,
    "أبريل": 4, "ابريل": 4, "نيسان": 4, "أفريل": 4, "مايو": 5, "أيار": 5, "ماي": 5, "يونيو": 6, "حزيران": 6,
    "جوان": 6, "يوليو": 7, "تموز": 7, "جويلية": 7, "يوليوز": 7, "أغسطس": 8, "اغسطس": 8, "آب": 8, "أوت": 8,
    "غشت": 8, "سبتمبر": 9, "أيلول": 9, "شتنبر": 9, "أكتوبر": 10, "تشرين الأول": 10, "نوفمبر": 11,
    "تشرين الثاني": 11, "نونبر": 11, "ديسمبر": 12, "كانون الأول": 12, "دجنبر": 12,
}
WEEKDAYS = ["السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"]
# Words and phrases that only appear in date lines: Hijri months, era and clock words, and the
# labels outlets put before a date ("نشر في: 2023-09-15 10:30", "آخر تحديث 14:00 (GMT+0400)",
# "تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً").
DATE_WORDS = [
    "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "ربيع الثاني", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان",
    "رمضان", "شوال", "ذو القعدة", "ذو الحجة", "هـ", "م", "ص", "الموافق", "ت", "بتوقيت", "مساء", "صباحا", "ظهرا",
    "نشر في", "نشر بتاريخ", "نشر", "نشرت في", "تم نشره", "تم النشر", "تاريخ النشر", "التاريخ", "بتاريخ",
    "آخر تحديث", "اخر تحديث", "تم التحديث", "تحديث", "محدث", "محدثة", "منذ", "الساعة", "غرينتش", "جرينتش",
]

# Arabic writes all-digit dates day first everywhere ("02/11/2023" is 2 November).
NUMERIC_DATE_ORDER_BY_COUNTRY = False
