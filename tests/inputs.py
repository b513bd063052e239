"""Writers of the input files the WARC, feed and engine tests read: the tests make their own.

Import as ``from inputs import ...`` (pytest puts tests/ on sys.path, as for helpers).
"""

from __future__ import annotations

import html
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

# short reports written for these tests, French and English, each with a date, a place, a party
REPORTS = [
    ("fr", "Une frappe de drone a visé un dépôt de carburant près de la ville dans la nuit de lundi, a "
           "déclaré le gouverneur de la région, qui fait état de deux blessés parmi les employés."),
    ("fr", "Le ministère des Affaires étrangères a convoqué l'ambassadeur mardi et lui a remis une note "
           "de protestation après le bombardement d'un hôpital, selon un communiqué officiel."),
    ("en", "Officials said an artillery shell hit a crowded market on Sunday, killing three people and "
           "injuring eleven others. The army denied any involvement in the attack."),
    ("en", "At least five civilians were killed when a glide bomb struck the port overnight, the regional "
           "governor said on Tuesday, condemning what he called a deliberate attack."),
    ("fr", "Un missile de croisière a détruit un pont ferroviaire lundi matin au nord de la capitale, a "
           "affirmé l'état-major, tandis que le porte-parole adverse a démenti toute frappe."),
]


def page(text: str, language: str, title: str = "Dernières nouvelles", date: str | None = None) -> bytes:
    """An article page around ``text``: navigation, a headline, paragraphs, a footer."""
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    paragraphs = "".join(f"<p>{html.escape(s.strip())}.</p>" for s in text.split(". ") if s.strip())
    return (f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8"><title>{title}</title>'
            f"{meta}</head><body><nav><a href='/'>Accueil</a> <a href='/monde'>Monde</a></nav>"
            f"<article><h1>{html.escape(title)}</h1>{paragraphs}</article>"
            "<footer>Tous droits réservés</footer></body></html>").encode()


@dataclass
class Record:
    """One WARC record to write: a response (HTTP headers + payload), or another kind."""

    uri: str
    payload: bytes
    kind: str = "response"
    content_type: str = "text/html; charset=utf-8"
    status: str = "200 OK"
    date: str | None = "2024-03-05T08:00:00Z"


def write_warc(path: Path, records: Iterable[Record], gzip: bool = True, warcinfo: bool = True) -> Path:
    """A WARC file (gzipped record by record when ``gzip``) written with warcio, as crawlers do."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        if warcinfo:
            writer.write_record(writer.create_warcinfo_record(path.name, {"software": "newsevents tests"}))
        for r in records:
            headers = {"WARC-Date": r.date} if r.date else None
            if r.kind == "response":
                http = StatusAndHeaders(r.status, [("Content-Type", r.content_type)], protocol="HTTP/1.1")
                record = writer.create_warc_record(r.uri, "response", payload=io.BytesIO(r.payload),
                                                   http_headers=http, warc_headers_dict=headers)
            else:
                record = writer.create_warc_record(r.uri, r.kind, payload=io.BytesIO(r.payload),
                                                   warc_content_type=r.content_type,
                                                   warc_headers_dict=headers)
            writer.write_record(record)
    return path


def report_records(reports: list[tuple[str, str]] = REPORTS,
                   base: str = "https://news.example.org") -> list[Record]:
    """A request and a response per report, as a crawl stores them."""
    out: list[Record] = []
    for i, (language, text) in enumerate(reports):
        uri = f"{base}/{language}/article-{i}"
        out.append(Record(uri, f"GET /{language}/article-{i} HTTP/1.1\r\nHost: x\r\n\r\n".encode(),
                          kind="request", content_type="application/http; msgtype=request"))
        out.append(Record(uri, page(text, language, title=f"Article {i}")))
    return out


def rss(items: list[dict[str, str]], language: str | None = "fr") -> bytes:
    """An RSS 2.0 feed; each item may have title, link, pubDate, description, content (HTML)."""
    parts = []
    for item in items:
        fields = "".join(f"<{k}>{html.escape(item[k])}</{k}>" for k in ("title", "link", "pubDate", "guid")
                         if k in item)
        if "description" in item:
            fields += f"<description>{html.escape(item['description'])}</description>"
        if "content" in item:
            fields += f"<content:encoded><![CDATA[{item['content']}]]></content:encoded>"
        parts.append(f"<item>{fields}</item>")
    lang = f"<language>{language}</language>" if language else ""
    return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Actualités</title>'
            f"<link>https://news.example.org/</link><description>test</description>{lang}"
            f"{''.join(parts)}</channel></rss>").encode()


def atom(entries: list[dict[str, str]], language: str | None = "en") -> bytes:
    """An Atom 1.0 feed; each entry may have title, link, updated, published, summary, content."""
    parts = []
    for e in entries:
        fields = "".join(f"<{k}>{html.escape(e[k])}</{k}>" for k in ("title", "id", "updated", "published")
                         if k in e)
        if "link" in e:
            fields += f'<link rel="alternate" href="{html.escape(e["link"])}"/>'
        if "summary" in e:
            fields += f'<summary type="text">{html.escape(e["summary"])}</summary>'
        if "content" in e:
            fields += f'<content type="html">{html.escape(e["content"])}</content>'
        parts.append(f"<entry>{fields}</entry>")
    lang = f' xml:lang="{language}"' if language else ""
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"{lang}>'
            "<title>News</title><id>urn:test</id><updated>2024-03-05T08:00:00Z</updated>"
            f"{''.join(parts)}</feed>").encode()
