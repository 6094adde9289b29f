"""Persian: only the tables the page cleaner reads (site chrome, the Solar Hijri date line).

Persian pages reach rasid in crawls of full pages (gold/dumps10's Iranian agencies); the later stages
have no Persian tables and leave such articles alone.
"""
