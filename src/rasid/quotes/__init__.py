"""Quotes: who said what, direct and reported speech with its speaker."""
