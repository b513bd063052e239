"""The FastAPI application: the JSON API under /api, the page at /, OpenAPI at /docs.

Read-only unless built with an ingest token: then ``POST /api/documents`` accepts one article
(the JSON of one ``.jsonl`` line) from a caller presenting ``Authorization: Bearer TOKEN`` and
stores it by the CLI's rules (newsevents.ingest). Every error has one shape (web/errors.py).
Endpoints are plain ``def``: FastAPI runs them in its thread pool, so a slow query or an ingest
never blocks the event loop, and the store (SQLAlchemy engine + cached view) is thread-safe.
"""

from __future__ import annotations

import hmac
import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, Query, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from newsevents import settings
from newsevents.errors import DocumentTooLarge, NewsEventsError
from newsevents.ingest import ingest_articles, open_store
from newsevents.read.common import ReadFailure, given_published, make_article
from newsevents.read.jsonl import LINE_FACTOR
from newsevents.store import Store
from newsevents.web import detail, errors, params
from newsevents.web.errors import ApiError
from newsevents.web.queries import Register

STATIC = Path(__file__).resolve().parent / "static"
MAX_PAGE = 500  # events or claims per page: a page of 500 full records is ~1 MB of JSON
DEFAULT_PAGE = 50
INGEST_WHERE = "api"  # a posted document's path: "api#ID", like "FILE.jsonl#ID"

TypeQ = Annotated[list[str] | None, Query(description="Event type(s): repeat or separate with commas.")]
StatusQ = Annotated[list[str] | None, Query(description="reported, alleged, disputed, denied.")]
CountryQ = Annotated[str | None, Query(description="ISO code (UA) or country name (Ukraine).")]
SinceQ = Annotated[str | None, Query(description="YYYY-MM-DD: events whose dates reach this day or later.")]
UntilQ = Annotated[str | None, Query(description="YYYY-MM-DD: events that start on or before this day.")]
BboxQ = Annotated[str | None, Query(description="west,south,east,north in degrees.")]
TextQ = Annotated[str | None, Query(description="Words in names, places, summary, damage; any case.")]
BackgroundQ = Annotated[bool | None, Query(description="true: only recalled past incidents; false: none.")]
OffsetQ = Annotated[int, Query(ge=0, description="Records to skip.")]
LimitQ = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Records per page (1-{MAX_PAGE}).")]


def create_app(db: str | Store, *, ingest_token: str | None = None, warm: bool = True,
               pipeline: Any = None) -> FastAPI:
    """The application over a database path/URL (or an open Store). ``ingest_token`` enables
    ``POST /api/documents`` for callers presenting it; without one the server is read-only.
    ``pipeline``: the extraction pipeline for ingest (loaded on the first post when not given)."""
    store = db if isinstance(db, Store) else open_store(db, must_exist=True)
    register = Register(store)
    if warm:
        register.warm()
    app = FastAPI(title="newsevents", version="1", docs_url=None, redoc_url=None,
                  description="Incidents and claims extracted from news, each field traced to its words.")
    app.state.register = register
    errors.install(app)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    ingest = _Ingest(store, ingest_token, pipeline, on_write=register.refresh)

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title="newsevents API",
                                   swagger_js_url="/static/vendor/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg")

    @app.get("/api/events", summary="Incidents, filtered, sorted and paged")
    def events(type: TypeQ = None, status: StatusQ = None, country: CountryQ = None,
               since: SinceQ = None, until: UntilQ = None, bbox: BboxQ = None, text: TextQ = None,
               background: BackgroundQ = None,
               sort: Annotated[str, Query(description="date, type, country or sources; -KEY descending.")]
               = "date",
               offset: OffsetQ = 0, limit: LimitQ = DEFAULT_PAGE) -> Response:
        f = params.event_filter(type, status, country, since, until, bbox, text, background)
        page = register.events(f, params.sort(sort), offset, limit)
        return _json({"total": page.total, "offset": page.offset, "limit": page.limit, "events": page.items})

    @app.get("/api/events/{event_id}", summary="One incident with its sources' texts and highlighted words")
    def event(event_id: str) -> Response:
        found = register.event(event_id)
        if found is None:
            raise ApiError(404, f"no incident with id {event_id!r}; list them at /api/events")
        return _json(detail.event_detail(register, found))

    @app.get("/api/timeline", summary="Incidents per day (of their start), for the same filters")
    def timeline(type: TypeQ = None, status: StatusQ = None, country: CountryQ = None,
                 since: SinceQ = None, until: UntilQ = None, bbox: BboxQ = None, text: TextQ = None,
                 background: BackgroundQ = None) -> Response:
        f = params.event_filter(type, status, country, since, until, bbox, text, background)
        days = register.timeline(f)
        return _json({"total": sum(n for _, n in days), "days": [[d, n] for d, n in days]})

    @app.get("/api/clusters", summary="Incidents with coordinates grouped into map clusters")
    def clusters(zoom: Annotated[int, Query(ge=0, le=20, description="Map zoom level (0-20).")] = 2,
                 type: TypeQ = None, status: StatusQ = None, country: CountryQ = None,
                 since: SinceQ = None, until: UntilQ = None, bbox: BboxQ = None, text: TextQ = None,
                 background: BackgroundQ = None) -> Response:
        f = params.event_filter(type, status, country, since, until, bbox, text, background)
        found = register.clusters(f, zoom)
        return _json({"zoom": zoom, "events": sum(c["count"] for c in found), "clusters": found})

    @app.get("/api/claims", summary="Statements attributed to speakers, with their stance")
    def claims(speaker: Annotated[str | None, Query(description="Words of the speaker's name.")] = None,
               stance: Annotated[str | None, Query(description="assert, deny, retract, question, "
                                                               "demand or condemn.")] = None,
               event: Annotated[str | None, Query(description="Only claims about this incident.")] = None,
               offset: OffsetQ = 0, limit: LimitQ = DEFAULT_PAGE) -> Response:
        page = register.claims(speaker, params.stance(stance), event, offset, limit)
        return _json({"total": page.total, "offset": page.offset, "limit": page.limit, "claims": page.items})

    @app.get("/api/disputes", summary="Contested propositions: the claims for and against, who and when")
    def disputes() -> Response:
        found = register.disputes()
        ids = {d for dispute in found for key in ("for", "against") for side in dispute[key]
               for d in side.get("documents") or []}
        return _json({"total": len(found), "disputes": found, "documents": register.document_labels(ids)})

    @app.get("/api/sites", summary="Protected sites, with their number of alerts")
    def sites() -> Response:
        found = register.sites()
        return _json({"total": len(found), "sites": found})

    @app.get("/api/alerts", summary="Incidents near each protected site, nearest first")
    def alerts(since: SinceQ = None,
               site: Annotated[str | None, Query(description="A site's name or id.")] = None) -> Response:
        from newsevents.store.sites import UnknownSite

        try:
            found = register.alerts(params.day(since, "since"), site)
        except UnknownSite as exc:
            raise ApiError(404, str(exc).replace("`newsevents sites list`", "/api/sites"), "site") from None
        return _json({"total": len(found), "alerts": found})

    @app.get("/api/documents/{doc_id}", summary="A document's text with every span found in it")
    def document(doc_id: str) -> Response:
        doc = register.document(doc_id)
        if doc is None:
            raise ApiError(404, f"no document with id {doc_id!r}")
        return _json(detail.document_detail(register, doc))

    @app.get("/api/stats", summary="Counts per type, status, stance, country, language; the date range")
    def stats() -> Response:
        counts = register.stats()
        counts["types"] = {name: {"acled": info.get("acled"), "plover": info.get("plover"),
                                  "family": info.get("family"), "violent": bool(info.get("violent"))}
                           for name, info in params.event_types().items()}
        counts["ingest"] = ingest.enabled
        return _json(counts)

    @app.post("/api/documents", status_code=201, summary="Ingest one article (needs --allow-ingest and "
                                                         "the token)")
    async def post_document(request: Request,
                            reprocess: Annotated[bool, Query(description="Re-extract a stored text.")]
                            = False) -> JSONResponse:
        ingest.authorise(request.headers.get("authorization"))
        body = await _read_body(request)
        result, status = await _run_in_thread(ingest.run, body, reprocess)
        return JSONResponse(result, status_code=status)

    return app


def _json(body: Any, status: int = 200) -> Response:
    """A JSON response serialised once by the json module. Why not FastAPI's default: it walks
    the records through a response model and jsonable_encoder first, which cost 10-40 ms per page
    of 50 incidents (bench/web_api.py); these records are already plain JSON types."""
    return Response(json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8"),
                    status_code=status, media_type="application/json")


async def _read_body(request: Request) -> Any:
    """The posted JSON object, refused early when it is too large or not JSON."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "application/json":
        raise ApiError(415, "post the article as JSON (Content-Type: application/json), the shape "
                            'of one .jsonl line: {"text", "id", "url", "title", "published", "language"}')
    limit = settings.max_document_bytes() * LINE_FACTOR
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise ApiError(413, f"{int(declared):,} bytes is over the {limit:,}-byte limit for one article")
    raw = bytearray()
    async for chunk in request.stream():
        raw += chunk
        if len(raw) > limit:
            raise ApiError(413, f"the body is over the {limit:,}-byte limit for one article")
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ApiError(400, f"the body is not valid UTF-8 JSON ({exc})") from None


async def _run_in_thread(func: Any, *args: Any) -> Any:
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(func, *args)


class _Ingest:
    """The write side: off without a token; one article at a time through the CLI's library."""

    FIELDS = ("id", "url", "title", "published", "language", "text")

    def __init__(self, store: Store, token: str | None, pipeline: Any = None,
                 on_write: Callable[[], None] | None = None) -> None:
        self.store = store
        self.on_write = on_write  # the caller sees its document at once, not after a background rebuild
        self.token = token
        self.enabled = bool(token)
        self._pipeline: Any = pipeline
        self._lock = threading.Lock()

    def authorise(self, header: str | None) -> None:
        if not self.token:
            raise ApiError(403, "this server is read-only; start it with `newsevents serve "
                                "--allow-ingest` to accept documents")
        scheme, _, given = (header or "").partition(" ")
        if scheme.lower() != "bearer" or not given.strip():
            raise ApiError(401, "send the ingest token as `Authorization: Bearer TOKEN`",
                           headers={"WWW-Authenticate": "Bearer"})
        if not hmac.compare_digest(given.strip().encode(), self.token.encode()):
            raise ApiError(403, "wrong ingest token")

    def run(self, body: Any, reprocess: bool) -> tuple[dict[str, Any], int]:
        article = self._article(body)
        with self._lock:  # one spaCy pipeline, one writer
            if self._pipeline is None:
                from newsevents.pipeline import Pipeline

                self._pipeline = Pipeline()
            summary = ingest_articles([article], self.store, reprocess=reprocess, pipeline=self._pipeline)
        if summary.aborted:
            raise ApiError(503, summary.aborted)
        outcome = summary.outcomes[0]
        if outcome.status == "failed":
            raise ApiError(422, outcome.reason or "the document could not be processed")
        result = outcome.to_json()
        if outcome.status in ("new", "reprocessed") and self.on_write is not None:
            self.on_write()
        if outcome.document:
            result["links"] = {"document": f"/api/documents/{outcome.document}",
                               "events": [e["id"] for e in self.store.stored_events(outcome.document)]}
        return result, 201 if outcome.status in ("new", "reprocessed") else 200

    def _article(self, body: Any) -> Any:
        """An Article from the posted object, by the JSONL reader's rules and messages."""
        if not isinstance(body, dict):
            raise ApiError(400, f"expected a JSON object, got {type(body).__name__}")
        unknown = sorted(set(body) - set(self.FIELDS))
        if unknown:
            raise ApiError(400, f"unknown field(s) {', '.join(unknown)}; an article has "
                                f"{', '.join(self.FIELDS)}", unknown[0])
        text = body.get("text")
        if not isinstance(text, str):
            raise ApiError(400, "required, a string" if text is None else
                           f"must be a string, got {type(text).__name__}", "text")
        for key in ("url", "title", "language", "published"):
            if body.get(key) is not None and not isinstance(body[key], str):
                raise ApiError(400, f"must be a string, got {type(body[key]).__name__}", key)
        given_id = body.get("id")
        if given_id is not None and (not isinstance(given_id, str | int) or isinstance(given_id, bool)):
            raise ApiError(400, f"must be a string or an integer, got {type(given_id).__name__}", "id")
        doc_id = str(given_id).strip() if given_id is not None and str(given_id).strip() else None
        where = f"{INGEST_WHERE}#{doc_id}" if doc_id else INGEST_WHERE
        try:
            return make_article(text, where, id=doc_id, url=body.get("url"), title=body.get("title"),
                                language=body.get("language") or None,
                                published=given_published(body.get("published"), "given in the input", where))
        except NewsEventsError as exc:
            reason = ReadFailure(where, exc).reason
            raise ApiError(413 if isinstance(exc, DocumentTooLarge) else 422, reason) from None
