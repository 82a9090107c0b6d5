"""Public helpers for the tests: servers, processes, configuration, clients."""
