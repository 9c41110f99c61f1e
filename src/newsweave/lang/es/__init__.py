"""Language data for 'es' (see newsweave/lang/__init__.py)."""
