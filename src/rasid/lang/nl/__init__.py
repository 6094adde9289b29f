"""Dutch: only the tables the page cleaner reads (site chrome, date lines and bylines).

Dutch pages reach rasid in crawls of full pages (gold/dumps9's Het Nieuwsblad); the later stages
have no Dutch tables and leave such articles alone.
"""
