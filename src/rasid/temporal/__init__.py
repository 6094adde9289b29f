"""Time: resolving temporal expressions to dates and estimating publication dates."""
