"""Engine-level database plumbing: connection checks, SQLite settings, ending sessions."""
