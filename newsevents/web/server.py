"""``newsevents serve``: run the web application with uvicorn on a local address.

Why loopback by default: the API serves every stored article's text, and the ingest endpoint
writes to the database; exposing either beyond this machine is a decision the user makes by
passing ``--host``. With ``--allow-ingest`` and no token given, one is generated and printed, so
ingest is never open to whoever can reach the port.
"""

from __future__ import annotations

import secrets
import socket
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
ENV_TOKEN = "NEWSEVENTS_TOKEN"  # the ingest token, when --token is not given


def serve(db: str, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *, allow_ingest: bool = False,
          token: str | None = None, log_level: str = "warning") -> None:
    """Serve ``db`` until Ctrl-C. Prints the address (and a generated ingest token) on stderr."""
    import uvicorn

    from newsevents.web.app import create_app

    if allow_ingest and not token:
        token = secrets.token_urlsafe(24)
        print(f"ingest token (send as 'Authorization: Bearer TOKEN'): {token}", file=sys.stderr)
    app = create_app(db, ingest_token=token if allow_ingest else None)
    shown = f"[{host}]" if ":" in host else host
    print(f"serving {db} at http://{shown}:{port}/ (API at /docs; "
          f"{'ingest allowed' if allow_ingest else 'read-only'}); Ctrl-C stops", file=sys.stderr)
    uvicorn.run(app, host=host, port=port, log_level=log_level, access_log=False)



# How long `running` waits for the server to listen before giving up.
START_TIMEOUT_S = 20.0


@contextmanager
def running(app: Any) -> Iterator[str]:
    """Serve ``app`` on a free loopback port in a background thread; yields its base URL.

    For tests, benchmarks and the README screenshot. Why a socket bound here: port 0 picks a free
    port with no race between choosing it and listening on it.
    """
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + START_TIMEOUT_S
    try:
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                raise RuntimeError("the web server did not start")
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
