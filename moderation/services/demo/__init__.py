"""Demo data for a local run and the demo article page."""
