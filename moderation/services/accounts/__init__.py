"""Accounts: registration, credentials, sessions and tokens, SSO, privacy requests."""
