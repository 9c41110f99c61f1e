"""Language data for 'fr' (see newsweave/lang/__init__.py)."""
