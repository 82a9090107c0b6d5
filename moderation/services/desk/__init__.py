"""The moderation desk: queues, decisions, undo, authors, notes, assignments, audit."""
