"""Hindi: only the tables the page cleaner reads (how Devanagari text ends its sentences).

Hindi pages reach rasid in crawls of full pages (gold/dumps9's Dainik Bhaskar); the later stages
have no Hindi tables and leave such articles alone.
"""
