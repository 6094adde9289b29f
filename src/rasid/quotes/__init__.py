"""Quotes: who said what, direct and reported speech with its speaker."""

from rasid.quotes.extract import extract_quotes

__all__ = ["extract_quotes"]
