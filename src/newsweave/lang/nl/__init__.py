"""Language data for 'nl' (see newsweave/lang/__init__.py)."""
