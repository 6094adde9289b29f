"""rasid (راصد, "the observer"): turn crawled news pages into stories a reader can trust."""

__version__ = "0.1.0"
