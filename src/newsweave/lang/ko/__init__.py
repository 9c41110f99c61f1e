"""Language data for 'ko' (see newsweave/lang/__init__.py)."""
