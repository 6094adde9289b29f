"""Arabic reported-speech vocabulary: who said what, and who denied what.

Written in ordinary spelling; ``rasid.quotes.tables`` normalises every entry (hamza, ة, ى,
diacritics) before matching, so "أكّد" in a page meets "أكد" here.
"""

# Conjunctions glued to the next word ("وقال", "فأضاف"), stripped before looking a verb up.
CONJUNCTION_PREFIXES = ("و", "ف")
# A speaker name is never a definite noun; in Arabic that shows as the article prefix.
DEFINITE_PREFIXES = ("ال", "وال", "بال", "لل", "فال", "كال")
# The article alone, with no preposition glued before it: «الشرطة» may be a subject, «بموافقة»
# or «للشرطة» may not.
ARTICLE_PREFIX = "ال"
# Arabic script has no capitals: a name is recognised by what it is not (see NON_NAME_WORDS).
# A run of indefinite words ending in ة is a noun with its adjective ("إحصائية حديثة"), not a name.
ADJECTIVE_ENDINGS = ("ة",)
# ... and a word in ي right after an indefinite office is its adjective of relation («قائد عسكري»).
NISBA_ENDINGS = ("ي",)
# The accusative tanween as written (before normalisation strips it): an indefinite object or adverb
# («مستهجناً», «شيئاً»), never a name.
ACCUSATIVE_ENDINGS = ("اً", "ًا")
# Definite participles and adjectives of relation in the oblique case of the sound plural
# («المواطنين», «المسؤولين», «المصريين»), as (beginning, ending): right after a verb such a noun is its
# object, never its subject (which would be «المواطنون»), so the verb holds its subject («وطالب
# المواطنين بالالتفاف حول قيادتهم»: he called on the citizens).  Only these shapes: a name or a
# singular may end in ين too («الكرملين», «البحرين», «اليمين»).
OBLIQUE_PLURALS = (("الم", "ين"), ("ال", "يين"))
NAMES_ARE_CAPITALISED = False

# Reporting verbs -> grammatical gender of their subject ("m", "f", "p" plural, None unknown).
# Arabic marks the speaker's gender on the verb, which is what lets "وأضافت:" find the last
# woman who spoke.  A leading و/ف conjunction is stripped before lookup.
VERBS = {
    "قال": "m", "قالت": "f", "قالوا": "p", "يقول": "m", "تقول": "f",
    "أكد": "m", "أكدت": "f", "أكدوا": "p",
    "أوضح": "m", "أوضحت": "f",
    "أضاف": "m", "أضافت": "f",
    "ذكر": "m", "ذكرت": "f",
    "أعلن": "m", "أعلنت": "f",
    "صرح": "m", "صرحت": "f",
    "أشار": "m", "أشارت": "f",
    "تابع": "m", "تابعت": "f",
    "حذر": "m", "حذرت": "f",
    "اعتبر": "m", "اعتبرت": "f",
    "رأى": "m", "رأت": "f",
    "أفاد": "m", "أفادت": "f",
    "كشف": "m", "كشفت": "f",
    "شدد": "m", "شددت": "f",
    "لفت": "m", "لفتت": "f",
    "أردف": "m", "أردفت": "f",
    "زعم": "m", "زعمت": "f",
    "أقر": "m", "أقرت": "f",
    "اعترف": "m", "اعترفت": "f",
    "أبلغ": "m", "أبلغت": "f",
    "نقل": "m", "نقلت": "f",
    "بينت": "f",
    # the present tense of news reports: "ويشير الحضرمي إلى أن", "ويتوقع النقيدان أن"
    "يشير": "m", "تشير": "f", "يؤكد": "m", "تؤكد": "f", "يوضح": "m", "توضح": "f", "يضيف": "m", "تضيف": "f",
    "يرى": "m", "ترى": "f", "يعتبر": "m", "تعتبر": "f", "يتوقع": "m", "تتوقع": "f", "يعتقد": "m", "تعتقد": "f",
    "يكشف": "m", "تكشف": "f", "يلفت": "m", "تلفت": "f", "يذكر": "m", "تذكر": "f", "يبين": "m", "تبين": "f",
    "يفيد": "m", "تفيد": "f", "يقولون": "p", "يرون": "p", "يؤكدون": "p",
    "توقع": "m", "توقعت": "f", "توقعوا": "p", "يزعم": "m", "تزعم": "f", "زعموا": "p", "أعلنوا": "p",
    "أشاروا": "p", "أضافوا": "p", "ذكروا": "p", "أوضحوا": "p",
    # two speakers («وقالا في بيان مشترك إن») take the dual; the plural code serves for both
    "قالا": "p", "أكدا": "p", "أوضحا": "p", "أضافا": "p", "ذكرا": "p", "أشارا": "p", "قالتا": "p",
    "نوه": "m", "نوهت": "f", "ينوه": "m", "تنوه": "f", "يردف": "m", "تردف": "f", "يشدد": "m", "تشدد": "f",
    # (not «يتابع», which as often pursues as says: «يتابع الشاعر رسم تفاصيل»)
    # denials report what is denied: «ونفى المتحدث أن تكون القوات قد ...», «أنكر صاحب الفندق أن»
    "نفى": "m", "نفت": "f", "نفوا": "p", "ينفي": "m", "تنفي": "f", "أنكر": "m", "أنكرت": "f", "أنكروا": "p",
    # relaying in writing and data that shows: «وأوردت الصحف التركية أن», «وكتب الجناح المسلح ... أن»,
    # «أظهرت بيانات أولية ... أن»
    "أورد": "m", "أوردت": "f", "أوردوا": "p", "كتب": "m", "كتبت": "f", "كتبوا": "p",
    "أظهر": "m", "أظهرت": "f", "يظهر": "m", "تظهر": "f",
    # plurals of the verbs above: a verb before its subject is singular, one after it («وتوقعوا أن»,
    # «مؤكدين ... وشددوا على») agrees in number
    "شددوا": "p", "اعتبروا": "p", "رأوا": "p", "كشفوا": "p", "أفادوا": "p", "صرحوا": "p", "لفتوا": "p",
    "حذروا": "p", "أقروا": "p", "اعترفوا": "p", "نوهوا": "p", "بينوا": "p", "تابعوا": "p", "أردفوا": "p",
    "يشيرون": "p", "يوضحون": "p", "يعتبرون": "p", "يتوقعون": "p", "يشددون": "p",
    "يعلن": "m", "تعلن": "f", "يصرح": "m", "تصرح": "f", "يحذر": "m", "تحذر": "f",
    "أجاب": "m", "أجابت": "f", "استطرد": "m", "استطردت": "f", "رجح": "m", "رجحت": "f",
    "نبه": "m", "نبهت": "f", "أبان": "m", "أبانت": "f",
    # concluding what one said: «واختتم المصدر بالقول "..."», «واختتمت كلمتها بقولها إن»
    "اختتم": "m", "اختتمت": "f",
}
# Reporting verbs that report only through a complementizer: «ورأى الوزير أن» is an opinion, but
# «رأى دموعه تنحدر من عينيه :» is seeing, and what follows its colon is someone else's.
OPINION_VERBS = ("رأى", "رأت", "رأوا", "يرى", "ترى", "يرون")
# Verbs that, right before the complementizer, are the writer's own formula, not someone speaking:
# «يذكر أن», «يشار إلى أن» (it is worth noting that).
IMPERSONAL_VERBS = ("يذكر", "يشار", "يجدر", "يلاحظ", "ويذكر", "ويشار")
# Verbs written like a common word, read as verbs only before a title or a name: «وبين رئيس البلدية
# أن» (explained), not «بين الرياض وواشنطن» (between).
VERBS_BEFORE_A_NAME = {"بين": "m", "بيّن": "m"}

# Verbs whose subject relays someone else's words: "ونقلت وكالة يونهاب عن مسؤول ... قوله".
RELAY_VERBS = ("نقل", "نقلت")
# "عن" introduces the original speaker after a relay verb or after نقلا.
RELAY_SOURCE_MARKERS = ("عن",)
# The same marker written as a phrase: «نقل تلفزيون «سي إن إن» أمس على لسان شخص ... قوله».
RELAY_SOURCE_PHRASES = ("على لسان",)
# "قوله" / "قولها" close the relayed speaker phrase; "عنه" / "عنها" stand for the last speaker.
# («ونقلت وسائل الإعلام عن المتحدث باسم وزارة الخارجية القول إنه»: the verbal noun with the article)
RELAY_SAYING_WORDS = ("قوله", "قولها", "قولهم", "قولهما", "القول")
RELAY_PRONOUNS = {"عنه": "m", "عنها": "f", "عنهم": "p"}
# Inside a speaker phrase: "صحيفة نيويورك تايمز نقلاً عن مسؤولين أمريكيين".
RELAY_INFIX = ("نقلا", "نقلاً")

# Adverbial participles continue the same sentence's speaker: "، مضيفاً: «...»".
PARTICIPLES = {
    "قائلا": "m", "قائلة": "f", "مضيفا": "m", "مضيفة": "f", "مشيرا": "m", "مشيرة": "f",
    "موضحا": "m", "موضحة": "f", "مؤكدا": "m", "مؤكدة": "f", "محذرا": "m", "محذرة": "f",
    "معتبرا": "m", "معتبرة": "f", "لافتا": "m", "لافتة": "f", "متابعا": "m", "متابعة": "f",
    "منوها": "m", "منوهة": "f", "مبينا": "m", "مبينة": "f", "منبها": "m", "منبهة": "f", "مستدركا": "m",
    "مستدركة": "f", "مختتما": "m", "مختتمة": "f", "مشددا": "m", "مشددة": "f", "كاشفا": "m", "كاشفة": "f",
    "مشيرين": "p", "مؤكدين": "p", "مضيفين": "p", "موضحين": "p", "لافتين": "p", "مبينين": "p", "قائلين": "p",
    "مشيرتين": "p", "جازما": "m", "جازمة": "f", "مردفا": "m", "مردفة": "f",
    "نافيا": "m", "نافية": "f", "مستطردا": "m", "مستطردة": "f", "مرجحا": "m", "مرجحة": "f",
    "معتبرين": "p", "منوهين": "p", "محذرين": "p", "مشددين": "p", "متابعين": "p",
    # answering, commenting, asking: «وقال مجيباً على سؤال:» is the manner of saying, not its subject
    "مجيبا": "m", "مجيبة": "f", "معلقا": "m", "معلقة": "f", "متسائلا": "m", "متسائلة": "f",
    "مخاطبا": "m", "مخاطبة": "f", "مجيبين": "p", "معلقين": "p", "متسائلين": "p",
}
# Participles that open a quote wherever they stand, comma or not: «وتحدث عن هذا الفن قائلاً:».
SAYING_PARTICIPLES = ("قائلا", "قائلة", "قائلين", "مجيبا", "مجيبة", "معلقا", "معلقة", "متسائلا", "متسائلة",
                      "مخاطبا", "مخاطبة",
                      # «وأضافت بقولها إن», «وأشارت العابدين بقولها إلى أن»: how she said it, not who
                      "بقوله", "بقولها", "بقولهم", "بالقول")
# «by saying» makes whatever verb opens its clause a reporting one: «ورد خامنئي بالقول: نحن لا نريد
# الحرب», «واكتفى الناطق باسمها إياد البزم بالقول، إن», «مكتفيا بالقول: هم أفراد» (tune_2015-07-27,
# tune_2015-08-10_11); the words between the verb and it are the speaker. (Not «بقوله»: «مستدلاً
# بقوله ﷺ» cites someone else's saying.)
SAYING_BY = ("بالقول",)

# Words that introduce the reported content.  After normalisation إن, أن and ان coincide.
COMPLEMENTIZERS = (
    "إن", "أن", "بأن", "فإن", "إنه", "أنه", "بأنه", "فإنه", "إنها", "أنها", "بأنها", "فإنها",
    "إنهم", "أنهم", "بأنهم", "إنهما", "أنهما", "بأنهما", "إننا", "أننا", "بأننا", "إنني", "أنني",
)
COMPLEMENTIZER_OPTIONAL = False
# After these, أن opens a time or manner clause, not reported content ("بعد أن رافق كيم").
# («..., إلا أن الأم توفيت», «غير أن», «بيد أن»: however, the writer's own turn, not what was said)
NOT_COMPLEMENTIZER_AFTER = ("بعد", "قبل", "دون", "بدون", "منذ", "رغم", "حتى", "شأنه", "شأنها", "يمكن", "يجب",
                            "إلا", "غير", "بيد",
                            # the writer's asides: «، علما بأنها توزعت بين فئات» (given that), «خاصة أن»,
                            # «لا سيما أن», «بما أن» (read on 2015-08-03: «علما» was a speaker)
                            "علما", "خاصة", "خصوصا", "سيما", "لاسيما", "بما")
# Prepositions a verb governs before its complementizer ("أشار إلى أن", "حذر من أن"):
# they belong to the verb, not to the speaker.
VERB_PREPOSITIONS = ("إلى", "الى", "على", "من")

# Verbs (and their participles) whose content may be a noun phrase behind their own preposition,
# with no أن: «أكد الشيخ محمد بن زايد، على مواصلة التحالف ...», «مؤكداً على ضرورة توعية السياح»,
# «كشف صالح قدح عن محاولات الشركة». The gold counts these as indirect quotes; a warning against
# something («محذرًا من انعكاسات الفشل») it does not, so حذر من is left out.
CONTENT_PREPOSITIONS = {
    **dict.fromkeys(("أكد", "أكدت", "أكدوا", "يؤكد", "تؤكد", "مؤكدا", "مؤكدة", "مؤكدين",
                     "شدد", "شددت", "شددوا", "يشدد", "تشدد", "مشددا", "مشددة", "مشددين"), "على"),
    **dict.fromkeys(("كشف", "كشفت", "كشفوا", "يكشف", "تكشف", "كاشفا", "كاشفة"), "عن"),
    **dict.fromkeys(("أشار", "أشارت", "أشاروا", "يشير", "تشير", "يشيرون", "مشيرا", "مشيرة", "مشيرين",
                     "لفت", "لفتت", "لفتوا", "لافتا", "لافتة", "لافتين"), "إلى"),
}
# After such a preposition these open an adjunct, not the content: «أكد على هامش المؤتمر أن»,
# «أشار إلى ذلك».
NOT_CONTENT_AFTER_PREPOSITION = ("هامش", "لسان", "صعيد", "حسابه", "حسابها", "ذلك", "هذا", "هذه", "موقعه",
                                 "موقعها", "صفحته", "صفحتها", "أن", "أنه", "أنها", "إن")

# Arabic puts the verb first; a subject before the verb needs "كان ... (قد) قال".
ORDER = ("VS",)
SUBJECT_LEADERS = ("كان", "كانت", "وكان", "وكانت", "فكان")
SUBJECT_LEADER_PARTICLES = ("قد",)
# A verb may open a clause after these words as well as after punctuation.
CLAUSE_OPENERS = ("كما", "حيث", "بينما", "ثم", "فيما", "كذلك", "بدوره", "بدورها", "أنه", "إنه", "أنها",
                  "إنها", "لكن", "ولكن", "لكنه", "لكنها", "غير", "كذلك", "أيضا", "بعدها", "وبعدها",
                  # the particle of the perfect opening a clause: «وقد اعتبر أحد المدونين أن», «لقد قال»
                  # (not bare «قد»: «بحوثا سابقة كانت قد أشارت» has its subject before «كانت»)
                  "وقد", "لقد", "فقد")
# Conjunctions of time open a clause whose verb names its subject after it: «ويواجه خطر الغياب
# بعد أن كشف المدرب ستيف مكلارين عن أن» (tune_2015-08-10_11), «عندما قال الوزير إن».
TIME_CONJUNCTIONS = ("بعد أن", "قبل أن", "منذ أن", "عقب أن", "بعدما", "عندما", "حينما", "لما")
# Clause openers that hold no pronoun (unlike «لكنه», «بدوره», «أنه»): the noun after the verb they
# open is its subject, not its object («فيما زوّد الأمير فيصل بن تركي اللاعبين»).
SUBJECTLESS_OPENERS = ("فيما", "بينما", "كما", "وكما", "حيث", "ثم")
# A clause may open with a prepositional phrase before its verb: «وفي بيان قالت كتائب القسام إن»,
# «ومن جهته قال». Such an opener, up to the verb, does not make the verb's subject come first.
PHRASE_OPENERS = ("في", "وفي", "خلال", "وخلال", "من", "ومن", "عبر", "وعبر", "أمام", "وأمام", "بعد", "وبعد",
                  "قبل", "وقبل", "عقب", "وعقب", "على", "وعلى", "لدى", "ولدى",
                  # «إلى ذلك أكد وزير الخارجية اليمني رياض ياسين أن» (besides that)
                  "إلى", "وإلى")
# The topic first: «وعن الحركة الخطية في الخليج أكد أنه», «وحول الأسعار قال إن». Such a phrase opens
# the clause only before a reporting verb: its words are the topic's nouns in construct («وحول تجديد عقد
# المدرب دا سيلفا؛ قال»: «عقد» is the contract, and the coach it names is what is spoken about, not who).
TOPIC_OPENERS = ("عن", "وعن", "حول", "وحول", "بشأن", "وبشأن")
# Subjects that may stand before the verb with no «كان»: «لكن الرئيس قال في مؤتمر صحفي إن».
SUBJECT_FIRST_AFTER = ("لكن", "ولكن", "بينما", "فيما", "كما", "وكما")
# After these the verb is inside a relative clause about someone else: never a frame.
# ("كما ذكرت X" - as X reported - is safe: with no complementizer after it, it frames nothing.)
RELATIVE_WORDS = ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "ما", "حسبما", "مما")
# Relatives whose antecedent is a speaker named just before: «جورج براوتشلير، المدعي العام، الذي قال إن».
RELATIVE_PRONOUNS = ("الذي", "التي", "الذين")

# Objects that may sit between a verb and its subject: "أوضح ذلك الناطق ...".
DEMONSTRATIVES = ("ذلك", "هذا", "هذه", "ذاك", "تلك", "هؤلاء", "أولئك")

# Pronoun subjects are carried by the verb in Arabic; what is written is an honorific that stands
# for the person named before («وحذر فضيلته», «وأكد معاليه», «وأشارت سموها»).
PRONOUNS: dict[str, str] = {
    "فضيلته": "m", "معاليه": "m", "سموه": "m", "سماحته": "m", "جلالته": "m", "فخامته": "m", "سعادته": "m",
    "سيادته": "m", "دولته": "m", "معاليها": "f", "سموها": "f", "سعادتها": "f", "جلالتها": "f", "فخامتها": "f",
    # a demonstrative standing for the sources just named: «ويرى مراقبون أن ... وبحسب هؤلاء، فإن»
    "هؤلاء": "p",
}

# Where a speaker phrase stops: time, place, audience and medium adjuncts.
ADJUNCT_WORDS = (
    "اليوم", "أمس", "يوم", "غدا", "الليلة", "الآن", "حاليا", "حاليًا",
    "السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة",
    "الأسبوع", "الشهر", "خلال", "بعد", "قبل", "عقب", "أثناء", "لدى", "عبر", "أمام",
    "للصحفيين", "للصحافيين", "للصحافة", "للإعلاميين", "لوكالة", "لصحيفة", "لقناة", "لإذاعة",
    "لموقع", "لتلفزيون", "لشبكة", "وفق", "حسب", "بحسب", "ضمن", "مؤخرا", "لـ",
    # «أكدت منذ صدور العدد الأول، على الالتزام» (read on 2015-07-21): since when, or at what moment,
    # she spoke, never who («مساء», unlike «صباح», is no given name)
    "منذ", "مساء", "عندما", "حينما", "فور",
)
# The last word of a phrase matches as a prefix, so "في كلمة" also stops "في كلمته".
# ("صباح" alone is also a given name - "الشيخ صباح الأحمد" - so only "صباح اليوم" is time.)
ADJUNCT_PHRASES = (
    "صباح اليوم", "صباح أمس", "مساء اليوم", "مساء أمس", "ظهر اليوم", "فجر اليوم", "أول أمس", "أول من أمس",
    "في بيان", "في مؤتمر", "في تصريح", "في تصريحات", "في تقرير", "في حديث", "في مقابلة", "في تغريدة",
    "في رسالة", "في كلمة", "في وقت", "في منشور", "في لقاء", "في اتصال", "في سياق", "في إطار", "في ختام",
    "في معرض", "في رده", "في ردها", "في تعليق", "في خطاب", "في خطبة", "في ندوة", "في محاضرة", "في حوار",
    # «وقالت الشركة العام الماضي إنها»: a time after the subject, not part of it
    "العام الماضي", "العام الحالي", "العام الجاري", "الشهر الماضي", "الشهر الجاري", "الأسبوع الماضي",
    "الأسبوع الجاري", "الأسبوع المقبل", "الليلة الماضية", "في وقت سابق", "في وقت لاحق",
)

# Nouns naming an office; a person's name usually follows (or precedes) them.
TITLE_WORDS = (
    "المتحدث", "المتحدثة", "متحدث", "متحدثة", "الناطق", "الناطقة", "ناطق", "ناطقة",
    "وزير", "وزيرة", "الوزير", "الوزيرة", "رئيس", "رئيسة", "الرئيس", "الرئيسة", "نائب", "نائبة",
    "زعيم", "الزعيم", "أمين", "الأمين", "منسق", "منسقة", "مستشار", "مستشارة", "المستشار",
    "سفير", "سفيرة", "السفير", "مندوب", "مندوبة", "المندوب", "حاكم", "الحاكم", "قائد", "القائد",
    "مدير", "مديرة", "المدير", "كبير", "كبيرة", "الخبير", "الخبيرة", "المحلل", "المحللة",
    "عضو", "النائب", "السيناتور", "الجنرال", "اللواء", "العميد", "الأمير", "الملك", "الشيخ",
    "السيد", "السيدة", "مساعد", "مساعدة", "مبعوث", "المبعوث", "الدكتور", "البروفيسور",
    "باسم", "أمناء", "خبير", "محلل", "سمو", "أمير", "صاحب", "معالي", "فخامة", "سعادة", "جلالة",
    "ملك", "ولي", "أستاذ", "الأستاذ", "دكتور", "مفتي", "المفتي", "قاضي", "القاضي", "محافظ",
    "المحافظ", "عمدة", "مفوض", "المفوض", "وكيل", "الوكيل", "مدرب", "المدرب", "لاعب", "اللاعب",
    "الكاتب", "الصحفي", "الفنان", "النجم", "رئيسة", "الناشط", "الناشطة", "الباحث", "الباحثة",
    "المحامي", "المحامية", "محامي", "الداعية", "المستشارة", "العقيد", "الفريق", "المقدم",
    "إمام", "الإمام", "خطيب", "وخطيب", "الخطيب", "مؤذن",
    "المهندس", "المهندسة", "مهندس", "الدكتورة", "الأستاذة", "الشيخة", "الأميرة", "الملكة", "المشير",
    "الرائد", "النقيب", "الملازم", "الإعلامي", "الإعلامية", "الكاتبة", "الصحفية", "الشاعر", "الشاعرة",
    "المخرج", "الممثل", "الممثلة", "المدافع", "المهاجم", "الحارس", "السفيرة",
    # descriptions that stand before a private person's name as a title does: «أما الطفلة ندى ...، فقالت»
    "الطفل", "الطفلة", "الفتاة", "الشاب", "الشابة", "المواطن", "المواطنة",
)
# Offices that speak for the body named after them: «المتحدث باسم الكرملين» says what the Kremlin says.
# Any other office in a body («رئيس نادي الهلال», «لاعب باليرمو السابق») is a person, not the body.
SPOKESMAN_WORDS = ("المتحدث", "المتحدثة", "متحدث", "متحدثة", "الناطق", "الناطقة", "ناطق", "ناطقة", "باسم",
                   "الرسمي", "الرسمية")

# Words that sit inside office titles but are never part of a person's name
# ("وزير خارجية روسيا" names an office, not a man called "خارجية روسيا").
NON_NAME_WORDS = (
    "خارجية", "دفاع", "داخلية", "مالية", "شؤون", "مجلس", "وزراء", "أمناء", "جامعة", "مدينة",
    "دولة", "جمهورية", "منطقة", "حكومة", "وزارة", "إدارة", "مكتب", "هيئة", "حزب", "قوات",
    "مدينة", "محافظة", "ولاية", "مقر", "شركة", "مؤسسة", "مركز", "معهد", "بلدية",
    "روسيا", "كوريا", "أميركا", "أمريكا", "الصين", "إيران", "أوكرانيا", "سوريا", "مصر", "تركيا",
    "فرنسا", "بريطانيا", "ألمانيا", "إسرائيل", "فلسطين", "لبنان", "العراق", "اليابان", "الهند",
    "باسم", "عن", "في", "من", "إلى", "على", "مع", "و", "أو", "بين", "لدى", "أيضا", "أيضاً",
    "قوله", "قولها", "نقلا", "نقلاً", "هو", "هي", "هم", "له", "لها", "بدوره", "بدورها",
    "بذلك", "ذلك", "هذا", "هذه", "كذلك", "به", "بها", "لهم", "عنه", "عنها", "منه", "منها",
    "إنه", "أنه", "قد", "لقد", "كان", "كانت", "ثم", "كما", "حيث", "أمس", "اليوم",
    "فيه", "فيها", "فيهم", "عليه", "عليها", "إليه", "إليها", "معه", "معها", "لنا", "لي",
    "كل", "بعض", "جميع", "عدد", "مجلة", "تحرير", "نحو", "أكثر", "أحد", "إحدى",
)
# Prepositions: a name never comes straight after one ("وزير الخارجية في كلمته").
PREPOSITIONS = ("في", "من", "عن", "على", "إلى", "الى", "مع", "عند", "لدى", "حول", "ب", "ل")

# "وذكر بيان للبيت الأبيض أن": the statement's issuer, after لـ, is the speaker.
STATEMENT_NOUNS = ("بيان", "بلاغ", "تصريح", "رسالة", "تقرير", "وثيقة", "وثائق", "مذكرة", "إحصائية", "دراسة", "تحليل",
                   "مسح", "استطلاع", "تغريدة", "مقال", "افتتاحية")
# «تقرير حديث صادر عن وزارة العدل», «بيان الصادر عن الديوان الملكي»: the body after these issued it.
ISSUER_MARKERS = ("صادر عن", "الصادر عن", "صادرة عن", "الصادرة عن", "صادر من", "الصادر من")
# Verbs that do not frame a quote but name who speaks next: "أشاد بوتين بـ... قائلاً: «...»".
STANCE_VERBS = {
    "أشاد": "m", "أشادت": "f", "أعرب": "m", "أعربت": "f", "عبر": "m", "عبرت": "f", "دعا": "m",
    "دعت": "f", "ندد": "m", "نددت": "f", "رحب": "m", "رحبت": "f", "انتقد": "m", "انتقدت": "f",
    "طالب": "m", "طالبت": "f", "علق": "m", "علقت": "f", "تحدث": "m", "تحدثت": "f", "قطع": "m",
    # «ووصفت صحيفة "الديلي ميل" البريطانية، الفيديو، بأنه ... وقالت: إن»
    "وصف": "m", "وصفت": "f", "نصح": "m", "نصحت": "f",
    # «وشكك معهد بحثي أمريكي ... قائلا إن», «وأبدى الحارثي معاناته ...، مؤكدًا أن»: who speaks next
    "شكك": "m", "شككت": "f", "استنكر": "m", "استنكرت": "f", "أبدى": "m", "أبدت": "f",
}
# Verbs and participles that express a feeling about what follows, which the gold counts as said
# when a complementizer gives it content: «معربا عن أمله في أن «يعم الخير»», «وأعرب ... عن قلقه
# العميق من أنه قد يكون». The feeling is governed by EXPRESSION_PREPOSITION, the content opens after
# one of EXPRESSION_LINKS (or a complementizer glued to ب: «عن ثقته بأن»).
EXPRESSION_VERBS = {"أعرب": "m", "أعربت": "f", "أعربوا": "p", "عبر": "m", "عبرت": "f", "عبروا": "p",
                    "يعرب": "m", "تعرب": "f"}
EXPRESSION_PARTICIPLES = {"معربا": "m", "معربة": "f", "معربين": "p", "معبرا": "m", "معبرة": "f", "معبرين": "p"}
EXPRESSION_PREPOSITION = "عن"
EXPRESSION_LINKS = ("في", "من")
# Verbs that describe their object as something: «ووصف معسكر الفريق في تركيا بأنه واحد من أفضل
# المعسكرات», «واصفاً إياها بأنها ستحقق» (the gold counts what follows بأن as said). The words before
# the complementizer are the object unless they name someone («ووصفت صحيفة الديلي ميل، الفيديو، بأنه»).
DESCRIBING_VERBS = {"وصف": "m", "وصفت": "f", "وصفوا": "p", "يصف": "m", "تصف": "f"}
DESCRIBING_PARTICIPLES = {"واصفا": "m", "واصفة": "f", "واصفين": "p"}
DESCRIBING_COMPLEMENTIZERS = ("بأن", "بأنه", "بأنها", "بأنهم", "بأنهما")
# The prepositions stance verbs govern (besides VERB_PREPOSITIONS): the subject ends where they begin,
# alone («أعربت الحكومة التونسية عن إدانتها») or glued to a definite noun («أشاد أمير المنطقة بالاهتمام»).
STANCE_PREPOSITIONS = ("عن", "ب", "بـ")
STANCE_GLUED_PREPOSITIONS = ("بال",)

# Nouns that name someone through the person after them («عدد من مؤيدي الأسد», «والدة الضحية»,
# «محامي المتهم»): a name after them is not the speaker.
RELATIONAL_HEADS = ("ذوو", "ذوي", "أهل", "عدد", "بعض", "أنصار", "مؤيدو", "مؤيدي", "أقارب", "عائلة", "أسرة", "والد", "والدة", "شقيق",
                    "شقيقة", "زوجة", "زوج", "ابن", "ابنة", "نجل", "نجلة", "محامي", "محامو", "أصدقاء", "جيران",
                    "زملاء", "أتباع", "خصوم", "معارضو", "منتقدو",
                    # one of a group: «نقلا عن أحد المرتزقة», «اعتبر أحد المدونين أن» (tune_2015-08-10_11)
                    "أحد", "إحدى")
# Unnamed sources: the whole phrase is the speaker ("مسؤول كوري جنوبي").
ANONYMOUS_HEADS = (
    "مسؤول", "مسؤولة", "مسؤولون", "مسؤولين", "مسؤولو", "مسؤولي", "مصدر", "مصادر",
    "دبلوماسي", "دبلوماسيون", "دبلوماسيين", "خبراء", "محللون", "محللين", "شهود", "شاهد",
    "مراقبون", "تقارير", "تقرير", "وسائل", "ناشطون", "سكان", "متحدث", "متحدثة",
    "المسؤول", "المسؤولة", "المسؤولون", "المسؤولين", "المصدر", "المصادر", "التقارير",
    "دراسة", "إحصائية", "إحصاءات", "استطلاع", "بيانات", "أرقام", "وثائق", "مصادر",
    # groups of people or bodies named by what they are, a fair speaker as written («اعترف الأطباء
    # بأنها», «وأعلنت السلطات التركية أن», «وأوردت الصحف التركية أن»)
    "أطباء", "علماء", "باحثون", "باحثين", "مختصون", "مختصين", "متخصصون", "متخصصين", "اقتصاديون",
    "محققون", "محققين", "مسعفون", "مراقبين", "ناشطين", "معارضون", "مواطنون", "مواطنين", "أهالي",
    "سلطات", "صحف", "مصادر", "جهات", "أوساط",
)

# Organisations and the capitals that stand for governments ("قالت موسكو").
INSTITUTIONS = (
    "الكرملين", "البيت الأبيض", "البنتاغون", "البنتاجون", "الإليزيه", "داونينج ستريت",
    "وكالة", "الوكالة", "وزارة", "الوزارة", "صحيفة", "الصحيفة", "مجلس", "المجلس", "الحكومة",
    "حكومة", "الجيش", "جيش", "الخارجية", "الرئاسة", "مكتب", "هيئة", "الهيئة", "منظمة",
    "المنظمة", "الأمم المتحدة", "قناة", "القناة", "إذاعة", "موقع", "حزب", "الحزب", "حركة",
    "الحركة", "لجنة", "اللجنة", "السفارة", "سفارة", "الشرطة", "المحكمة", "البرلمان", "الكونغرس",
    "الاتحاد", "القيادة", "قيادة", "رئاسة",
    # the prosecution speaks as a body: «ويقول الادعاء ان», «وقالت النيابة العامة إن»
    "الادعاء", "النيابة", "نيابة",
    # political fronts and coalitions: «حذرت الجبهة الديمقراطية الشعبية الأحوازية، ...، موضحة أن»
    "جبهة", "الجبهة", "ائتلاف", "الائتلاف",
    # companies, societies and other bodies: «وأوضحت الشركة في بيان لها أن», «قالت الجمعية الفلكية
    # بجدة: إن», «وأشارت الخلية في بيان لها، إلى أن» point back at the body named before
    "شركة", "الشركة", "جمعية", "الجمعية", "خلية", "الخلية", "مؤسسة", "المؤسسة", "بلدية", "البلدية",
    "أمانة", "الأمانة", "جامعة", "الجامعة", "غرفة", "الغرفة", "مركز", "المركز", "إمارة", "الإمارة",
    "بورصة", "البورصة", "نادي", "النادي", "بنك", "البنك",
    "موسكو", "واشنطن", "بيونغ يانغ", "بيونغيانغ", "بيونج يانج", "سيول", "طوكيو", "بكين",
    "كييف", "طهران", "لندن", "باريس", "برلين", "أنقرة", "القاهرة", "الرياض", "دمشق", "بغداد",
)

# Sentence-initial attribution without a verb: "وبحسب X، فإن ..." / "وفقا لـ X، ...".
ATTRIBUTION_OPENERS = ("بحسب", "حسب", "وفق", "وفقا", "وفقاً", "طبقا", "طبقاً")
# «وجاء في بيان للحكومة المحلية، أن», «وجاء في وثائق المحكمة، انه»: what a statement holds, said by
# it or its issuer; only before a statement noun («وجاء في المرتبة الثانية، ...» quotes no one).
STATEMENT_OPENERS = ("جاء في", "ورد في")
# ... and sentence-final: "...، بحسب وسائل إعلام روسية." / "...، حسبما ذكرت وزارة سيئول."
TRAILING_ATTRIBUTIONS = (
    "بحسب", "حسب", "وفق", "وفقا", "وفقاً", "حسبما ذكرت", "حسبما ذكر", "حسبما أفادت", "حسبما أفاد",
    "حسبما أعلنت", "حسبما أعلن", "كما ذكرت", "كما ذكر", "نقلا عن", "نقلاً عن", "طبقا", "طبقاً",
)

# Quote marks, opener -> closer.  Straight quotes pair with themselves.
# («” ... “» too: some outlets write the marks the other way round, «وقال الحرمي ” كل كلمات ... “.»)
QUOTE_PAIRS = {"“": "”", "«": "»", '"': '"', "„": "“", "”": "“", "‘": "’"}

# --- contradictions -------------------------------------------------------------------------
# Phrases that deny or rule out what follows them.  Strong cues alone make a denial;
# weak ones ("لم", "ليس") negate so much ordinary narration that they need more overlap.
DENIAL_STRONG = (
    "لا توجد خطط", "لا خطط", "لا يوجد خطط", "ليس هناك خطط", "ليست هناك خطط", "لا نية",
    "لا توجد نية", "نفى", "نفت", "ينفي", "تنفي", "نفي", "نفيا", "غير صحيح",
    "عار عن الصحة", "عارية عن الصحة", "لا صحة", "استبعد", "استبعدت",
)
DENIAL_WEAK = ("لم", "لن", "ليس", "ليست", "لا")
# Words that assert that the thing happens or is agreed: the other side of a denial.
AFFIRMATION_CUES = (
    "قبل دعوة", "قبلت دعوة", "سيزور", "ستزور", "سيقوم بزيارة", "ستقوم بزيارة", "أكد الزيارة",
    "تأكيد الزيارة", "اتفق", "اتفقا", "اتفقت",
)
# Acceptances point back at a proposal usually spelled out in the sentence before
# ("دعا كيم بوتين لزيارة ..." then "قبِل الدعوة"), so that sentence counts as their context.
ACCEPTANCE_CUES = ("قبل الدعوة", "قبلت الدعوة", "قبل العرض", "وافق", "وافقت", "موافقة")
# Words that carry no claim: reporting frames, time, function words.
# Name of sumy's stop-word list for this language, used on top of CONTENT_STOPWORDS.
STOPWORDS_LANGUAGE = "arabic"
CONTENT_STOPWORDS = (
    "في", "من", "إلى", "على", "عن", "مع", "أن", "إن", "أنه", "إنه", "التي", "الذي", "هذا", "هذه",
    "ذلك", "تلك", "كان", "كانت", "قد", "لا", "لم", "لن", "ليس", "ما", "أو", "ثم", "كما", "بين",
    "قال", "قالت", "أمس", "اليوم", "يوم", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد",
    "الاثنين", "الثلاثاء", "توجد", "يوجد", "خطط", "خطة", "نية", "هناك", "المتحدث", "باسم",
    "أكد", "أكدت", "الوكالة", "بكل", "سرور", "وكان", "وقال", "وقالت", "إنها", "أنها", "بأن",
    "أي", "كل", "بعد", "قبل", "عند", "حول", "أيضا", "دون",
)
