"""Reading every shape of crawl (text, HTML, WARC, JSON/JSONL/Parquet, gzip) into Article records."""
