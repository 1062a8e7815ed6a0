"""The pages of `telisik serve`: search, article, versions and diff, as archived, sites, counts over time.

Safety rules every page follows (scraped text is hostile):
- templates autoescape; control characters and terminal escapes are dropped from every printed string;
  scraped text is shown in isolated bidi runs (an RTL override cannot flip the page around it);
- a scraped URL becomes a link only when it is http(s); the lead image is a link, never loaded;
- the app's pages forbid scripts entirely (CSP `default-src 'none'`) and may not be framed;
- a stored capture is served only from its own route, with `Content-Security-Policy: sandbox` and
  `default-src 'none'` (no script, form, plugin or request to anywhere), shown in an `<iframe sandbox>`;
- the database is opened read-only; bad ids and parameters give a 4xx page, never a traceback.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup, escape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response, StreamingResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from telisik import archive, textdiff
from telisik.archive.watch import removed_since_of
from telisik.cleantext import strip_control_chars
from telisik.records import write_records
from telisik.web import charts

HERE = Path(__file__).parent
PER_PAGE = 20
MAX_PAGE = 500
EXPORT_LIMIT = 10_000
MARK_START, MARK_END = "\ue000", "\ue001"  # snippet highlight markers: private-use characters

APP_CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; frame-src 'self'; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
# A capture may draw itself with its inline styles and data: images, and nothing else: no script, no form
# submission, no plugin, no request to the original site or anywhere (not even this server).
CAPTURE_CSP = (
    "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; "
    "form-action 'none'; base-uri 'none'; frame-ancestors 'self'"
)
COMMON_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-DNS-Prefetch-Control": "off",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}
ZONE_NAMES = {7 * 3600: "WIB", 8 * 3600: "WITA", 9 * 3600: "WIT"}


# ---------------------------------------------------------------------------------------------- parameters


class BadRequest(HTTPException):
    def __init__(self, detail: str):
        super().__init__(400, detail)


def _text(params: Mapping[str, str], name: str, limit: int = 300) -> str | None:
    value = (params.get(name) or "").strip()
    if len(value) > limit:
        raise BadRequest(f"{name} is longer than {limit} characters")
    return value or None


def _date(params: Mapping[str, str], name: str) -> date | None:
    value = _text(params, name, 10)
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadRequest(f"{name} must be a date in YYYY-MM-DD form") from None


def _int(params: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    value = params.get(name)
    if value in (None, ""):
        return default
    if not value.isdigit() or not low <= int(value) <= high:
        raise BadRequest(f"{name} must be a whole number from {low} to {high}")
    return int(value)


def _choice(params: Mapping[str, str], name: str, choices: Iterable[str], default: str) -> str:
    value = params.get(name) or default
    choices = tuple(choices)
    if value not in choices:
        raise BadRequest(f"{name} must be one of: {', '.join(c for c in choices if c)}")
    return value


@dataclass
class Filters:
    """The search page's parameters, validated; `query_string` rebuilds a link with some of them changed."""

    q: str | None = None
    site: str | None = None
    author: str | None = None
    since: date | None = None
    until: date | None = None
    removed: str = ""  # "" (all), "only", "hide"
    sort: str = "newest"
    exact: bool = False
    page: int = 1

    @classmethod
    def parse(cls, params: Mapping[str, str]) -> Filters:
        q = _text(params, "q", 500)
        sorts = ("relevance", "newest", "oldest") if q else ("newest", "oldest")
        return cls(
            q=q,
            site=_text(params, "site"),
            author=_text(params, "author"),
            since=_date(params, "since"),
            until=_date(params, "until"),
            removed=_choice(params, "removed", ("", "only", "hide"), ""),
            sort=_choice(params, "sort", sorts, "relevance" if q else "newest"),
            exact=params.get("exact") == "1",
            page=_int(params, "page", 1, 1, MAX_PAGE),
        )

    def as_params(self, **changes: Any) -> dict[str, str]:
        values = {f.name: getattr(self, f.name) for f in fields(self)} | changes
        out = {}
        default_sort = "relevance" if values["q"] else "newest"
        for key, value in values.items():
            if value in (None, "", False) or (key == "page" and value == 1):
                continue
            if key == "sort" and value == default_sort:
                continue
            out[key] = "1" if value is True else str(value)
        return out

    def query_string(self, **changes: Any) -> str:
        return urlencode(self.as_params(**changes))

    @property
    def removed_flag(self) -> bool | None:
        return {"only": True, "hide": False}.get(self.removed)

    def search_kwargs(self) -> dict[str, Any]:
        return {"site": self.site, "author": self.author, "since": self.since, "until": self.until}


# ------------------------------------------------------------------------------------------- text helpers


def clean(value: Any) -> Any:
    """Every printed string loses control characters and terminal escapes (Jinja's finalize)."""
    if isinstance(value, Markup) or not isinstance(value, str):
        return value
    return strip_control_chars(value)


def http_url(value: Any) -> str | None:
    """The URL when it is an absolute http(s) URL, else None: `javascript:`, `data:` and the rest never
    become links."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(ord(c) < 33 or c in "<>\"'`\\" for c in text):
        return None
    return text


_MARKED = re.compile(f"{MARK_START}([^{MARK_START}{MARK_END}]*){MARK_END}")


def snippet_html(snippet: str | None) -> Markup:
    """A search snippet, escaped, with the matched words in <mark>."""
    escaped = str(escape(strip_control_chars(snippet or "")))
    marked = _MARKED.sub(r"<mark>\1</mark>", escaped)
    return Markup(marked.replace(MARK_START, "").replace(MARK_END, ""))


def when(value: Any) -> str:
    """A date as people read it: `2026-02-05 10:12 WIB (UTC+07:00)`; a date-only value stays a date."""
    if value in (None, ""):
        return ""
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
    else:
        parsed = value
    if not isinstance(parsed, datetime):
        return str(value)
    text = parsed.strftime("%Y-%m-%d %H:%M")
    offset = parsed.utcoffset()
    if offset is None:
        return text
    seconds = int(offset.total_seconds())
    sign = "+" if seconds >= 0 else "-"
    hours, minutes = divmod(abs(seconds) // 60, 60)
    zone = f"UTC{sign}{hours:02d}:{minutes:02d}"
    name = ZONE_NAMES.get(seconds) or ("UTC" if seconds == 0 else None)
    return f"{text} {name} ({zone})" if name and name != "UTC" else f"{text} {zone}"


def kilobytes(value: int | None) -> str:
    return f"{(value or 0) / 1024:,.1f} KB"


# --------------------------------------------------------------------------------------------------- app


class Memo:
    """Whole-archive counts (the sites page, counts over time) kept while `archive.fingerprint` is
    unchanged and for at most `max_age` seconds: they scan every article (hundreds of milliseconds at 100k
    articles) and the archive changes only when a crawl or fetch adds something."""

    def __init__(self, size: int = 128, max_age: float = 600.0):
        self.size, self.max_age = size, max_age
        self.entries: dict[Any, tuple[Any, float, Any]] = {}
        self.lock = threading.Lock()

    def get(self, key: Any, fingerprint: Any, compute: Callable[[], Any]) -> Any:
        import time

        now = time.monotonic()
        with self.lock:
            hit = self.entries.get(key)
        if hit is not None and hit[0] == fingerprint and now - hit[1] < self.max_age:
            return hit[2]
        value = compute()
        with self.lock:
            self.entries.pop(key, None)
            self.entries[key] = (fingerprint, now, value)
            while len(self.entries) > self.size:
                self.entries.pop(next(iter(self.entries)))
        return value


class Readers:
    """One read-only connection per worker thread, opened on first use and kept: the worker threads are the
    pool (on PostgreSQL one session each, however many requests). A PostgreSQL session the server ended (a
    restart) is opened again by the next request of its thread."""

    def __init__(self, path: str):
        self.path = path
        self.local = threading.local()

    def get(self):
        conn = getattr(self.local, "conn", None)
        if conn is None or getattr(conn, "closed", False):
            conn = archive.open_reader(self.path, any_thread=True)
            self.local.conn = conn
        return conn


def make_environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=True,
        finalize=clean,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(http_url=http_url, snippet=snippet_html, when=when, kb=kilobytes)
    return env


def create_app(db_path: str) -> Starlette:
    """The web app over the archive at `db_path` (which must exist: `telisik serve` checks first)."""
    archive.open_reader(db_path).close()
    pages = Pages(Readers(db_path), make_environment())
    routes = [
        Route("/", pages.search),
        Route("/export.{fmt:str}", pages.export),
        Route("/article/{article_id:int}", pages.article),
        Route("/article/{article_id:int}/diff", pages.diff),
        Route("/article/{article_id:int}/v/{version:int}/archived", pages.archived),
        Route("/article/{article_id:int}/v/{version:int}/page/{page:int}/capture", pages.capture),
        Route("/article/{article_id:int}/v/{version:int}/page/{page:int}/source", pages.source),
        Route("/article/{article_id:int}/v/{version:int}/page/{page:int}/raw", pages.raw),
        Route("/sites", pages.sites),
        Route("/stats", pages.stats),
        Mount("/static", app=StaticFiles(directory=HERE / "static"), name="static"),
    ]
    app = Starlette(
        routes=routes,
        exception_handlers={HTTPException: pages.http_error, Exception: pages.server_error},  # type: ignore[dict-item]  # Starlette types handlers as taking any Exception
    )
    app.add_middleware(SecurityHeaders)
    return app


class SecurityHeaders:
    """Adds the app CSP and the common headers to every response that does not set its own CSP."""

    def __init__(self, app: Callable) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {name.lower() for name, _ in headers}
                if b"content-security-policy" not in names:
                    headers.append((b"content-security-policy", APP_CSP.encode()))
                for name, value in COMMON_HEADERS.items():
                    if name.lower().encode() not in names:
                        headers.append((name.lower().encode(), value.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class Pages:
    """The request handlers. Synchronous: Starlette runs them on worker threads, each with its own reader."""

    def __init__(self, readers: Readers, env: Environment):
        self.readers = readers
        self.env = env
        self.memo = Memo()

    def render(self, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        html = self.env.get_template(name).render(**context)
        return HTMLResponse(html, status_code=status)

    # ------------------------------------------------------------------------------------------ errors

    async def http_error(self, request: Request, exc: HTTPException) -> Response:
        titles = {400: "Bad request", 404: "Not found", 405: "Method not allowed"}
        detail = exc.detail if exc.status_code == 400 or exc.detail != "Not Found" else None
        return self.render(
            "error.html",
            status=exc.status_code,
            title=titles.get(exc.status_code, "Error"),
            detail=detail or "There is no such page in this archive.",
        )

    async def server_error(self, request: Request, exc: Exception) -> Response:
        return self.render(
            "error.html",
            status=500,
            title="Something went wrong",
            detail="The server could not show this page.",
        )

    # ------------------------------------------------------------------------------------------ search

    def search(self, request: Request) -> Response:
        filters = Filters.parse(request.query_params)
        conn = self.readers.get()
        offset = (filters.page - 1) * PER_PAGE
        results, total = self._results(conn, filters, limit=PER_PAGE, offset=offset)
        removed = removed_since_of(conn, [r["id"] for r in results])
        for row in results:
            row["removed_since"] = row.get("removed_since") or removed.get(row["id"])
        pages = max(1, -(-total // PER_PAGE))
        return self.render(
            "search.html",
            filters=filters,
            results=results,
            total=total,
            pages=min(pages, MAX_PAGE),
            offset=offset,
            sites=archive.site_names(conn),
        )

    def _results(
        self, conn, filters: Filters, *, limit: int, offset: int
    ) -> tuple[list[dict[str, Any]], int]:
        """A page of results and the total: search hits for a query, else the newest articles."""
        if not filters.q:
            kwargs = {**filters.search_kwargs(), "removed": filters.removed_flag}
            rows = archive.list_articles(conn, sort=filters.sort, limit=limit, offset=offset, **kwargs)
            for row in rows:
                row["snippet"], row["match"] = "", None
            return rows, archive.count_listed(conn, **kwargs)
        options = {**filters.search_kwargs(), "stemmed": not filters.exact, "removed": filters.removed_flag}
        try:
            hits = archive.search(
                conn,
                filters.q,
                limit=limit,
                offset=offset,
                sort=filters.sort,
                highlight=(MARK_START, MARK_END),
                **options,
            )
            total = archive.count_hits(conn, filters.q, **options)
        except archive.QueryError as exc:
            raise BadRequest(exc.reason) from None
        return [hit.to_dict() for hit in hits], total

    def export(self, request: Request) -> Response:
        fmt = request.path_params["fmt"]
        if fmt not in ("csv", "jsonl"):
            raise HTTPException(404)
        filters = Filters.parse(request.query_params)
        rows, _ = self._results(self.readers.get(), filters, limit=EXPORT_LIMIT, offset=0)
        columns = ["id", "url", "title", "site", "authors", "published", "version", "match", "snippet"]
        records = [{c: _export_value(c, row.get(c)) for c in columns} for row in rows]
        body = _as_text(records, columns, fmt)
        media = "text/csv; charset=utf-8" if fmt == "csv" else "application/x-ndjson; charset=utf-8"
        return StreamingResponse(
            iter([body]),
            media_type=media,
            headers={"Content-Disposition": f'attachment; filename="telisik-results.{fmt}"'},
        )

    # ----------------------------------------------------------------------------------------- article

    def _article_or_404(self, conn, article_id: int):
        article = archive.get_article(conn, article_id, with_capture=False)
        if article is None:
            raise HTTPException(404, f"No article {article_id} in this archive.")
        return article

    def article(self, request: Request) -> Response:
        conn = self.readers.get()
        article_id = request.path_params["article_id"]
        article = self._article_or_404(conn, article_id)
        row = archive.get_article_row(conn, article_id) or {}
        versions = archive.list_versions(conn, article_id)
        return self.render(
            "article.html",
            article=article,
            row=row,
            paragraphs=textdiff.split_paragraphs(article.body),
            versions=list(reversed(versions)),
            removed_since=row.get("removed_since"),
        )

    # -------------------------------------------------------------------------------------------- diff

    def diff(self, request: Request) -> Response:
        conn = self.readers.get()
        article_id = request.path_params["article_id"]
        article = self._article_or_404(conn, article_id)
        versions = {v.version: v for v in archive.list_versions(conn, article_id)}
        params = request.query_params
        current = max(versions) if versions else 1
        new_n = _int(params, "to", current, 1, 1_000_000)
        old_n = _int(params, "from", max(new_n - 1, 1), 1, 1_000_000)
        view = _choice(params, "view", ("inline", "side"), "inline")
        show = _choice(params, "show", ("changes", "all"), "changes")
        for n in (old_n, new_n):
            if n not in versions:
                raise HTTPException(404, f"Article {article_id} has no version {n}.")
        old = archive.get_version(conn, article_id, old_n, with_capture=False)
        new = archive.get_version(conn, article_id, new_n, with_capture=False)
        if old is None or new is None:  # deleted between the two reads
            raise HTTPException(404, f"No article {article_id} in this archive.")
        # "whole text": enough context that nothing is folded (the context is a range, so not a huge number)
        longest = max(len(textdiff.split_paragraphs(old.body)), len(textdiff.split_paragraphs(new.body)))
        context = textdiff.CONTEXT_PARAGRAPHS if show == "changes" else longest
        title = textdiff.diff_words(old.title or "", new.title or "")
        body = textdiff.diff_paragraphs(old.body or "", new.body or "", context=context)
        blocks = _diff_blocks(title, body)
        return self.render(
            "diff.html",
            article=article,
            versions=sorted(versions.values(), key=lambda v: v.version),
            old=old,
            new=new,
            old_n=old_n,
            new_n=new_n,
            view=view,
            show=show,
            blocks=blocks,
            changes=sum(1 for b in blocks if b["change"]),
            metadata=_metadata_changes(old, new),
        )

    # -------------------------------------------------------------------------------------- as archived

    def _capture_or_404(self, conn, request: Request):
        article_id, version, page = (request.path_params[k] for k in ("article_id", "version", "page"))
        self._article_or_404(conn, article_id)
        captures = archive.get_captures(conn, article_id, version)
        if not 1 <= page <= len(captures):
            raise HTTPException(404, f"Article {article_id} has no stored page {page} of version {version}.")
        return captures, captures[page - 1]

    def archived(self, request: Request) -> Response:
        conn = self.readers.get()
        article_id, version = request.path_params["article_id"], request.path_params["version"]
        article = self._article_or_404(conn, article_id)
        captures = archive.get_captures(conn, article_id, version)
        if not captures:
            raise HTTPException(404, f"No stored page for version {version} of article {article_id}.")
        page = _int(request.query_params, "page", 1, 1, len(captures))
        return self.render(
            "archived.html",
            article=article,
            version=version,
            captures=captures,
            page=page,
            capture=captures[page - 1],
            headers=sorted((captures[page - 1].headers or {}).items()),
        )

    def capture(self, request: Request) -> Response:
        _, capture = self._capture_or_404(self.readers.get(), request)
        charset = _charset(capture.encoding)
        return Response(
            capture.content,
            media_type=f"text/html; charset={charset}",
            headers={"Content-Security-Policy": CAPTURE_CSP, "Cache-Control": "private, max-age=300"},
        )

    def source(self, request: Request) -> Response:
        conn = self.readers.get()
        captures, capture = self._capture_or_404(conn, request)
        text = capture.content.decode(_charset(capture.encoding), errors="replace")
        return self.render(
            "source.html",
            article=self._article_or_404(conn, request.path_params["article_id"]),
            version=request.path_params["version"],
            page=request.path_params["page"],
            capture=capture,
            lines=text.splitlines(),
        )

    def raw(self, request: Request) -> Response:
        _, capture = self._capture_or_404(self.readers.get(), request)
        p = request.path_params
        name = f"article-{p['article_id']}-v{p['version']}-p{p['page']}.html"
        return Response(
            capture.content,
            media_type="application/octet-stream",
            headers={
                "Content-Disposition": f'attachment; filename="{name}"',
                "Content-Security-Policy": CAPTURE_CSP,
            },
        )

    # ------------------------------------------------------------------------------------ sites, stats

    def sites(self, request: Request) -> Response:
        conn = self.readers.get()
        days = _int(request.query_params, "days", 90, 7, 3660)
        version = archive.fingerprint(conn)
        counts = self.memo.get("site_counts", version, lambda: archive.site_counts(conn))
        columns, rows = archive.site_summaries(conn, counts)
        start, series = self.memo.get(("daily", days), version, lambda: archive.daily_counts(conn, days=days))
        for row in rows:
            row["spark"] = charts.sparkline(series.get(row["site"], [0] * days), label=str(row["site"]))
        totals = [sum(day) for day in zip(*series.values(), strict=True)] if series else []
        return self.render(
            "sites.html",
            columns=[c for c in columns if c != "site"],
            rows=rows,
            days=days,
            chart=charts.bar_chart(
                [(start + timedelta(days=i)).isoformat() for i in range(len(totals))],
                totals,
                title=f"Articles per day, {days} days up to the latest",
            )
            if totals
            else None,
        )

    def stats(self, request: Request) -> Response:
        params = request.query_params
        conn = self.readers.get()
        q = _text(params, "q", 500)
        site = _text(params, "site")
        by = _choice(params, "by", archive.PERIODS, "month")
        since, until = _date(params, "since"), _date(params, "until")
        exact = params.get("exact") == "1"
        version = archive.fingerprint(conn)
        try:
            rows = self.memo.get(
                ("periods", by, q, site, since, until, exact),
                version,
                lambda: archive.fill_periods(
                    archive.counts_by_period(
                        conn, by=by, query=q, site=site, since=since, until=until, stemmed=not exact
                    ),
                    by,
                ),
            )
            top = self.memo.get(
                ("top", q, since, until, exact),
                version,
                lambda: archive.counts_by_site(
                    conn, query=q, since=since, until=until, limit=15, stemmed=not exact
                ),
            )
        except archive.QueryError as exc:
            raise BadRequest(exc.reason) from None
        labels = [r["period"] for r in rows]
        key = "matches" if q else "articles"
        chart = charts.bar_chart(labels, [r[key] for r in rows], title=f"{key} per {by}") if rows else None
        share = (
            charts.bar_chart(
                labels,
                [r["share"] * 100 for r in rows],
                title="share of all articles, %",
                value_format="{:.1f}%",
                color=charts.ACCENT,
                height=160,
            )
            if q and rows
            else None
        )
        return self.render(
            "stats.html",
            q=q,
            site=site,
            by=by,
            since=since,
            until=until,
            exact=exact,
            rows=rows,
            top=top,
            chart=chart,
            share=share,
            sites=archive.site_names(conn),
        )


# ----------------------------------------------------------------------------------------- page helpers


def _charset(encoding: str | None) -> str:
    """The stored charset name when it is safe in a header and known to Python, else utf-8. Spelled as
    stored (what the page or server declared), which browsers know better than Python's own names."""
    import codecs

    if encoding and re.fullmatch(r"[A-Za-z0-9._-]{1,40}", encoding):
        try:
            codecs.lookup(encoding)
            return encoding
        except LookupError:
            pass
    return "utf-8"


def _diff_blocks(title: list[textdiff.Segment], body: list[textdiff.ParagraphChange]) -> list[dict[str, Any]]:
    """The diff as blocks for the template: the title, then body paragraphs; changed ones numbered, so
    that each can link to the previous and next change."""
    blocks: list[dict[str, Any]] = []
    title_changed = textdiff.has_changes(title)
    blocks.append(
        {
            "kind": "replace" if title_changed else "equal",
            "segments": title,
            "is_title": True,
            "change": title_changed,
        }
    )
    for change in body:
        blocks.append(
            {
                "kind": change.kind,
                "segments": list(change.segments),
                "folded": change.folded,
                "is_title": False,
                "change": change.kind not in ("equal", "folded"),
            }
        )
    number = 0
    for block in blocks:
        if block["change"]:
            number += 1
            block["number"] = number
    return blocks


def _metadata_changes(old, new) -> list[tuple[str, str, str]]:
    """(field, before, after) for the metadata that changed between two versions."""
    out = []
    for name in ("authors", "editor", "published", "modified", "section", "tags", "description", "image"):
        before, after = getattr(old, name), getattr(new, name)
        if (before or None) != (after or None):
            out.append((name, _brief(before), _brief(after)))
    return out


def _brief(value: Any) -> str:
    if value in (None, "", []):
        return "—"
    if isinstance(value, list):
        return ", ".join(map(str, value))
    if isinstance(value, datetime):
        return when(value)
    return str(value)


def _export_value(column: str, value: Any) -> Any:
    if column == "snippet" and isinstance(value, str):
        return value.replace(MARK_START, "[").replace(MARK_END, "]")
    return value


def _as_text(records: list[dict[str, Any]], columns: list[str], fmt: str) -> str:
    """The records as `telisik export` writes them (csv or jsonl): CSV cells a spreadsheet would run as a
    formula (`=HYPERLINK(…)` in a scraped title) get a leading apostrophe. An empty CSV still has its header."""
    import io

    out = io.StringIO()
    if not write_records(records, out, fmt, columns) and fmt == "csv":
        out.write(",".join(columns) + "\r\n")
    return out.getvalue()
