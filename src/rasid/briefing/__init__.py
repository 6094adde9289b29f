"""Briefings: summaries, timelines and source comparison for a story, every line cited."""
