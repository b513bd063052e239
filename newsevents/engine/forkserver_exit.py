"""Imported by the workers' forkserver after its preload: it then ends without tearing down.

Why: the forkserver exits when the command that started it does (multiprocessing's forkserver
raises SystemExit when its "alive" pipe closes), and its interpreter then freed, one by one, the
millions of objects of the models, lexicons and gazetteer the preload loaded (0.2-0.4 s CPU),
holding the command's standard output and error open meanwhile: whoever reads them (a pipe, a
``$(...)``, ``subprocess.run``, bench/scale.py) waited that long after the command had finished.
The command itself ends the same way (``cli.exit_without_teardown``); its workers leave with
``os._exit`` already (multiprocessing's forked children do).

Its import *is* the registration, as ``preload``'s import is the preload: only the forkserver
imports this module (``pool.PRELOAD_MODULES``). It has nothing to save at exit: it writes
nothing, holds no store, and its children have been stopped by then.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import sys


def _exit_now() -> None:
    """The first exit handler to run (registered last): flush, then leave without teardown."""
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            with contextlib.suppress(OSError, ValueError):  # closed: nothing to flush
                stream.flush()
    os._exit(0)


atexit.register(_exit_now)
