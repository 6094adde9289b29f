"""Language-aware text utilities: matching normalisation, light stemming, sentences, language id."""
