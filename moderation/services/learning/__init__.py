"""Learning from moderators: training examples, per-site models, operating points, backtests."""
