"""Learning from moderators: the training examples store and the Perspective feedback intake."""
