"""Language data for 'pl' (see newsweave/lang/__init__.py)."""
