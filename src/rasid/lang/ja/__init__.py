"""Japanese: only the tables the page cleaner reads (site chrome, date lines and bylines).

Japanese pages reach rasid in crawls of full pages (gold/dumps10's Asahi Shimbun); the later stages
have no Japanese tables and leave such articles alone.
"""
