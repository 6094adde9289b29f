"""Spanish: only the tables the page cleaner reads (site chrome, date lines and bylines).

Spanish pages reach rasid in crawls of full pages (gold/dumps9's ABC); the later stages have no
Spanish tables and leave such articles alone.
"""
