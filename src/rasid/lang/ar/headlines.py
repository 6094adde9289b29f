"""Arabic headline and byline conventions the story clusterer reads past.

Wire copy carries a desk label before the headline and a continuation note after it
(SPA/واس: «عام / ... / إضافة أولى واخيرة»); neither says what happened, and two unrelated
reports from one desk share them.  Opinion columns speak in the first person: a
column is commentary on happenings, never the report that anchors a story.
"""

# Desk labels ending in "/" at the start of a headline.
SECTION_PREFIXES = (
    "عام", "سياسي", "اقتصادي", "إقتصادي", "رياضي", "ثقافي", "اجتماعي", "تقرير", "صحي", "تعليمي",
    "علمي", "فني", "محلي", "دولي", "عاجل",
)
# What follows a trailing "/" in a headline: the continuation notes of a wire story.
CONTINUATION_WORDS = ("إضافة", "اضافة", "تعديل", "أولى", "اولى", "ثانية", "ثالثة", "رابعة", "أخيرة", "اخيرة", "واخيرة", "وأخيرة")
# First-person words of a columnist (per thousand words of body, see rasid.stories.features).
FIRST_PERSON = ("أنا", "أنني", "إنني", "انني", "أعتقد", "اعتقد", "أظن", "اظن", "برأيي", "أتساءل", "ليتني", "لست",
                "كنت", "أتمنى", "أرى", "أجزم", "أزعم")
