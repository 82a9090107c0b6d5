"""Comments as readers write them: submission, edits, reports and public threads."""
