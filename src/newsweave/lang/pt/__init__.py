"""Language data for 'pt' (see newsweave/lang/__init__.py)."""
