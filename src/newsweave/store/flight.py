"""Single-flight: one build per key and stamp, however many readers ask at once.

Five readers of a stale dossier used to build it five times (25.5 s of CPU against 5.7 s
for one). Now the first reader builds; the others wait for its result. The result, or the
failure, is kept for that stamp, so a dossier that cannot be built is not retried by every
reader until the event changes again. A result is handed to the readers that waited for
it; later readers find it in the caller's own cache.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

T = TypeVar("T")


class _Call:
    def __init__(self, stamp: str) -> None:
        self.stamp = stamp
        self.done = threading.Event()
        self.result: object = None
        self.error: BaseException | None = None


class SingleFlight(Generic[T]):
    def __init__(self, keep: int = 256) -> None:
        self._lock = threading.Lock()
        self._running: dict[Hashable, _Call] = {}
        self._finished: OrderedDict[Hashable, _Call] = OrderedDict()  # newest last
        self._keep = keep
        self.builds = 0  # how many times `fn` ran: for tests and reports

    def run(self, key: Hashable, stamp: str, fn: Callable[[], T]) -> T:
        with self._lock:
            call = self._finished.get(key)
            if call is None or call.stamp != stamp:
                call = self._running.get(key)
            owner = call is None or call.stamp != stamp
            if owner:
                call = self._running[key] = _Call(stamp)
                self.builds += 1
        assert call is not None
        if owner:
            try:
                call.result = fn()
            except Exception as exc:  # kept for this stamp: every waiter sees the same failure
                call.error = exc
            finally:
                with self._lock:
                    if self._running.get(key) is call:
                        del self._running[key]
                    # failures are kept here; results are in the caller's cache (the dossiers
                    # table), and keeping them too would hold big objects in memory
                    self._finished.pop(key, None)
                    if call.error is not None:
                        self._finished[key] = call
                        while len(self._finished) > self._keep:
                            self._finished.popitem(last=False)
                call.done.set()
        else:
            call.done.wait()
        if call.error is not None:
            raise call.error
        return call.result  # type: ignore[return-value]
