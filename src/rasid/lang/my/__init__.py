"""Burmese: only the tables the page cleaner reads (how its script ends sentences and spaces words).

Burmese pages reach rasid in crawls of full pages (gold/dumps12's BBC Burmese); the later stages
have no Burmese tables and leave such articles alone.
"""
