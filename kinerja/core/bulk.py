"""Working on many rows at once."""

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while hundreds of thousands of short-lived rows are built.

    Without it, each generation-2 collection walks every object the batch has made so far,
    and a national roll-up spends more time collecting than reading; the rows hold no cycles,
    so reference counting frees them all the same. The collector's state is restored after.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
