"""Language data for 'it' (see newsweave/lang/__init__.py)."""
