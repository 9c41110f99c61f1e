"""newsweave.serve: the web UI and HTTP API (`create_app`, run by `newsweave serve`)."""

from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    # Lazy: `import newsweave.serve.fetch` etc. must not pull in FastAPI and the store.
    if name == "create_app":
        from newsweave.serve.app import create_app

        return create_app
    raise AttributeError(name)
