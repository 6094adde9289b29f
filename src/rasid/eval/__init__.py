"""Evaluations: each module defines ``register(subparsers)`` for ``rasid eval <name>``."""
