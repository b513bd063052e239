"""`newsevents serve` as a user runs it: a process serving the page and the API on a local port,
read-only unless --allow-ingest, with a clean error when there is no database."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
START_TIMEOUT_S = 120


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_up(proc: subprocess.Popen, url: str) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while True:
        try:
            urllib.request.urlopen(url + "/api/stats", timeout=5).read()
            return
        except OSError:
            if proc.poll() is not None:
                raise AssertionError(f"serve exited: {proc.communicate()[1]}") from None
            if time.monotonic() > deadline:
                raise AssertionError("serve did not answer in time") from None
            time.sleep(0.3)


def serve(db: Path, *args: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    command = [sys.executable, "-m", "newsevents", "--db", str(db), "serve", "--port", str(port), *args]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return proc, f"http://127.0.0.1:{port}"


def post(url: str, body: dict, token: str | None) -> tuple[int, dict]:
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(url + "/api/documents", data=json.dumps(body).encode(), headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_serve_read_only(demo_db: Path) -> None:
    proc, url = serve(demo_db)
    try:
        wait_until_up(proc, url)
        page = urllib.request.urlopen(url + "/", timeout=5).read().decode()
        assert "/static/app.js" in page
        stats = json.loads(urllib.request.urlopen(url + "/api/stats", timeout=5).read())
        assert stats["documents"] == 2 and stats["ingest"] is False
        status, body = post(url, {"text": "anything"}, "whatever")
        assert status == 403 and "read-only" in body["error"]
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    assert "read-only" in err and url in err  # says where it serves and how


def test_serve_allow_ingest_prints_a_token(demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "copy.db"
    db.write_bytes(demo_db.read_bytes())
    proc, url = serve(db, "--allow-ingest")
    try:
        wait_until_up(proc, url)
        status, body = post(url, {"text": "x"}, None)
        assert status == 401 and body["ok"] is False
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    token_lines = [line for line in err.splitlines() if line.startswith("ingest token")]
    assert token_lines and len(token_lines[0].rsplit(" ", 1)[1]) >= 24


def test_serve_without_a_database(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "newsevents", "--db", str(tmp_path / "none.db"), "serve"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "no database" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "none.db").exists()
