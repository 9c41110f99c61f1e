"""The `newsweave` command line."""
