"""Turkish: only the tables the page cleaner reads (site chrome, date lines and bylines).

Turkish pages reach rasid in crawls of full pages (gold/dumps10's Anadolu Ajansı); the later stages
have no Turkish tables and leave such articles alone.
"""
