"""Pipeline steps: each a function from a stream of articles to a stream of articles.

Steps know nothing about where they run; ``rasid.executor`` decides (in-process or Ray).
"""
