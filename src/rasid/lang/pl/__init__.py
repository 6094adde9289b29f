"""Polish: only the tables the page cleaner reads (site chrome, date lines and bylines).

Polish pages reach rasid in crawls of full pages (gold/dumps10's Rzeczpospolita); the later stages
have no Polish tables and leave such articles alone.
"""
