"""Engine-level database plumbing: connection checks and SQLite settings."""
