"""Catalan: only the tables the page cleaner reads (date lines, site chrome).

Catalan pages reach rasid in crawls of full pages (gold/dumps12's El Vallenc); the later stages have
no Catalan tables and leave such articles alone.
"""
