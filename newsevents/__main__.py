"""``python -m newsevents``: the same command as ``newsevents``.

The workers' forkserver of ``ingest --workers N`` is started before the command line is imported
(``engine.prestart``): importing it (typer, rich, numpy, the store) took ~0.14 s CPU, during
which the forkserver's preload, the start-up path every worker waits for, had not begun.
"""

import sys


def main() -> None:
    from newsevents.engine.prestart import prestart

    prestart(sys.argv)  # first: the command line's own main() finds it answered
    from newsevents.cli import main as command

    command()


if __name__ == "__main__":
    main()
