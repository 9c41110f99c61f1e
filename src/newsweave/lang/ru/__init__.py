"""Language data for 'ru' (see newsweave/lang/__init__.py)."""
