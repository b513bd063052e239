"""``python -m newsevents``: the same command as ``newsevents``."""

from newsevents.cli import main

if __name__ == "__main__":
    main()
