"""Cleaning crawled text: dropping site chrome and lifting title, byline, dateline and credits into metadata."""
