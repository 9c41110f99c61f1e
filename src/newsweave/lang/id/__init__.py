"""Language data for 'id' (see newsweave/lang/__init__.py)."""
