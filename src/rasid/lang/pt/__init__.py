"""Portuguese: only the tables the page cleaner reads (date lines and bylines).

Portuguese pages reach rasid in crawls of full pages (gold/dumps5's Jaraguá do Sul); the later
stages have no Portuguese tables and leave such articles alone.
"""
