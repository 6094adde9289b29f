"""Ukrainian: only the tables the page cleaner reads (site chrome, date lines and bylines).

Ukrainian pages reach rasid in crawls of full pages (gold/dumps10's ZAXID.NET); the later stages
have no Ukrainian tables and leave such articles alone.
"""
