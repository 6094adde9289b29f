"""Arabic cues for the names that tell two happenings apart (rasid.stories.specifics).

Arabic script has no capitals, so names come only from the NER mentions the enrichment
stage leaves on the article; numbers work as in every language.
"""

CASED = False
NOT_NAMES: frozenset[str] = frozenset()
TITLE_CASE_SHARE = 1.0
# Nouns that classify a place before its name («محافظة أملج», «منطقة جازان»): NER takes them into
# the mention, but they are no part of the name, and as a headline subject's term
# (rasid.stories.features._name_terms) they made every governorate's rain report or election
# notice share a subject with every other's
# (read on SaudiNewsNet 2015-08-10/11: «أمطار على محافظة الطائف» and «أمطار على مركزي الشبحة
# وشثاث بمحافظة أملج» in one story, their headlines' subjects both «محافظ»).
# Not «مدينة», «إمارة», «جزيرة» (names.PLACE_CLASSIFIERS has them): alone they name Medina, and
# their terms are those of «الإمارات» and «الجزيرة».
NAME_CLASSIFIERS = ("محافظة", "منطقة", "ولاية", "إقليم", "مقاطعة", "بلدة", "قرية")
# The words that join a person's names («فيصل بن بندر», «نورة بنت عبدالله»): in every prince's
# name, so as a headline subject's term they made any two reports on two princes share one
# (2015-08-10/11: «بندر بن عبدالله يتلقى ... الأوسمة» and «الأمير فيصل بن بندر يستقبل ...»).
NAME_PARTICLES = ("بن", "بنت", "ابن")
