"""Cleaning crawled text: dropping site chrome and lifting title, byline, dateline and credits into metadata."""

from rasid.clean.boilerplate import BoilerplateStats
from rasid.clean.cleaner import clean_article
from rasid.clean.step import clean_articles
from rasid.clean.templates import TemplateLearner

__all__ = ["BoilerplateStats", "TemplateLearner", "clean_article", "clean_articles"]
