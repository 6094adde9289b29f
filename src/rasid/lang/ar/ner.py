"""Arabic named-entity recognition: which shipped model tags Arabic, and the clitics its features strip.

Spellings are in *normalised* form (``rasid.text.normalize``: ة→ه, أ/إ/آ→ا, ى→ي), because the
features look at normalised words: ANERcorp itself writes تسعي for تسعى.
"""

# Folder under rasid/entities/ner/models/ holding the CRF model, cluster and gazetteer tables.
MODEL = "ar"
# Which of the folder's taggers runs by default: "crf" (two CRF passes, ~24k tokens/s a core) or "neural"
# (BiLSTM-CRF, slightly better F1 but ~10k tokens/s a core in numpy).  RASID_NER_ENGINE overrides it.
ENGINE = "crf"

# Proclitics a name can carry in running text: وموسكو, بموسكو, لروسيا, والرياض, فبوتين.
# Longest first; the definite article is kept apart because it is often part of a name (الرياض).
CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
ARTICLE = "ال"
# ل + ال contracts to لل (للرياض = ل + الرياض).
CONTRACTED_ARTICLE = "لل"

# Attached pronouns (enclitics); ه also ends many nouns as folded ة, so it is a weak cue.
PRONOUN_SUFFIXES = ("هما", "كما", "هم", "هن", "كم", "كن", "ها", "نا", "ه", "ك", "ي")

# A stem must keep at least this many letters after stripping, or the word is left whole.
MIN_STEM = 2

# Token texts that end a sentence for the tagger's purposes (the CRF was trained on sentences).
SENTENCE_END = (".", "!", "?", "؟", "…")

# --- Name spans (rasid.entities.ner.refine): what the tagger's spans are cut to, joined with, typed by.
# Written in ordinary spelling; normalised once when loaded.

# Words inside a name that join it to the next word (محمد بن سلمان, موسى أبو مرزوق, عبد الله, آل سعود):
# a name never ends with one.
NAME_CONNECTORS = ("بن", "ابن", "بنت", "أبو", "ابو", "أبي", "أبا", "عبد", "آل", "أم", "ذو", "ذي", "ولد", "بو", "بني")
# Connectors that only ever follow a name: the lineage of a person (مساعد بن عبدالرحمن) or a tribe
# naming a town (حوطة بني تميم).  The tagger often starts the name at them, leaving out the word
# before (a family name so written, بن لادن, may stand alone, but never after a word of a name).
LINEAGE_CONNECTORS = ("بن", "بنت", "بني")

# Verbs the tagger takes for names or into them, besides the reporting verbs of the reporting table
# («وزير الخارجية عادل بن أحمد الجبير غرد»).
VERBS = ("غرد", "غردت", "وغرد", "وغردت", "يغرد", "تغرد",
         "هوى", "هوت")  # «فقد هوى البلاتين» (fell): market news, read on 2015-08-06

# Proclitics that glue a following word, possibly another name, to a name: كيم لبوتين, موسكو وبيونغ يانغ.
GLUE_PROCLITICS = ("و", "ل", "ب", "ف", "ك")

# Never a name however tagged: the name of God in formulas, currencies and units, generic words
# the tagger mistakes for names.  (Months and weekdays come from the temporal table.)
NOT_NAMES = (
    "الله", "اللهم", "بالله", "والله", "لله", "سبحانه", "تعالى", "عز وجل", "جل جلاله", "رحمه الله",
    "حفظه الله", "يحفظه الله", "رضي الله عنه", "صلى الله عليه وسلم", "إن شاء الله", "بإذن الله",
    # God named with His praise («قال الله تعالى»), and the blessing after a companion's name («عثمان
    # رضي الله عنه», tagged «عثمان رضي الله»): read on SaudiNewsNet 2015-08-06
    "الله تعالى", "الله سبحانه وتعالى", "الله سبحانه", "الله عز وجل", "رضي الله", "رضي الله عنها",
    "رضي الله عنهما", "رضي الله عنهم", "يرحمك الله", "رحمك الله", "رحمها الله", "رحمهم الله", "رحمهما الله",
    # the close of the king's congratulation cables («... ولشعب بوليفيا اطراد التقدم والازدهار»),
    # repeated daily, so self-training took it for a name
    "اطراد التقدم والازدهار", "التقدم والازدهار",
    "ريال", "ريالا", "ريالات", "دولار", "دولارا", "دولارات", "يورو", "درهم", "دراهم", "دينار", "دنانير",
    "جنيه", "جنيها", "ليرة", "ليرات", "روبية", "ين", "يوان", "روبل", "فرنك", "استرليني", "إسترليني", "جنيه إسترليني",
    "ريال سعودي", "دولار أمريكي", "دولار أميركي", "كيلو", "كيلومتر", "متر", "طن",
    "صاحب السمو", "صاحب السمو الملكي", "السمو الملكي", "الملكي", "خادم الحرمين الشريفين",
    "الأكراد", "العرب", "المسلمين", "المسلمون", "الشيعة", "السنة", "اليهود", "المسيحيين",
    # placeholders for anyone: «غدرة فلان بن فلان»
    "فلان", "فلانة", "علان", "فلان بن فلان", "بن فلان",
    # the news of «وكالة أنباء دوغان», never a name alone
    "أنباء",
    # any country's central bank, named only with its country («البنك المركزي الأوروبي»): junk in
    # the tuning files of 2015-08-04 and 2015-08-06
    "البنك المركزي",
)
# Words that, standing alone before an entity, make it a person: «الرئيس بوتين», «اللاعب لينجارد».
PERSON_TITLES = (
    "الرئيس", "رئيس", "الأمير", "أمير", "الملك", "ملك", "الشيخ", "شيخ", "الدكتور", "الدكتورة", "د",
    "السيد", "السيدة", "المهندس", "المهندسة", "الأستاذ", "الأستاذة", "الكابتن", "اللاعب", "اللاعبة",
    "المدرب", "الفنان", "الفنانة", "الإعلامي", "الإعلامية", "الكاتب", "الكاتبة", "الشاعر", "الشاعرة",
    "الإمام", "المستشار", "العميد", "اللواء", "العقيد", "النقيب", "المقدم", "الجنرال", "المشير",
    "الوزير", "الوزيرة", "النائب", "السفير", "السفيرة", "المحامي", "المحامية", "المواطن", "المواطنة",
    "الشاب", "الشابة", "الطفل", "الطفلة", "الفتاة", "الشهيد", "الداعية", "المفتي", "الحاج", "المطرب",
    "المطربة", "المخرج", "الممثل", "الممثلة", "الروائي", "الباحث", "الباحثة", "الناشط", "الناشطة",
    "البروفيسور", "بروفيسور", "الأب", "البابا", "سمو", "معالي", "فخامة", "جلالة", "سعادة", "المحافظ", "الأمين",
    "صاحب", "السمو", "الملكي", "سموه", "معاليه", "فضيلة", "فضيلته",
    "المبعوث", "المرشح", "الحارس", "المهاجم", "المدافع", "النجم", "الزعيم", "القائد", "المذيع",
    "المذيعة", "الصحفي", "الصحفية", "الشقيق", "شقيقه", "والده", "والدته", "نجله", "ابنه", "زوجته",
    "ركن", "طيار",  # ranks: «العميد ركن طيار أحمد عسيري»
    "الملازم", "الرقيب", "العريف", "السيناتور",
    "الملياردير", "المليونير", "رجل الأعمال",  # «مالك النادي الملياردير الروسي رومان إبراموفيتش»
    # kinship nouns in construct before the person they relate to: «طارق محمد عبدالله صالح، نجل شقيق
    # صالح» is the nephew of صالح, the name is صالح (read on the tuning file of 2015-08-10)
    "نجل", "نجلة", "شقيق", "زوجة", "أرملة", "حفيد", "حفيدة", "ابنة",
)
# Given names news never writes alone for a person (they are no one's family name in the news): a
# weekday or month word right after one of them is that person's family name, not a date (أحمد
# الخميس, عبدالله الجمعة), where no royal title stands before (الملك سلمان الخميس: on Thursday).
GIVEN_NAMES = (
    "محمد", "أحمد", "عبدالله", "عبدالرحمن", "عبدالعزيز", "عبدالمحسن", "عبدالكريم", "عبدالرحيم", "عبداللطيف",
    "عبدالإله", "عبدالمجيد", "عبدالملك", "عبدالوهاب", "عبدالحميد", "خالد", "فهد", "سعد", "سعود", "فيصل",
    "ناصر", "تركي", "بندر", "نايف", "ماجد", "سامي", "هاني", "طارق", "وليد", "حمد", "راشد", "سالم", "عادل",
    "ياسر", "مشعل", "يوسف", "عمر", "ماهر", "منيرة", "نورة", "فاطمة", "سارة",
)
# Titles that may stand inside an organisation's or a place's name: مركز الملك سلمان, جامعة الأمير سلطان.
ROYAL_TITLES = ("الملك", "الأمير", "الشيخ", "الإمام", "السلطان")
# Nouns in construct before a royal title that name a place or a body after the king or prince, though
# they head common phrases too and are no head nouns alone («عن طريق»): «طريق الملك عبدالله»,
# «حديقة الملك فهد», «مجمع الملك فهد» are the road, the park, the complex, not the king (read on
# 2015-08-06, where the king's name alone was tagged a person there).
ROYAL_NAMESAKE_HEADS = {"طريق": "LOC", "حديقة": "LOC", "جسر": "LOC", "نفق": "LOC", "دوار": "LOC",
                        "كوبري": "LOC", "مجمع": "ORG", "مدينة": "LOC", "مستشفى": "ORG", "جامعة": "ORG"}
# Canals named after a place: after «قناة» (a TV channel elsewhere: «قناة العربية») these are the
# waterway, a place of its own, not the city (2015-08-06, the opening of the new Suez canal: «السويس»
# after قناة was an organisation 237 times, the day's 14th entity).
CANAL_HEAD = "قناة"
CANALS = ("السويس", "بنما", "كورنث")
# Modifiers that may stand between a title and the name: «الإعلامي الراحل سعود الدوسري».
TITLE_MODIFIERS = ("الراحل", "الراحلة", "الشهير", "الشهيرة", "السابق", "السابقة", "الأسبق", "الأسبقة", "الجديد", "الحالي",
                   "الشاب", "المعروف", "المعروفة", "الدولي", "الخليجي", "العربي", "البارز",
                   "المخلوع", "المخلوعة", "المعزول", "المعزولة")  # «الرئيس المخلوع علي عبدالله صالح»
# Words that end a name written before them: the roles in «محمد بن سلمان ولي ولي العهد».
ROLE_WORDS = ("ولي", "العهد", "وزير", "وزيرة", "رئيس", "رئيسة", "أمير", "نائب", "مدير", "أمين", "سفير", "حاكم",
              "مستشار", "قائد", "زعيم", "عضو", "مساعد", "وكيل", "محافظ", "مفتي", "إمام", "خطيب", "مدرب",
              "لاعب", "حارس", "مهاجم", "مؤسس", "الأمين", "النائب", "خادم", "الحرمين", "الشريفين",
              "حفظه", "حفظهم", "رحمه", "يرحمه")

# Nouns that open an organisation's name, and a place's: «وزارة الخزانة الأمريكية», «مطار عدن الدولي».
# Left out, read on SaudiNewsNet: nouns that head common phrases as often as names (طريق in «عن طريق»,
# قطاع in «قطاع الطاقة», فريق in «فريق العمل», سوق in «سوق العمل», جسر in «الجسر الإغاثي»).
ORG_HEADS = (
    "وزارة", "هيئة", "مجلس", "جامعة", "شركة", "مؤسسة", "مركز", "لجنة", "حزب", "حركة", "جمعية", "نادي",
    "منظمة", "اتحاد", "وكالة", "صحيفة", "جريدة", "مجلة", "قناة", "إذاعة", "تلفزيون", "بنك", "مصرف",
    "محكمة", "ديوان", "أمانة", "بلدية", "مكتب", "مستشفى", "كلية", "معهد", "جماعة", "تنظيم",
    "قوات", "جيش", "شرطة", "صندوق", "رابطة", "سفارة", "قنصلية", "كتائب", "ألوية", "جبهة", "أكاديمية",
    "مدرسة", "مجموعة", "منتخب", "مديرية", "نقابة", "برلمان", "بورصة", "تحالف", "سلطة", "جمارك", "جمرك", "دارة",
    "غرفة",  # a chamber of commerce: «غرفة الرياض», «غرفة جدة» (a weak head: «غرفة العمليات» is a room)
)
# Heads of a country's team written before the country (منتخب مصر, منتخب المغرب): the name there is the
# country's, a place (the linker gives it the team's sense, see names.ORG_CONTEXT_WORDS).
TEAM_HEADS = ("منتخب",)
# Quotation marks a name may be written in: موقع "سكاي نيوز عربية", مدينة ”مسندم“.
NAME_QUOTES = ('"', "«", "»", "“", "”", "„")

# Organisation heads that only describe the name after them (شركة فيات كرايسلر is فيات كرايسلر,
# صحيفة كرونيكل is كرونيكل) when that name is a proper word, not a definite noun (صحيفة الرياض).
DESCRIPTOR_HEADS = ("شركة", "صحيفة", "جريدة", "مجلة", "قناة", "إذاعة", "موقع", "مجموعة", "وكالة")
# Heads that name something only with more than one common word after them, a royal title or a known
# name: «كلية الملك فهد الأمنية», «هيئة الأمر بالمعروف والنهي عن المنكر», but «كلية الطب», «هيئة
# التدريس», «قوات الجيش» are what any such body is called; حركة and تنظيم are verbal nouns as often
# («حركة الملاحة», «تنظيم الملتقى»: movement, organising) as they head «حركة حماس», «تنظيم القاعدة».
WEAK_HEADS = ("كلية", "مدرسة", "قوات", "هيئة", "لجنة", "جمعية", "مكتب", "مركز", "جيش", "شرطة", "معهد",
              "مديرية", "فريق", "دار", "سلطة", "حركة", "تنظيم", "بنك", "غرفة")
# Heads that, with the article, name a body only with a nationality after them: «الشرطة الإسرائيلية»,
# «القوات الجوية الملكية السعودية», «الجيش السوري», but not «القوات الأمنية».
NATIONAL_HEADS = ("الشرطة", "القوات", "الجيش", "الحكومة", "البحرية", "السلطة", "الجمارك", "البرلمان")
# National heads whose body the gold and readers take for a name with the nationality alone (one police,
# customs service or authority per country), while «الحكومة اليمنية», «القوات الأمنية» describe.
NATIONAL_NAMES = ("الشرطة", "السلطة", "الجمارك", "البرلمان")  # «البرلمان الإيراني» (2015-08-06)
# Heads of government bodies: their name goes on with a definite noun (وزارة الخارجية), never with a
# proper name after them («وزارة سيئول» is Seoul's ministry, not one called Seoul).
GOVERNMENT_HEADS = ("وزارة", "مجلس", "هيئة", "لجنة", "أمانة", "ديوان", "محكمة", "بلدية", "مكتب", "مديرية",
                    "سفارة", "قنصلية", "رئاسة", "برلمان")
# Modifiers after which a name goes on with ل + definite: «الهيئة العامة للسياحة», «اللجنة العليا
# للإغاثة», «المجلس الأعلى للقضاء» (after other words «للصحفيين» is the audience, not the name).
OF_PHRASE_AFTER = ("العام", "العامة", "العليا", "الأعلى", "الوطني", "الوطنية", "الدائمة", "الدائم",
                   "الاتحادية", "الدولي", "الدولية", "الخيرية", "الخيري", "الأهلية", "الملكية", "الملكي")
# Nouns that, after ل, go on an organisation's name in construct with a definite noun: «الاتحاد السعودي
# لكرة القدم», «الهيئة الوطنية لمكافحة الفساد», «الرئاسة العامة لرعاية الشباب» (other verbal nouns so
# placed are the sentence's purpose: «المنطقة الشرقية لمناقشة العديد ...», read on 2015-08-07).
OF_CONSTRUCT_NOUNS = ("كرة", "مكافحة", "رعاية", "تنمية", "حقوق", "سلامة", "شؤون", "ألعاب", "رياضة", "رياضات",
                      "علوم", "دراسات", "بحوث", "أبحاث", "تحفيظ", "حماية", "خدمة", "خدمات")

# Prepositions that a verbal noun after ل governs when it is the sentence's purpose, not a body's field:
# «وجه المفتشون حملاتهم على المدينة الصناعية | للوقوف على الصحة والسلامة» (to look into), «للاطلاع على»,
# «للمشاركة في»; a body's field ends its name or goes on with و (للإغاثة والأعمال الإنسانية).
PURPOSE_PREPOSITIONS = ("على", "في", "عن", "مع", "إلى", "الى", "من")
# The five daily prayers, named by their time, and the words that make such a name the prayer («بعد
# المغرب», «صلاة العشاء», «أذان الفجر»): المغرب there is sunset, not Morocco (read on 2015-08-11).
PRAYER_NAMES = ("الفجر", "الظهر", "العصر", "المغرب", "العشاء")
PRAYER_CUES = ("صلاة", "صلاتي", "بعد", "قبل", "عقب", "أذان", "وقت", "موعد", "إفطار", "حتى")
# Weak heads that are verbal nouns first («حركة الرياح», «تنظيم بيع التذاكر»: movement, organising): a
# body's name only before a name known as one («حركة حماس», «تنظيم القاعدة», «حركة المقاومة الإسلامية»)
# or one the tagger found, never before a common noun.
VERBAL_HEADS = ("حركة", "تنظيم")
# A feminine noun carrying an attached pronoun (قناعته, موافقتها): no word of a person's name.
POSSESSED_ENDINGS = ("ته", "تها", "تهم", "تهما")
# Heads whose name may go on with a purpose after a proper name: مركز الخليج للدراسات الاستراتيجية
# (while after حزب الله, «للنظام السوري» is the object of the sentence's verb).
PURPOSE_HEADS = ("مركز", "مؤسسة", "جمعية", "هيئة", "معهد", "أكاديمية", "كلية", "صندوق", "جامعة", "شركة",
                 "مدينة", "مستشفى", "جائزة", "برنامج")
# Adjectives that end a name after its head although they are not shaped like a relative adjective
# (ـي, ـية): المسجد الحرام, المسجد الأقصى, اللجنة العليا, المدينة المنورة, مكة المكرمة.
NAME_ADJECTIVES = ("الحرام", "الأقصى", "العليا", "الأعلى", "الكبرى", "العظمى", "المنورة", "المكرمة",
                   "المقدسة", "الشريف", "المتحدة", "الحر", "الأحمر", "الأبيض", "الأسود", "الأوسط",
                   "الأدنى", "الجنوبي", "الشمالي", "الشرقي", "الغربي")
LOC_HEADS = (
    "منطقة", "محافظة", "مدينة", "ولاية", "جزيرة", "مطار", "ميناء", "شارع", "حي", "قرية", "بلدة", "مسجد",
    "جامع", "ملعب", "استاد", "قاعدة", "إقليم", "بحر", "نهر", "جبل", "مقاطعة", "سلطنة", "مملكة", "جمهورية",
    "إمارة", "برج", "كورنيش", "منتزه", "منتزهات", "خليج", "قصر", "وادي", "قلعة", "سجن", "مخيم", "معبر",
    "ضاحية", "بحيرة", "فندق", "منتجع", "متحف", "جبال", "ميدان",
)
# Heads that also name something with the article (most do not: «المركز» is "the centre" just named).
DEFINITE_HEADS = ("المسجد", "الديوان", "المجلس", "الهيئة", "اللجنة", "الحزب", "الاتحاد", "المنطقة",
                  "المحكمة", "البنك", "المدينة", "الأمانة", "المملكة", "الجمهورية", "التحالف")
# Heads that name something only with more words than a generic modifier: «المنطقة الشرقية» is a
# name, «المنطقة المحيطة» is not.
GENERIC_MODIFIERS = (
    "الأول", "الأولى", "الثاني", "الثانية", "الثالث", "الثالثة", "الأخير", "الأخيرة", "الجديد", "الجديدة",
    "الحالي", "الحالية", "السابق", "السابقة", "المذكور", "المذكورة", "المعني", "المعنية", "المختص",
    "المختصة", "التابع", "التابعة", "نفسه", "نفسها", "ذاته",
    "ذاتها", "الكبير", "الكبيرة", "الصغير", "الصغيرة", "العام", "العامة", "الرسمي", "الرسمية", "المحلي",
    "المحلية", "المركزي", "الرئيسي", "الرئيسية", "المشترك", "المشتركة", "المقبل", "المقبلة", "الماضي", "الأسبق", "الأسبقة",
    "الماضية", "الخاص", "الخاصة", "المنظمة", "الحاكم", "الحاكمة", "الفرعي", "الفرعية",
    "المعارض", "المعارضة", "الأم", "الأخرى", "الآخر", "كلها", "جميعها", "الصناعية", "الجامعية",
    "الرياضية", "الطبية", "العربية", "الإسلامية", "الإقليمية", "الاقتصادية", "السياسية", "الصيفي",
    "التحضيرية", "المطلة", "المركزي", "المركزية", "الفنية", "الإدارية", "التنفيذية", "الاستشارية",
)
# Where a place lies («المدينة الواقعة على بعد ...», «المنطقة الحدودية بين سورية ولبنان», «المنطقة المحيطة»):
# no name ends in them, whatever self-training on the corpus took for one.
LOCATIVE_MODIFIERS = ("الواقع", "الواقعة", "الحدودي", "الحدودية", "المحيط", "المحيطة", "المجاور", "المجاورة",
                      "المسمى", "المسماة")  # («المنطقة المسمى (زاعم)»: the so-called)
GENERIC_MODIFIERS += LOCATIVE_MODIFIERS
# Heads whose kind is named by a generic modifier, which is then the name's last word: a general or central
# hospital is so called («مستشفى الفيوم العام», «مستشفى الملك فهد المركزي»: read on 2015-08-09).
OWN_MODIFIERS = {"مستشفى": ("العام", "المركزي", "التخصصي")}
# Words after which a name does not go on: what follows them is another body or a role
# («اللجنة العليا للإغاثة التابعة للحكومة», «الديوان الملكي المشرف العام»).
NAME_BREAKERS = ("التابع", "التابعة", "التابعين", "المكلف", "المكلفة", "المشرف", "المشرفة", "المسؤول",
                 "المسؤولة", "المعني", "المعنية", "المختص", "المختصة", "نفسه", "نفسها", "ذاته", "ذاتها",
                 "الجديد", "الجديدة", "السابق", "السابقة", "الحالي", "الحالية",
                 # «السابق»'s elative (the one before the last): «وكيل وزارة الزراعة الأسبق»
                 "الأسبق", "الأسبقة",
                 # participles of allegiance that take the next body as their object: «حزب الشعوب
                 # الديمقراطي الموالي للأكراد» (pro-Kurdish), «الموالية للحكومة», «المقرب من»
                 "الموالي", "الموالية", "الموالين", "الموالون", "المؤيد", "المؤيدة", "المقرب", "المقربة",
                 "المناهض", "المناهضة", "المدعوم", "المدعومة",
                 # participles of purpose, whose object is what is aimed at: «توجيهات أمير منطقة الباحة
                 # الرامية إلى إنعاش المرفق» (2015-08-09), «الجهود الهادفة إلى», «الساعية إلى»
                 "الرامي", "الرامية", "الرامين", "الهادف", "الهادفة", "الهادفين", "الساعي", "الساعية")
# Nouns that are the common words they look like when they follow an organisation head alone:
# «مركز الشرطة» (a police station), «مجلس الإدارة» (a board).
GENERIC_COMPLEMENTS = ("الإدارة", "الأمناء", "الشرطة", "الحي", "المدينة", "المحافظة", "المنطقة", "الدولة",
                       "البلدية", "الجامعة", "الشركة", "الفريق", "النادي", "الحزب", "المدرسة", "الاحتلال",
                       "النظام", "المخلوع", "العاصمة", "المحلفين", "محلفين", "الوزارة", "الهيئة", "المجلس", "اللجنة", "المركز", "المؤسسة",
                       "اللعبة", "المباراة", "الخصم")  # «اتحاد اللعبة», «ملعب المباراة»: of the sport or match the text is about
# An indefinite word ending so after a head noun is the adjective agreeing with it (شركة صينية,
# مدينة كبيرة), not a name, unless the name is known (محافظة جدة).
ADJECTIVE_ENDINGS = ("ة", "ية", "ات", "ي")
# The indefinite accusative as written with its mark (شرحاً, برنامجًا): an object or an adverb, never a word
# of a name after a title (names are written undeclined).
ACCUSATIVE_ENDINGS = ("اً", "ًا")
# The marks of nunation (tanwin, ً ٌ ٍ): a word written with one is an indefinite declined noun or adjective
# («لعبدٍ طائعٍ», «دجاجاتٍ»), and names are written undeclined: no word of a name carries one.
NUNATION_MARKS = ("\u064b", "\u064c", "\u064d")
# Titles that are titles only before another title: «صاحب السمو الملكي الأمير» (elsewhere صاحب is the
# owner or author of what follows: «علي أحمد الوراق صاحب مصحف الحاضنة»).
TITLES_BEFORE_TITLES = ("صاحب",)
# Shapes (regular expressions on normalised words) of the past tense of the derived verb form VIII,
# ifta'ala with a sound root (اعتقل، اجتمع، اصطدم، ازدهر: the infixed ت, or the ط/د it becomes), five
# letters with no long vowel after the infix (so not the names استون، انتون; a word read with the article,
# الطفل, is no such verb): never the first word of a name after a title («سعادة اعتقل»: the family name
# سعادة, then the verb, read on the tuning file of 2015-08-11).
PERFECT_VERB_SHAPES = ("^ا[^ا][تطد][^اوي][^اوي]$",)
# ... and a derived verb with a weak last root letter, written with its final ى (ادعى، اشترى، انتهى،
# استدعى), matched as written (normalisation reads ى as ي): a name so shaped starts with a hamza
# (أروى), the article (المصطفى) or a long vowel (ايمورى), so this is never the word after a name
# («الرئيس أوباما ادعى بأنه», tune_2015-07-27).
WEAK_PERFECT_VERB_SHAPES = ("^ا[^الوي][^ا]{1,3}ى$",)
# The imperfect of a sound verb (يسلم، يقدم) and the future with س (سيتخذ، سيلعب), matched on the
# normalised word: after a title or role they go on with the sentence («النجم الدولي السابق سيتخذ
# قراره», «في حال اجتياز المرشح يسلم نموذج الكشف», read on 2015-07-21); a name so shaped (سيمون،
# ستيفن) is known to the name book, which is asked first.
IMPERFECT_VERB_SHAPES = ("^ي[^اوي][^اوي][^اوي]$", "^س[يتن][^ا]{3,4}$")
# The endings of a relative adjective (الأمريكية, الملكي): such a word may follow a name inside a
# longer one (مطار عدن الدولي, الحزب المالديفي الديمقراطي).
RELATIVE_ADJECTIVE_ENDINGS = ("ي", "ية", "يين", "يون")
# Counts that the tagger takes for names (ستة مليارات) besides the temporal table's number words.
COUNT_WORDS = ("مليار", "مليارات", "مليون", "ملايين", "ألف", "آلاف", "مئات", "عشرات", "ألفا", "مليونا")

# Names that are names wherever they stand in Gulf news, tagged when the tagger misses them:
# المملكة is the kingdom the outlet writes from (Saudi Arabia, or Bahrain in Bahraini copy).
FIXED_NAMES = {
    "المملكة": "LOC", "داعش": "ORG", "تويتر": "ORG", "فيسبوك": "ORG", "فيس بوك": "ORG", "يوتيوب": "ORG",
    "واتساب": "ORG", "واتس اب": "ORG", "انستغرام": "ORG", "انستقرام": "ORG", "سناب شات": "ORG", "جوجل": "ORG",
    "غوغل": "ORG", "واس": "ORG", "الدولة الإسلامية": "ORG", "تنظيم الدولة الإسلامية": "ORG",
}

# Outlets and agencies that sign the byline opening an article («بدر الجبل –سبق- تبوك:», «عين اليوم –
# جدة», «الرياض - واس»), many of them common words elsewhere (سبق "preceded", اليوم "today", المدينة
# "the city"): organisations only there, as a part of the byline between dashes or before its colon,
# or as the byline the cleaner lifted.  The Saudi press of SaudiNewsNet and the wire agencies.
BYLINE_OUTLETS = (
    "سبق", "عين اليوم", "الوئام", "الاقتصادية", "الجزيرة", "الوطن", "اليوم", "عكاظ", "الشرق الأوسط",
    "الشرق", "الحياة", "المرصد", "تواصل", "المواطن", "واس", "رويترز", "أ ف ب", "فرانس برس", "د ب أ",
    "الأناضول",
)  # (not الرياض، المدينة، مكة: in a byline they are the city it was filed from)
# Marks that separate the parts of a byline.
BYLINE_MARKS = ("-", "–", "—", ":", "/")

# Football clubs whose names are common words (الهلال is also the crescent, النصر victory, الشباب the
# youth): tagged as organisations only in a text about football (SPORTS_CUES, at least
# MIN_SPORTS_CUES of them) and where they stand as a name stands: after a preposition, conjunction or
# another club, or glued to one (للشباب), never in construct after a noun («فئة الشباب», «حقق النصر»)
# nor before a definite adjective («الهلال الأحمر»).  Saudi first-division clubs of the SaudiNewsNet years,
# less those whose word is too common even in sports news (الاتفاق in «تم الاتفاق», التعاون in «بالتعاون
# مع», الخليج the region, الحزم in «بالحزم», الشباب the youth league and the young), read on the 2015-08-07 day.
SPORTS_CLUBS = ("الهلال", "النصر", "الأهلي", "الاتحاد", "الرائد", "الفيصلي", "الفتح",
                "القادسية", "العروبة", "الشعلة", "هجر", "نجران", "الوحدة", "الطائي", "الفيحاء", "الباطن")
SPORTS_CUES = ("نادي", "النادي", "ناديه", "الأندية", "أندية", "الدوري", "دوري", "لاعب", "اللاعب", "لاعبي",
               "المدرب", "مدرب", "مباراة", "المباراة", "الاحتراف", "الفريق", "فريق", "المنتخب", "هدف", "الهدف",
               "الموسم", "انتقال", "انتقاله", "التعاقد", "عقد", "كأس", "الكرة", "القدم", "الملعب", "الجولة")
MIN_SPORTS_CUES = 4

# Words that make a club's name out of a city's or a word's, as "FC" does: written before it (أتلتيكو
# مدريد, سبورتنج براغا, ريال مدريد) or after it (مانشستر سيتي, مانشستر يونايتد).  The club is the whole
# phrase, an organisation: «أتلتيكو مدريد» is no mention of Madrid, «مانشستر سيتي» none of Manchester.
CLUB_PREFIXES = ("أتلتيكو", "اتلتيكو", "أتلتيك", "ريال", "سبورتنج", "سبورتينغ", "سبورتينج", "إنتر", "انتر",
                 "بوروسيا", "أولمبيك", "اولمبيك", "ديبورتيفو", "باريس سان")
CLUB_SUFFIXES = ("سيتي", "يونايتد", "هوتسبير", "ألبيون", "البيون")
