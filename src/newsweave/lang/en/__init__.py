"""Language data for 'en' (see newsweave/lang/__init__.py)."""
