"""Benchmarks and the synthetic news stream they share with the tests (`from bench import synth`)."""
