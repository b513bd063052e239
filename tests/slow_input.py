"""A `newsevents` command whose input stalls once a document is saved, for the Ctrl-C tests.

Why: a test that sends SIGINT to a running ingest must be sure the ingest is still running when
the signal arrives. Racing a big corpus against the signal flaked on a loaded machine: the test
process, starved of CPU, sometimes looked again only after the ingest had finished (exit 0, every
document saved). Here the command is the real CLI (``newsevents.cli.main``) in a fresh process,
reading the same files, except that the text reader stops handing out articles once the first
document has been saved: it waits, as a slow input stream would (a network share, a pipe), until
the signal comes. Everything read before is extracted and saved as usual, by this process or by
its workers, so SIGINT lands on a run that has saved a prefix and still holds documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Seconds between two looks at the saved count while the input stalls (short: the Ctrl-C test
# waits for the first save, then signals; the signal interrupts the sleep at once in any case).
STALL_POLL_S = 0.05
# Seconds the input stalls at most: a test that failed before signalling leaves no process
# waiting for ever (the run then goes on and ends by itself).
STALL_MAX_S = 600.0

# The command restores Python's Ctrl-C handler first: a test suite started in the background of a
# non-interactive shell ("make test &") runs with SIGINT ignored, which every child inherits and
# Python then leaves alone, so the signal the test sends would never arrive.
_CODE = """
import signal, sys, time
signal.signal(signal.SIGINT, signal.default_int_handler)
sys.path[:0] = {paths!r}
import newsevents.engine.writer as writer
import newsevents.read.files as files
from newsevents.cli import main

saved = [0]
save, read_text = writer.save, files.read_text

def counting_save(*args, **kwargs):
    done = save(*args, **kwargs)
    saved[0] += 1
    return done

def stalling_read_text(path, where=None):
    until = time.monotonic() + {most!r}
    while saved[0] and time.monotonic() < until:  # the input dries up once something is saved
        time.sleep({poll!r})
    return read_text(path, where)

writer.save, files.read_text = counting_save, stalling_read_text
sys.argv = ["newsevents", *sys.argv[1:]]
main()
"""


def stalling_command(*args: str) -> list[str]:
    """The argv of ``newsevents ARGS...`` whose text input stalls after the first saved document."""
    root = str(Path(__file__).resolve().parent.parent)
    code = _CODE.format(paths=[root], poll=STALL_POLL_S, most=STALL_MAX_S)
    return [sys.executable, "-c", code, *args]
