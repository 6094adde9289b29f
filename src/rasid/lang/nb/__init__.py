"""Norwegian (Bokmål): only the tables the page cleaner reads (site chrome, date lines and bylines).

Norwegian (Bokmål) pages reach rasid in crawls of full pages (gold/dumps10's Dagbladet); the later stages
have no Norwegian (Bokmål) tables and leave such articles alone.
"""
