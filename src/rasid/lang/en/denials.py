"""English words that open what a denial denies (see the Arabic table)."""

OBJECT_MARKERS = ("that", "any", "reports")
