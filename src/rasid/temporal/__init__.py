"""Time: resolving temporal expressions to dates and estimating publication dates."""

from rasid.temporal.find import find_timerefs
from rasid.temporal.publication import PublicationEstimate, estimate_publication_date

__all__ = ["find_timerefs", "estimate_publication_date", "PublicationEstimate"]
