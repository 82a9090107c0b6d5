"""Celery worker entry points: `celery -A workers.app worker`."""
