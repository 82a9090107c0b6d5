"""Offline tools: data sets, training, evaluation and model fetching."""
