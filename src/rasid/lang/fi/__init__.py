"""Finnish: only the tables the page cleaner reads (date lines).

Finnish pages reach rasid in crawls of full pages (gold/dumps12's Yle Uutiset); the later stages
have no Finnish tables and leave such articles alone.
"""
