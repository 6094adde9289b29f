"""Arabic words that open what a denial denies (rasid.briefing.contradictions).

"نفى أحمد عيد رئيس الاتحاد وجود أي خلافات": the denier and his title come first, what he
denies after «وجود»; «صحة» (the truth of), «أن» (that) open it the same way.
"""

OBJECT_MARKERS = ("وجود", "صحة", "أن", "ان", "أنه", "انه")
