"""Desk statistics: rollups, live counts and the numbers /metrics reports."""
