"""English cues for dating a happening from its sentence (see the Arabic table)."""

FUTURE_CUES = ("will", "would", "to visit", "to meet", "to hold", "scheduled", "planned", "plans", "next", "upcoming",
               "expected", "tomorrow", "due to")
SINCE_CUES = ("since", "ago")
REMEMBERED_CUES = ("anniversary", "attacks of", "since the", "on this day")
RELATIVE_PRONOUNS = ("that", "which", "who")
