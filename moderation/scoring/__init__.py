"""Toxicity scoring: labels, scorers and the per-site policy. Pure: no Flask, no database."""
