"""Sites and their articles, settings, API keys, integration and webhooks."""
