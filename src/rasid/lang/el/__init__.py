"""Greek: only the tables the page cleaner reads (date lines, bylines).

Greek pages reach rasid in crawls of full pages (gold/dumps12's Haniotika Nea); the later stages have
no Greek tables and leave such articles alone.
"""
