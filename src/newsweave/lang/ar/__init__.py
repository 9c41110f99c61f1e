"""Language data for 'ar' (see newsweave/lang/__init__.py)."""
