"""Start the workers' forkserver as the ``newsevents ingest --workers N`` command starts.

Why: the forkserver's preload (importing spaCy and the stages, loading the model, the warm-up
article: ~1.8 s CPU) must finish before the first worker forks, and until now it began only when
the first chunk of articles was read, after this process had imported the command line, the
store and SQLAlchemy and opened the database (~0.65 s on an idle machine). On a machine with two
cores those two start-ups can run side by side: the command calls ``prestart(sys.argv)`` before
its own imports, and the run finds the forkserver already preloading (``forkserver
.ensure_running`` is then a no-op).

Only when the command line says so: the ``ingest`` command and more than one local worker.
The preload loads the models of the run's languages only: with ``--language`` they are known at
once; without it, the forkserver imports spaCy and the stages, then waits until the run has read
its first articles and names their languages (``pool.start_forkserver``). Anything else (another
command, one worker, Dask, an option this quick reading does not understand) starts nothing
here, and the run starts its forkserver as before. A command that then fails costs the
preload's CPU on the other core, no more: the forkserver exits with this process.

This module imports nothing heavy unless the command line asks for workers.
"""

from __future__ import annotations

from collections.abc import Sequence

COMMAND = "ingest"
WORKERS_OPTIONS = ("--workers", "-w")
ENGINE_OPTION = "--engine"
LANGUAGE_OPTION = "--language"


def _option(args: Sequence[str], names: Sequence[str]) -> str | None:
    """The value of the last of the options ``names`` in ``args`` (``--x V`` or ``--x=V``)."""
    value = None
    for i, arg in enumerate(args):
        for name in names:
            if arg == name and i + 1 < len(args):
                value = args[i + 1]
            elif arg.startswith(name + "=") and name.startswith("--"):
                value = arg[len(name) + 1:]
    return value


# requested(): an ingest on local workers whose languages are known once the articles are read
LATER = "later"


def requested(argv: Sequence[str]) -> str | None:
    """What to preload when ``argv`` is an ingest on several local workers: the ``--language``
    code, or ``LATER`` without that option; None when no forkserver should start now."""
    args = list(argv[1:])
    if COMMAND not in args:
        return None
    args = args[args.index(COMMAND) + 1:]
    workers, engine, language = (_option(args, WORKERS_OPTIONS), _option(args, [ENGINE_OPTION]),
                                 _option(args, [LANGUAGE_OPTION]))
    if workers is None or not workers.isdigit() or (engine or "local") != "local":
        return None
    from newsevents.engine.pool import resolve_workers

    if resolve_workers(int(workers)) <= 1:
        return None
    if not language:
        return LATER
    from newsevents.errors import NewsEventsError
    from newsevents.read.common import language_code

    try:
        return language_code(language)
    except NewsEventsError:  # the command will say why
        return None


# prestart's answer in this process, once given: ``python -m newsevents`` calls it before importing
# the command line (newsevents/__main__.py) and the command line's ``main`` calls it again. A
# second start would leave the forkserver waiting for a languages file nobody writes.
_ANSWERED: list[bool] = []


def prestart(argv: Sequence[str]) -> bool:
    """Start the forkserver now if ``argv`` asks for an ingest on local workers (see the module
    docstring); whether it was started. Never raises: the run starts its forkserver the usual
    way if this one could not. Once per process: a later call gives the first answer."""
    if not _ANSWERED:
        _ANSWERED.append(_prestart(argv))
    return _ANSWERED[0]


def _prestart(argv: Sequence[str]) -> bool:
    try:
        wanted = requested(argv)
        if wanted is None:
            return False
        from newsevents.engine.pool import start_forkserver

        return start_forkserver(None if wanted == LATER else wanted)
    except Exception:  # a speed-up only: the command itself reports real problems
        return False
