"""Arabic cues for dating a happening from the sentence that tells it (rasid.stories.happenings).

A report of a past happening that names only a weekday ("اندلع الحريق يوم السبت") means
the Saturday before the report, not the one after; a happening after the day of writing
is only read as such when the sentence says it is to come.  A date after "ذكرى" or "أحداث"
names a remembered happening (the anniversary of the invasion of Kuwait, "أحداث 11
سبتمبر"), not one of the day's.
"""

# Words that put a happening after the day of writing (normalised forms are compared).
FUTURE_CUES = (
    "سوف", "سيزور", "سيعقد", "ستعقد", "سيقوم", "ستقوم", "سيبدأ", "ستبدأ", "سيلتقي", "ستنطلق", "سينطلق", "سيتم",
    "يعتزم", "تعتزم", "ينوي", "تنوي", "المقبل", "المقبلة", "القادم", "القادمة", "المقرر", "المقررة", "مقرر",
    "يرتقب", "المرتقب", "المرتقبة", "يعقد", "تعقد", "ينطلق", "تنطلق", "غدا", "غداً", "بعد غد", "يتوقع",
    "من المتوقع", "يرعى", "سيرعى", "يفتتح", "سيفتتح", "موعد",
)
# "منذ 24 عاما", "منذ أيلول": the time since an earlier happening, not the date of the one told.
SINCE_CUES = ("منذ",)
# Words before a date that make it a remembered happening's date.
REMEMBERED_CUES = ("ذكرى", "الذكرى", "أحداث", "احداث", "مثل هذا اليوم", "في مثل")
# A time expression inside a relative clause dates the noun it describes: «الزيارة التي قام بها
# شويغو في آب الماضي» is the visit, whatever the sentence around it says («استند كيربي على ...»).
RELATIVE_PRONOUNS = ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللتان", "اللذان")
# Reported speech after these tells what the speaker himself did («أشار الرئيس الروسي إلى أنه
# بحث مع كيم»): its title is a sentence about him, not his words after a colon.
SPEAKER_AS_SUBJECT = ("أنه", "إنه", "انه", "بأنه", "أنها", "إنها", "انها", "بأنها", "أنهم", "إنهم", "بأنهم",
                      "أنهما", "إنهما")
# Words that open another clause: a title ends before them («بحث مع كيم التعاون العسكري بين
# البلدين، لكن لم يكشف عن مزيد»).
CLAUSE_BREAKS = ("لكن", "ولكن", "لكنه", "لكنها", "بينما", "فيما", "في حين", "حيث", "وسط", "مما", "ما", "إلا",
                 "الا", "بل", "وذلك", "كما", "وأضاف", "وأضافت", "مؤكدا", "مؤكدة", "مشيرا", "مشيرة", "موضحا", "موضحة",
                 "مضيفا", "مضيفة", "لافتا", "لافتة")
# Prepositions that open a phrase: a title too long for its clause ends before one.
PHRASE_STARTS = ("في", "خلال", "من", "إلى", "الى", "على", "عن", "مع", "بعد", "قبل", "منذ", "حتى", "عبر", "ضد",
                 "نحو", "حول", "لدى", "عقب", "أمام", "بين", "وفي", "ومن", "وعلى")
# ...unless the pronoun stands for no one («قال بيسكوف إنه لا توجد خطط», «أنه من المثير للقلق»).
IMPERSONAL_STARTS = ("لا", "من", "ليس", "ليست", "في", "على", "ما", "هناك", "تم", "يتم", "سيتم", "يجب", "يتعين",
                     "لابد", "بات", "أصبح", "سيكون", "يمكن", "لن")
# A clause opening on a definite noun («اليخت الذي ...», «السويس التي افتتحت») has its own subject.
DEFINITE_ARTICLES = ("ال",)
# Endings no past-tense verb has: a word ending so is a noun («دسيسة», «تحديات»).
NOUN_ENDINGS = ("ة", "ات")
