"""Arabic words that say what a figure counts (rasid.briefing.contradictions, figures).

Outlets disagree most visibly on tolls: «استشهاد 10 رجال أمن و3 عمال» against «استشهاد 12
من منسوبي القوات إضافة إلى ثلاثة من العاملين» (SaudiNewsNet 2015-08-06/07, the Abha mosque
bombing).  A count is the number right after a word of its kind («مقتل عشرة») or right
before one («15 شهيدا»); spelled numbers come from the temporal table's NUMBER_WORDS.
"""

# What is counted -> the words that open the count ("استشهاد 12", "مقتل عشرة") ...
BEFORE_NUMBER = {
    "killed": ("استشهاد", "مقتل", "مصرع", "وفاة", "قتل", "وفيات", "قتلى", "ضحايا", "شهداء"),
    "injured": ("إصابة", "اصابة", "جرح", "إصابات", "جرحى", "مصابين", "المصابين"),
    # not «ضبط»: «ضبط 267 مخالفة» seizes violations, not people
    "arrested": ("القبض على", "اعتقال", "توقيف"),
}
# ... and those that close it ("15 شهيدا", "40 مصابا").
AFTER_NUMBER = {
    "killed": ("شهيدا", "شهيد", "شهداء", "قتيلا", "قتيل", "قتلى"),
    "injured": ("مصابا", "مصاب", "مصابين", "جريحا", "جريح", "جرحى"),
    "arrested": ("معتقلا", "موقوفا", "متهما"),
}
# "10 رجال أمن و3 عمال", "12 من منسوبي القوات إضافة إلى ثلاثة من العاملين": parts of one toll.
ADDITIONS = ("و", "إضافة إلى", "اضافة الى", "بالإضافة إلى", "بالاضافة الى", "فضلا عن")
# "مقتل 13 شخصا، بينهم 10 طلاب": what follows is inside the toll, not added to it.
SUBSETS = ("بينهم", "منهم", "بينهن", "منهن")
# A figure given as roughly so many is no claim a different figure contradicts.
HEDGES = ("نحو", "قرابة", "حوالي", "حوالى", "أكثر من", "اكثر من", "ما يقارب", "ما يزيد على", "ما يزيد عن",
          "أقل من", "اقل من", "زهاء", "عدد من", "عشرات", "مئات", "آلاف", "الآلاف", "أكثر", "اكثر")
# A toll that has risen, or one summed over a period, counts something else than the
# figure of the day: «ارتفعت حصيلة القتلى إلى 30», «منذ بداية العام».
OTHER_COUNTS = ("ارتفع", "ارتفعت", "ارتفاع", "يرتفع", "ترتفع", "ليرتفع", "لترتفع", "حصيلة", "إجمالي",
                "اجمالي", "مجموع", "منذ", "خلال العام", "حتى الآن", "حتى الان", "سنويا", "يوميا")
# Spelled numbers that only approximate: «بضعة»
APPROXIMATE_NUMBERS = ("بضعة", "بضع")
# Who is counted, when it says nothing about which group: «13 شخصا» may be the same dead as
# «12 من رجال الأمن».
ANY_GROUP = ("شخص", "شخصا", "أشخاص", "اشخاص", "آخرين", "اخرين", "آخر", "من", "ال", "الـ", "فردا", "أفراد",
             # «أحد عشر قتيلا في صفوف القوات الموالية»: the ranks are not who is counted, the forces are
             "صفوف", "بين")
# Letters glued to a count word or a number: «لاستشهاد 15», «وإصابة تسعة», «و3 عمال».
PROCLITICS = ("ول", "وب", "فل", "و", "ف", "ل", "ب")
# How many words may stand between a number and the word after it that names its kind
# ("15 people were killed" in English; Arabic puts «شهيدا» right after the number).
AFTER_GAP = 0
# The article written apart from its number: «قرابة الـ 15 شهيدا».
ARTICLES = ("ال", "الـ")
# Words that tell how a toll came about, shared by any two reports of any toll («أسفر عن»,
# «نتج عنه», «راح ضحيته»): no sign that two counts are of one happening.
FRAMES = ("أسفر", "اسفر", "أسفرت", "اسفرت", "نتج", "نتجت", "أدى", "ادى", "أدت", "ادت", "عنه", "عنها", "راح",
          "ضحيته", "ضحيتها", "حادث", "الحادث", "الحادثة", "حادثة", "إثر", "اثر", "جراء", "رجال")
# Words that say what kind of place a name is, shared by two places: «مسجد الإمام علي في بلدة
# القديح» is another bombing than «مسجد قوات الطوارئ بمنطقة عسير» though both are mosques.
PLACE_HEADS = ("مسجد", "جامع", "منطقة", "محافظة", "مدينة", "بلدة", "قرية", "حي", "مركز", "مقر", "شارع", "ميدان",
               "مستشفى", "سجن", "معسكر", "ريف", "إقليم", "ولاية")
# Units before these are the teens: «خمسة عشر شهيدا» (the temporal table stops at twelve).
TEENS = ("عشر", "عشرة")
# Words any two reports of any toll in one region share («مصدر طبي», «بينهم», «مدينة», «أعلن»):
# SaudiNewsNet 2015-07-21 set 8 killed in Aden against 5 killed by a car bomb in Sanaa on
# «الصحة، بينهم، مدينة، مصدر» alone.  They never show that two counts are of one happening.
GENERIC = ("بينهم", "منهم", "مدينة", "المدينة", "منطقة", "المنطقة", "محافظة", "مصدر", "مصادر", "المصادر", "مصدرا",
           "الصحة", "صحة", "مكتب", "أعلن", "أعلنت", "اعلن", "اعلنت", "مضيفا", "مضيفة", "وأضاف", "أضاف", "أضافت",
           "مشيرا", "مشيرة", "أشار", "أشارت", "وأشار", "أكد", "أكدت", "وأكد", "أفاد", "أفادت", "ذكر", "ذكرت",
           "وذكرت", "وقالت", "وقال", "اليمن", "اليمني", "اليمنية", "السعودية", "المملكة", "جهة", "أخرى", "آخر",
           "جانب", "الوقت", "أمس", "الأولى", "مناطق", "اماكن", "أماكن", "متفرقة", "عدد", "المدنيين", "مدنيين",
           "مدنيا", "قصف", "عبر", "واحدة", "خلال", "الماضية", "الماضي", "سقوط", "الأمنية", "الأمني", "الأمن")
# What kind of happening a toll is of: a car bomb, shelling and a battle in one city on one
# day are three tolls (2015-07-21: 5 killed by a car bomb at a Sanaa mosque, 43 by the
# shelling of Dar Saad, 28 in the fighting for al-Tawahi).  Written as the words appear.
INCIDENTS = {
    "bombing": ("تفجير", "التفجير", "بتفجير", "انفجار", "الانفجار", "مفخخة", "المفخخة", "ناسف", "ناسفا", "ناسفة",
                "انتحاري", "الانتحاري", "انتحارية", "فجر", "يفجر", "عبوة", "حزام", "حزاما"),
    "shelling": ("قصف", "بقصف", "قصفا", "قصفت", "وقصفت", "القصف", "مدفعي", "المدفعي", "صواريخ", "بصواريخ",
                 "الكاتيوشا", "الكاتوشا", "كاتيوشا", "هاون", "الهاون", "قذائف", "قذيفة"),
    "airstrike": ("غارة", "غارات", "الغارات", "الغارة", "بغارة", "طائرات", "الطيران", "جوية", "الجوية", "ضربة"),
    "battle": ("معارك", "المعارك", "معركة", "مواجهات", "المواجهات", "اشتباكات", "الاشتباكات", "اشتباك",
               "جبهة", "جبهات", "التسلل"),  # not «هجوم»: «الهجوم الإرهابي» is the Abha bombing too
    # 2015-08-07: 17 killed when a helicopter crashed, beside 20 killed by a Kabul suicide bomber
    "crash": ("تحطم", "تحطمت", "التحطم", "بتحطم", "اصطدام", "انقلاب", "غرق", "حريق", "الحريق"),
}
