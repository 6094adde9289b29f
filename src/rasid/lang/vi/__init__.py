"""Vietnamese: only the tables the page cleaner reads (site chrome, date lines and bylines).

Vietnamese pages reach rasid in crawls of full pages (gold/dumps10's VnExpress); the later stages
have no Vietnamese tables and leave such articles alone.
"""
