"""Full-text search: query parsing into FTS5 expressions, and highlighted snippets on the original text."""
