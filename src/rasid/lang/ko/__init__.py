"""Korean: only the tables the page cleaner reads (date lines and bylines).

Korean pages reach rasid in crawls of full pages (gold/dumps5's Entermedia); the later stages
have no Korean tables and leave such articles alone.
"""
