"""Language data for 'ja' (see newsweave/lang/__init__.py)."""
