"""Automatic moderation: scoring batches in the worker, explanations, the sweeper."""
