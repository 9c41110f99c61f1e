"""Language data for 'de' (see newsweave/lang/__init__.py)."""
