"""Use cases: the only code that changes rows and commits. Views and tasks call these."""
