"""Bulgarian: only the tables the page cleaner reads (bylines).

Bulgarian pages reach rasid in crawls of full pages (gold/dumps12's Actualno); the later stages have
no Bulgarian tables and leave such articles alone.
"""
