"""The web side's Celery boundary: task names and queues, enqueueing after commit."""
