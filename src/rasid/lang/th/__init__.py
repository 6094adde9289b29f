"""Thai: only the tables the page cleaner reads (how its script spaces words).

Thai pages reach rasid in crawls of full pages (gold/dumps12's Prachatai); the later stages have no
Thai tables and leave such articles alone.
"""
