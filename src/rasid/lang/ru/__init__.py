"""Russian: only the tables the page cleaner reads (date lines, bylines, function words).

Russian pages reach rasid in crawls of full pages (gold/dumps5's Woman's Day); the later stages
have no Russian tables and leave such articles alone.
"""
