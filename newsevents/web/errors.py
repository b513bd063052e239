"""One JSON shape for every error the API returns, and the handlers that enforce it.

    {"ok": false, "status": 400, "title": "Invalid request",
     "error": "since: 'yesterday' is not a date; write it as YYYY-MM-DD",
     "errors": [{"param": "since", "message": "'yesterday' is not a date; write it as YYYY-MM-DD"}]}

Why one shape (datasette's ``error_body`` style): a client, the page included, reads ``error``
whatever went wrong (a bad parameter, an unknown id, a wrong method, a refused token, a crash)
and never has to parse FastAPI's, Starlette's and our own formats apart. Why no stack traces:
they leak paths and code to whoever calls the API and help nobody on the other side; the server
log keeps them.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsevents.errors import DatabaseFull, DatabaseLocked, InputError, NewsEventsError, StoreError

log = logging.getLogger("newsevents.web")

TITLES = {400: "Invalid request", 401: "Token required", 403: "Forbidden", 404: "Not found",
          405: "Method not allowed", 409: "Conflict", 413: "Too large", 415: "Unsupported media type",
          422: "Invalid document", 500: "Internal error", 503: "Database unavailable"}


class ApiError(Exception):
    """An error to return to the client as it is: a status, a message, and the parameter at fault."""

    def __init__(self, status: int, message: str, param: str | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.param = param
        self.headers = headers


def error_body(status: int, message: str, errors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The body of every error response."""
    body: dict[str, Any] = {"ok": False, "status": status, "title": TITLES.get(status, "Error"),
                            "error": message}
    if errors:
        body["errors"] = errors
    return body


def error_response(status: int, message: str, errors: list[dict[str, Any]] | None = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(error_body(status, message, errors), status_code=status, headers=headers)


def _describe(err: dict[str, Any]) -> tuple[str, str]:
    """(parameter, message) of one pydantic validation error, in words a caller can act on."""
    loc = [str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body", "header")]
    param = ".".join(loc) or "request"
    message = str(err.get("msg") or "invalid value")
    if err.get("type") == "missing":
        message = "required"
    elif "input" in err and not isinstance(err["input"], dict | list):
        message = f"{message} (got {err['input']!r})"
    return param, message


async def _validation(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [dict(zip(("param", "message"), _describe(e), strict=True)) for e in exc.errors()]
    summary = "; ".join(f"{e['param']}: {e['message']}" for e in errors)
    return error_response(400, summary or "invalid request", errors)


async def _api(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    errors = [{"param": exc.param, "message": exc.message}] if exc.param else None
    message = f"{exc.param}: {exc.message}" if exc.param else exc.message
    return error_response(exc.status, message, errors, exc.headers)


async def _http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 404 and exc.detail in (None, "Not Found"):
        message = f"no such page or route: {request.url.path}; the API is described at /docs"
    elif exc.status_code == 405:
        allowed = (exc.headers or {}).get("Allow", "")
        message = f"{request.method} is not allowed on {request.url.path}" + (
            f"; use {allowed}" if allowed else "")
    else:
        message = str(exc.detail)
    return error_response(exc.status_code, message, headers=exc.headers)


async def _newsevents(_: Request, exc: Exception) -> JSONResponse:
    if isinstance(exc, DatabaseLocked | DatabaseFull | StoreError):
        return error_response(503, str(exc))
    if isinstance(exc, InputError):
        return error_response(422, str(exc))
    return error_response(400, str(exc))


async def _crash(request: Request, exc: Exception) -> JSONResponse:
    log.exception("error serving %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(500, "internal error while serving this request; the server's log has "
                               "the details")


def install(app: FastAPI) -> None:
    """Route every kind of error through ``error_body``."""
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(ApiError, _api)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(NewsEventsError, _newsevents)
    app.add_exception_handler(Exception, _crash)
