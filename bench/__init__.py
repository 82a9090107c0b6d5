"""Benchmarks: each writes a results file under bench/results/ and prints a summary."""
