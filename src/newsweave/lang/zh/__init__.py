"""Language data for 'zh' (see newsweave/lang/__init__.py)."""
