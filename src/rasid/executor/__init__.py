"""Executors run the same pipeline steps in-process or on Ray."""
