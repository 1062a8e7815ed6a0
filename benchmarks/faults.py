"""Issue #5 fault benchmark: every hostile-server scenario at full scale, one table.

    python3 benchmarks/faults.py              # all scenarios (about two minutes)
    python3 benchmarks/faults.py --only bomb  # scenarios whose name contains "bomb"
    python3 benchmarks/faults.py --markdown   # the table as Markdown

A misbehaving server (tests/test_faults_server.py, raw sockets on 127.0.0.1) runs in this process; each
scenario runs in a fresh child process so that its peak memory (ru_maxrss) is its own. Bodies are
streamed from generators: the 1 GB body is never built in memory, on either side.

Columns: outcome (what the fetch returned or the FetchError reason), time taken, peak RSS of the child
and how much of it the scenario added over the child's baseline (Python + httpx + bs4 imported), and
data lost: after every scenario the child fetches a good article with the same client and checks it
byte for byte ("none" = the run continues and nothing that was served intact was lost or altered; a
successful capture is also compared byte for byte with what the server sent).

Default limits are used (20 MB, 60 s total, 10 s connect, 20 s read) except where a scenario shows how
the options scale a timeout down, so that the run does not take minutes of waiting per stall.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import resource
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))  # the loopback fault server lives with the tests

from test_faults_server import (  # noqa: E402
    ARTICLE_HTML,
    CP1252_HTML,
    FaultServer,
    Request,
    close_mid_body,
    closed_port,
    compressed_payload,
    flaky,
    gzip_bomb,
    http_date,
    page,
    redirect,
    reset_mid_body,
    respond,
    retry_after,
    stall_after_headers,
    streamed,
    trickle_body,
    trickle_headers,
    truncated_gzip,
)

MB = 1024 * 1024
GB = 1024 * MB
BLOCK = b"<p>" + b"a" * (64 * 1024 - 7) + b"</p>"  # 64 KB of markup


def gigabyte_body():
    yield b"<html><body>"
    for _ in range(GB // len(BLOCK)):
        yield BLOCK


def single_line(size: int):
    """A page of about `size` bytes with no newline anywhere."""

    def chunks():
        yield b"<html><head><title>Satu baris</title></head><body><article><h1>Satu baris</h1><p>"
        word = b"kata " * 13107  # 64 KB
        for _ in range(size // len(word) - 1):
            yield word
        yield b"</p></article></body></html>"

    return chunks


def nested_100k() -> bytes:
    depth = 100_000
    return (
        b"<html><head><title>Bersarang</title></head><body>" + b"<div>" * depth
        + b"<p>Teks di dasar sarang yang sangat dalam.</p>" + b"</div>" * depth + b"</body></html>"
    )


def endless_chain(conn, request: Request) -> None:
    n = int(request.path.rsplit("/", 1)[1])
    respond(conn, 302, "Found", b"", [("Location", f"/chain/{n + 1}")])


@dataclass
class Scenario:
    name: str
    path: str  # on the fault server; absolute URLs for refused/DNS scenarios
    mode: str = "fetch"  # fetch | async | retries | extract
    limits: dict = field(default_factory=dict)  # FetchLimits overrides
    expect_body: bytes | None = None  # a successful fetch must return exactly this


def build_server() -> FaultServer:
    server = FaultServer()
    bomb = gzip_bomb(1 * GB)
    server.routes.update(
        {
            "/ok": page(),
            "/404": page("<html><body>tidak ada</body></html>", status=404, reason="Not Found"),
            "/500": page("<html><body>error</body></html>", status=500, reason="Internal Server Error"),
            "/r1": redirect("/r2"), "/r2": redirect("/r3"), "/r3": redirect("/ok"),
            "/loop-a": redirect("/loop-b"), "/loop-b": redirect("/loop-a"),
            "/to-10": redirect("http://10.0.0.5/admin"),
            "/to-ftp": redirect("ftp://127.0.0.1/file"),
            "/pdf": page(b"%PDF-1.7\n" + bytes(range(256)) * 64, "application/pdf"),
            "/cp1252": page(CP1252_HTML, "text/html"),
            "/empty": page(b""),
            "/stall": stall_after_headers(server),
            "/trickle": trickle_body(server, 1.0, total_bytes=10_000),
            "/trickle-headers": trickle_headers(server, 1.0),
            "/reset": reset_mid_body(),
            "/cut": close_mid_body(),
            "/truncated-gzip": truncated_gzip(),
            "/429": retry_after(429, "Too Many Requests", "2"),
            "/503-date": retry_after(503, "Service Unavailable", lambda: http_date(2)),
            "/storm": retry_after(503, "Service Unavailable", "0"),
            "/1gb": streamed(gigabyte_body),
            "/1gb-declared": streamed(gigabyte_body, content_length=GB + 12),
            "/bomb": compressed_payload(bomb),
            "/single-line": streamed(single_line(50 * MB)),
            "/single-line-19mb": streamed(single_line(19 * MB)),
            "/nested": page(nested_100k()),
            "/binary": page(os.urandom(256 * 1024), "text/html"),
            "/scripts-only": page("<html><head><script>document.write('x')</script></head></html>"),
            "/no-body": page("<html><head><title>Hanya judul</title></head></html>"),
        }
    )
    server.routes["/flaky"] = flaky(server, "/flaky", failures=2)
    server.routes.update({f"/chain/{n}": endless_chain for n in range(50)})
    return server


SCENARIOS = [
    Scenario("200 HTML article", "/ok", expect_body=ARTICLE_HTML.encode()),
    Scenario("404", "/404"),
    Scenario("500", "/500"),
    Scenario("redirect chain (3 hops)", "/r1", expect_body=ARTICLE_HTML.encode()),
    Scenario("redirect loop", "/loop-a"),
    Scenario("over-long redirect chain", "/chain/0"),
    Scenario("redirect to 10.0.0.5", "/to-10"),
    Scenario("redirect to ftp://", "/to-ftp"),
    Scenario("connect refused", "REFUSED"),
    Scenario("DNS failure (.invalid)", "http://berita.telisik.invalid/"),
    Scenario("headers then stall (read 5 s)", "/stall", limits={"read_timeout": 5}),
    Scenario("trickle 1 B/s body (total 10 s)", "/trickle", limits={"total_timeout": 10}),
    Scenario("trickle 1 B/s headers (total 10 s)", "/trickle-headers", limits={"total_timeout": 10}),
    Scenario("trickle 1 B/s, async client", "/trickle", mode="async", limits={"total_timeout": 10}),
    Scenario("reset mid-body", "/reset"),
    Scenario("closed mid-body", "/cut"),
    Scenario("truncated gzip", "/truncated-gzip"),
    Scenario("429 Retry-After: 2, 3 attempts", "/429", mode="retries"),
    Scenario("503 Retry-After: HTTP-date, 3 attempts", "/503-date", mode="retries"),
    Scenario("5xx storm, 4 attempts", "/storm", mode="retries"),
    Scenario("503 twice then 200, 3 attempts", "/flaky", mode="retries", expect_body=ARTICLE_HTML.encode()),
    Scenario("1 GB body, no Content-Length", "/1gb"),
    Scenario("1 GB body, Content-Length declared", "/1gb-declared"),
    Scenario("gzip bomb (1 MB -> 1 GB)", "/bomb"),
    Scenario("50 MB single line (default cap)", "/single-line"),
    Scenario("50 MB single line, cap 64 MB, extracted", "/single-line", mode="extract",
             limits={"max_bytes": 64 * MB}),
    Scenario("19 MB single line (under default cap), extracted", "/single-line-19mb", mode="extract"),
    Scenario("100k nested tags, extracted", "/nested", mode="extract"),
    Scenario("windows-1252 in <meta> only", "/cp1252", expect_body=CP1252_HTML),
    Scenario("binary served as text/html", "/binary"),
    Scenario("PDF", "/pdf"),
    Scenario("empty 200", "/empty"),
    Scenario("HTML without a body, extracted", "/no-body", mode="extract"),
    Scenario("scripts only, extracted", "/scripts-only", mode="extract"),
]


# ----------------------------------------------------------------------------------------------- the child


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


def run_child(scenario: Scenario, url: str, ok_url: str, ok_sha: str) -> dict:
    import bs4  # noqa: F401  (baseline includes what extraction loads)

    from telisik.fetch import (
        FetchError,
        FetchLimits,
        fetch_page,
        fetch_page_async,
        fetch_with_retries,
        make_client,
    )

    limits = FetchLimits(**scenario.limits)
    client = make_client(limits)
    baseline = _maxrss_mb()
    started = time.monotonic()
    outcome, lost = "", "none"
    try:
        if scenario.mode == "async":
            capture = asyncio.run(_fetch_async(fetch_page_async, url, limits))
        elif scenario.mode == "retries":
            attempts = 4 if "storm" in scenario.name else 3
            tries: list[float] = []
            capture = fetch_with_retries(url, client=client, limits=limits, attempts=attempts,
                                         on_retry=lambda error, delay: tries.append(delay))
            outcome = f"after {len(tries)} retries: "
        else:
            capture = fetch_page(url, client=client, limits=limits)
        outcome += f"HTTP {capture.status}, {len(capture.content):,} bytes, {capture.encoding}"
        if scenario.expect_body is not None and capture.content != scenario.expect_body:
            lost = "CONTENT ALTERED"
        if scenario.mode == "extract":
            from telisik.extract import extract_article

            t0 = time.monotonic()
            article = extract_article(capture.content, url=capture.final_url, content_type=capture.content_type)
            verdict = "article" if article.is_article else "not an article"
            outcome += f"; extract: {verdict}, body {len(article.body):,} chars in {time.monotonic() - t0:.1f} s"
    except FetchError as error:
        outcome += f"refused: {error.reason}" + (" (retryable)" if error.retryable else "")
    except Exception as error:  # a crash is a finding, reported in the table
        outcome += f"CRASH {type(error).__name__}: {error}"
        lost = "crash"
    elapsed = time.monotonic() - started
    peak = _maxrss_mb()
    try:  # the run continues: the same client still fetches a good page intact
        after = fetch_page(ok_url, client=client)
        if hashlib.sha256(after.content).hexdigest() != ok_sha:
            lost = "NEXT PAGE ALTERED"
    except Exception as error:
        lost = f"NEXT PAGE FAILED: {error}"
    return {"outcome": outcome, "seconds": elapsed, "peak_mb": peak, "added_mb": peak - baseline, "lost": lost}


async def _fetch_async(fetch_page_async, url, limits):
    from telisik.fetch import make_async_client

    async with make_async_client(limits) as client:
        return await fetch_page_async(url, client=client, limits=limits)


# ---------------------------------------------------------------------------------------------- the parent


def scenario_url(server: FaultServer, scenario: Scenario) -> str:
    if scenario.path == "REFUSED":
        return f"http://127.0.0.1:{closed_port()}/"
    return scenario.path if "://" in scenario.path else server.url(scenario.path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", help="run scenarios whose name contains this text")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        spec = json.loads(args.child)
        scenario = next(s for s in SCENARIOS if s.name == spec["name"])
        print(json.dumps(run_child(scenario, spec["url"], spec["ok_url"], spec["ok_sha"])))
        return 0

    chosen = [s for s in SCENARIOS if not args.only or args.only.lower() in s.name.lower()]
    rows = []
    with build_server() as server:
        ok_sha = hashlib.sha256(ARTICLE_HTML.encode()).hexdigest()
        for scenario in chosen:
            spec = {"name": scenario.name, "url": scenario_url(server, scenario), "ok_url": server.url("/ok"),
                    "ok_sha": ok_sha}
            proc = subprocess.run([sys.executable, __file__, "--child", json.dumps(spec)], capture_output=True,
                                  text=True, timeout=600, cwd=REPO)
            if proc.returncode != 0:
                result = {"outcome": f"CHILD FAILED: {proc.stderr.strip().splitlines()[-1:]}", "seconds": 0,
                          "peak_mb": 0, "added_mb": 0, "lost": "?"}
            else:
                result = json.loads(proc.stdout.strip().splitlines()[-1])
            rows.append((scenario.name, result))
            print(f"{scenario.name:44} {result['seconds']:7.2f} s  {result['outcome']}", file=sys.stderr)
    print_table(rows, markdown=args.markdown)
    return 0 if all(r["lost"] == "none" for _, r in rows) else 1


def print_table(rows: list[tuple[str, dict]], *, markdown: bool) -> None:
    header = ("scenario", "outcome", "time", "peak RSS", "added", "data lost")
    lines = [
        (name, r["outcome"], f"{r['seconds']:.2f} s", f"{r['peak_mb']:.0f} MB", f"{r['added_mb']:+.0f} MB", r["lost"])
        for name, r in rows
    ]
    if markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for line in lines:
            print("| " + " | ".join(cell.replace("|", "\\|") for cell in line) + " |")
        return
    widths = [max(len(str(x)) for x in column) for column in zip(header, *lines, strict=False)]
    for line in (header, *lines):
        print("  ".join(str(cell).ljust(width) for cell, width in zip(line, widths, strict=False)).rstrip())


if __name__ == "__main__":
    sys.exit(main())
