"""Language data for 'tr' (see newsweave/lang/__init__.py)."""
