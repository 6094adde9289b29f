"""Arabic: each module here is one table (orthography, stemming affixes, chrome phrases, ...)."""
