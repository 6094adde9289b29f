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
