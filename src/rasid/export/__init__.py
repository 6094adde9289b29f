"""Exporting articles and everything derived from them (JSON, JSONL, CSV)."""
