"""Chinese: only the tables the page cleaner reads (how its script ends sentences and spaces words).

Chinese pages reach rasid in crawls of full pages (gold/dumps9's People's Daily Online); the later
stages have no Chinese tables and leave such articles alone.
"""
