"""Entities: named-entity recognition and linking mentions to canonical entities."""
