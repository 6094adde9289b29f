"""How Arabic writers vary the spelling of (mostly foreign) names, for matching names only.

بيونغ يانغ / بيونغيانغ / بيونج يانج, ديمتري / دميتري, أمريكا / أميركا, كيم جونغ أون / كيم جونغ-أون:
the same name differs in spaces and hyphens, in which side of a consonant a long vowel is
written on, and in how the foreign "g" is spelt (غ in the Levant and Gulf, ج in Egypt, گ in Iraq).
"""

# Folded to one letter inside name keys (applied after rasid.text.normalize).
LETTER_VARIANTS = {"ج": "غ", "گ": "غ", "ڤ": "ف", "پ": "ب", "چ": "تش"}
# Long-vowel letters writers put on either side of a neighbouring consonant in transliterated
# names (أمريكا / أميركا, ديمتري / دميتري, كلاشنيكوف / كلاشينكوف).  Only inside a name: the
# first and the last letter stay, since a final ي makes another name (الحكيم / الحكمي).
SLIDING_LETTERS = "وي"
# Long-vowel letters whose place tells names apart (كامل / كمال, هاشم / هشام, زايد / زياد):
# kept where they are, and a sliding letter does not cross them.
FIXED_VOWEL_LETTERS = "ا"
# Words that title a name but are not part of it.
TITLES = frozenset({
    "الرئيس", "رئيس", "الزعيم", "زعيم", "السيد", "السيده", "الملك", "الامير", "الشيخ", "الدكتور", "د",
    "الوزير", "وزير", "المتحدث", "الجنرال", "الرفيق",
})
# Clitics glued to a name in running text (ولبوتين، لبوتين، وبوتين): stripped before matching
# a short mention, never from a full name key.
CLITICS = ("وب", "ول", "و", "ب", "ل", "ك", "ف")
# Clitics read off a name only before its article (كالسعودية is ك + السعودية): before a bare name ك is
# far more often the name's own first letter (كاسيا, Kiko Casilla, had read as ك + آسيا on 2015-07-21;
# كينيا, كابول likewise).
ARTICLE_ONLY_CLITICS = ("ك",)
ARTICLE = "ال"
# لل is ل + ال with the alef dropped: للأمم المتحدة is ل + الأمم المتحدة.
CLITIC_REWRITES = {"لل": "ال", "ولل": "ال"}

# How each letter sounds, as a Latin consonant class, so that a name meets its spelling in
# another script within one story (بوتين / Putin, موسكو / Moscow, شويغو / Shoigu).  Read from
# name keys, where LETTER_VARIANTS are already folded (ج is غ, چ is تش).  Vowel letters, ع, ء,
# ح and ه have no class: transliteration drops or varies them (أحمد / Ahmed).  س and ز share
# one, as do ش and س (Latin "sh" reads as "s" too), since writers swap them.
SOUNDS = {
    "ب": "b", "ت": "t", "ث": "t", "ط": "t", "د": "d", "ذ": "d", "ض": "d", "ظ": "d",
    "غ": "g", "خ": "k", "ق": "k", "ك": "k", "ف": "f",
    "س": "s", "ز": "s", "ش": "s", "ص": "s", "ر": "r", "ل": "l", "م": "m", "ن": "n",
}
# Letters of this script (a regular-expression class), to tell which table reads a name.
SCRIPT = "\u0600-\u06ff"
# The article glued to a name's first word, dropped before its sound is read (الكرملين / Kremlin).
ARTICLE_PREFIXES = ("ال",)
ARTICLE_WORDS: tuple[str, ...] = ()

# Nouns that classify a place before its name (مدينة عدن, ولاية كولورادو, سلطنة عمان): the place is
# the one named, so the name key leaves them out and «مدينة عدن» meets «عدن».
PLACE_CLASSIFIERS = ("مدينة", "محافظة", "ولاية", "منطقة", "سلطنة", "إمارة", "بلدة", "قرية", "جزيرة", "إقليم",
                     "مقاطعة")
# Words a classifier makes a place of, that name no place alone: a currency's zone («منطقة اليورو», the
# eurozone) is not the currency, so the classifier stays in its key (an analyst read the euro and the
# eurozone as one entity).
NOT_PLACES_ALONE = ("اليورو", "يورو", "الدولار", "الين", "الإسترليني", "الاسترليني", "الفرنك", "الروبل", "شنغن", "الشنغن")
# Nouns that name an organisation after a place when they stand before the place's name: the
# newspaper «صحيفة الشرق الأوسط» (or «الشرق الأوسط» in quote marks) is not the region.
ORG_CONTEXT_WORDS = ("صحيفة", "جريدة", "مجلة", "قناة", "موقع", "وكالة", "إذاعة", "تلفزيون", "نادي", "فريق",
                     "منتخب", "مجموعة", "شركة", "دار")
# Names the Saudi press writes for one place, keyed as the name they stand for: «المملكة» (the kingdom
# the outlet writes from) and «المملكة العربية السعودية» are «السعودية», one entity for an analyst; a
# country's full style and its other spelling are the country (one day of SaudiNewsNet, 2015-08-09,
# listed سوريا and سورية, الولايات المتحدة and الولايات المتحدة الأمريكية as four entities).
SAME_PLACE = {"المملكة": "السعودية", "المملكة العربية السعودية": "السعودية",
              "سورية": "سوريا", "الجمهورية العربية السورية": "سوريا",
              "الولايات المتحدة الأمريكية": "الولايات المتحدة", "الولايات المتحدة الأميركية": "الولايات المتحدة",
              "الإمارات العربية المتحدة": "الإمارات", "دولة الإمارات العربية المتحدة": "الإمارات",
              "جمهورية مصر العربية": "مصر", "المملكة المتحدة": "بريطانيا", "روسيا الاتحادية": "روسيا",
              "المملكة الأردنية الهاشمية": "الأردن", "المملكة المغربية": "المغرب",
              "الجمهورية الإسلامية الإيرانية": "إيران", "جمهورية العراق": "العراق",
              # the country by its continent's name, both spellings (07-21 had أميركا apart from
              # الولايات المتحدة); «أمريكا اللاتينية» keys whole, so it stays another place
              "أمريكا": "الولايات المتحدة", "أميركا": "الولايات المتحدة",
              "الجمهورية اليمنية": "اليمن", "دولة الكويت": "الكويت", "دولة قطر": "قطر",
              "مملكة البحرين": "البحرين", "الجمهورية التركية": "تركيا", "الجمهورية اللبنانية": "لبنان",
              "الجمهورية الفرنسية": "فرنسا", "جمهورية الصين الشعبية": "الصين"}
# Names that are something else without the classifier before them: «منطقة اليورو» is the eurozone,
# «اليورو» the currency (07-21 had them as one entity), so the classifier stays part of the key.
# Places written alike and told apart by the article's words (the nearest cue decides): عمان is the
# Sultanate beside مسقط or العمانية, the Jordanian capital beside الأردن.  Each sense is the name an
# analyst is shown for it.
HOMOGRAPH_PLACES = {
    "عمان": {"سلطنة عمان": ("سلطنة", "السلطنة", "العمانية", "العماني", "مسقط", "قابوس", "صلالة", "ظفار", "مسندم"),
             "عمّان": ("الأردن", "الأردنية", "الأردني", "الأردنيين", "الهاشمية", "الزرقاء", "إربد")},
    "طرابلس": {"طرابلس (ليبيا)": ("ليبيا", "الليبية", "الليبي", "بنغازي", "مصراتة"),
               "طرابلس (لبنان)": ("لبنان", "اللبنانية", "اللبناني", "بيروت", "الشمال اللبناني")},
}
# Bodies many countries have under one name: each country's cabinet is «مجلس الوزراء», and clubs named
# الأهلي play in Jeddah, Cairo, Doha and Dubai (07-21 had the Saudi and the Egyptian club as one entity).
# Name -> the countries (COUNTRY_CUES labels) that have one, () for a body every country has.  The linker
# gives a mention the country its context says: the word right after it («الأهلي المصري», «مجلس الوزراء
# الكويتي»), else the one country the article names most; a mention whose country is its outlet's own (or
# unknown) stays the plain name.  A club is only read as one of the countries that have it: a Saudi club's
# training camp in Turkey is not a Turkish club.
NATIONAL_BODIES = {
    "الأهلي": ("السعودية", "مصر", "قطر", "الإمارات", "البحرين", "السودان", "ليبيا", "الأردن", "اليمن"),
    "الهلال": ("السعودية", "السودان"), "النصر": ("السعودية", "الإمارات"), "الشباب": ("السعودية", "الإمارات"),
    "الوحدة": ("السعودية", "الإمارات", "سوريا"), "الفيصلي": ("السعودية", "الأردن"),
    "مجلس الوزراء": (), "وزارة الداخلية": (), "وزارة الخارجية": (), "وزارة الدفاع": (), "وزارة الصحة": (),
    "وزارة العدل": (), "وزارة المالية": (), "وزارة الإعلام": (), "مجلس النواب": (), "مجلس الشورى": (),
    "مجلس الأمة": (), "البرلمان": (), "النيابة العامة": (),
}
# A country as an analyst is shown it -> single words that name it in a story: its name, its adjective
# (the forms a body or a club takes), its capital and large cities.  Normalised when read.
COUNTRY_CUES = {
    "السعودية": ("السعودية", "السعودي", "السعوديين", "المملكة", "الرياض", "جدة", "الدمام", "مكة", "الحرمين"),
    "مصر": ("مصر", "المصري", "المصرية", "المصريين", "القاهرة", "الإسكندرية", "الجيزة"),
    "الإمارات": ("الإمارات", "الإماراتي", "الإماراتية", "دبي", "أبوظبي", "الشارقة"),
    "قطر": ("قطر", "القطري", "القطرية", "الدوحة"),
    "الكويت": ("الكويت", "الكويتي", "الكويتية"),
    "البحرين": ("البحرين", "البحريني", "البحرينية", "المنامة"),
    "سلطنة عمان": ("العماني", "العمانية", "مسقط", "السلطنة"),
    "الأردن": ("الأردن", "الأردني", "الأردنية"),
    "لبنان": ("لبنان", "اللبناني", "اللبنانية", "بيروت"),
    "سوريا": ("سوريا", "سورية", "السوري", "السورية", "دمشق"),
    "العراق": ("العراق", "العراقي", "العراقية", "بغداد"),
    "اليمن": ("اليمن", "اليمني", "اليمنية", "صنعاء"),
    "ليبيا": ("ليبيا", "الليبي", "الليبية", "بنغازي"),
    "تونس": ("التونسي", "التونسية"),
    "الجزائر": ("الجزائري", "الجزائرية"),
    "المغرب": ("المغربي", "المغربية", "الرباط"),
    "السودان": ("السودان", "السوداني", "السودانية", "الخرطوم"),
    "إيران": ("إيران", "الإيراني", "الإيرانية", "طهران"),
    "تركيا": ("تركيا", "التركي", "التركية", "أنقرة", "إسطنبول"),
    "إسرائيل": ("إسرائيل", "الإسرائيلي", "الإسرائيلية"),
    "الولايات المتحدة": ("الأمريكي", "الأمريكية", "الأميركي", "الأميركية", "واشنطن"),
    "بريطانيا": ("بريطانيا", "البريطاني", "البريطانية", "لندن"),
    "فرنسا": ("فرنسا", "الفرنسي", "الفرنسية", "باريس"),
    "روسيا": ("روسيا", "الروسي", "الروسية", "موسكو"),
}
