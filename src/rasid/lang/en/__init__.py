"""English: the same tables as ``rasid.lang.ar``, for English text."""
