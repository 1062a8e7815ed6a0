"""The package's shape holds: one --site vocabulary across commands, the archive as the only SQL layer (no
import cycles), the typed StoredArticle with `agencies` stored, and a light start-up for search and show."""

from __future__ import annotations

import ast
import json
import pathlib
import subprocess
import sys
from datetime import datetime, timezone

import pytest
from support.archive import is_postgres_url
from support.pages import PageSpec, render_page, run_cli, store_page

from telisik.archive import get_article, open_db, store_article
from telisik.article import Article, Capture, StoredArticle
from telisik.crawl.sites import add_site, get_site, list_sites
from telisik.urls import site_filter

pytestmark = pytest.mark.both_backends

PACKAGE = pathlib.Path(__file__).resolve().parent.parent / "telisik"
SITE = "blora.kabarlingkar.test"
SPELLINGS = [
    "https://Blora.kabarlingkar.test/",
    "BLORA.kabarlingkar.test",
    "blora.kabarlingkar.test.",
    "blora.kabarlingkar.test:443",
]


@pytest.fixture
def two_site_archive(db_path):
    db = open_db(db_path)
    for site, title in ((SITE, "Banjir Rendam Cepu"), ("pati.kabarlingkar.test", "Banjir Rendam Pati")):
        canonical = f"https://{site}/2026/02/05/banjir/"
        page = render_page(PageSpec(title=title, canonical=canonical))
        store_page(db, page, canonical, fetched_at=datetime(2026, 2, 8, tzinfo=timezone.utc))
    db.conn.close()
    return db_path


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_site_means_the_same_in_search_export_and_reparse(two_site_archive, spelling):
    searched = run_cli("search", "banjir", "--db", two_site_archive, "--site", spelling, "--format", "jsonl")
    assert searched.exit_code == 0, searched.stderr
    assert [json.loads(line)["site"] for line in searched.stdout.splitlines()] == [SITE]
    exported = run_cli("export", "--db", two_site_archive, "--site", spelling)
    assert [json.loads(line)["site"] for line in exported.stdout.splitlines()] == [SITE]
    reparsed = run_cli("reparse", "--db", two_site_archive, "--site", spelling, "--format", "json")
    assert reparsed.exit_code == 0, reparsed.stderr
    assert json.loads(reparsed.stdout.splitlines()[0])["reextracted"] == 1


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_site_means_the_same_for_the_crawl(db_path, spelling):
    db = open_db(db_path)
    add_site(db, f"https://{SITE}/")
    add_site(db, "https://pati.kabarlingkar.test/")
    found = get_site(db, spelling)
    assert found is not None and found.name == SITE
    removed = run_cli("sites", "remove", spelling, "--db", db_path)
    assert removed.exit_code == 0, removed.stderr
    assert [s.name for s in list_sites(open_db(db_path))] == ["pati.kabarlingkar.test"]


def test_site_filter_is_the_stored_site():
    assert {site_filter(s) for s in SPELLINGS} == {SITE}
    assert site_filter("https://Bücher.example/x") == "xn--bcher-kva.example"


def test_agencies_are_stored_and_read_back_as_a_stored_article(db_path):
    db = open_db(db_path)
    capture = Capture(
        url="https://contoh.example/berita/1",
        final_url="https://contoh.example/berita/1",
        status=200,
        headers={"content-type": "text/html"},
        content=b"<html><body><p>isi</p></body></html>",
        fetched_at=datetime(2026, 2, 8, tzinfo=timezone.utc),
    )
    article = Article(
        url=capture.url, title="Judul", body="Isi berita.", agencies=["Antara"], capture=capture
    )
    result = store_article(db, article)
    stored = get_article(db, result.article_id)
    assert isinstance(stored, StoredArticle)
    assert stored.agencies == ["Antara"]
    assert (stored.id, stored.version, stored.status) == (result.article_id, 1, 200)
    assert stored.content_hash and stored.final_url == capture.final_url
    assert "agencies" in stored.to_dict() and "content_hash" not in stored.to_dict()


def _imports(path: pathlib.Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_nothing_outside_the_archive_imports_sqlite():
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "archive" not in path.relative_to(PACKAGE).parts and _imports(path) & {"sqlite3", "sqlite_utils"}
    ]
    assert offenders == []


def _module_name(path: pathlib.Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_no_import_cycle_among_modules():
    """Module-level imports only (a function-level import is a deliberate, lazy edge)."""
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        edges: set[str] = set()
        for node in tree.body:
            if isinstance(node, ast.If):  # `if TYPE_CHECKING:` imports are not run
                continue
            if isinstance(node, ast.Import):
                edges.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                edges.add(node.module)
                edges.update(f"{node.module}.{a.name}" for a in node.names)
        graph[name] = {e for e in edges if e in modules and e != name}
    # a package's __init__ importing its own submodules is how packages work, not a cycle
    for name in graph:
        graph[name] = {e for e in graph[name] if not e.startswith(name + ".")}
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in graph[node]:
            if state.get(nxt) == 1:
                raise AssertionError("import cycle: " + " -> ".join(stack[stack.index(nxt) :] + [nxt]))
            if nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in graph:
        if node not in state:
            visit(node)


HEAVY = {"httpx", "bs4", "lxml", "sqlite_utils", "warcio", "numpy"}


@pytest.mark.parametrize("command", [["search", "banjir"], ["show", "1"], ["search", "--help"]])
def test_search_and_show_start_without_heavy_modules(two_site_archive, command):
    code = (
        "import sys; from telisik.cli import main\n"
        f"try:\n    main({command + ['--db', two_site_archive]!r})\nexcept SystemExit:\n    pass\n"
        "print('\\n'.join(sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60).stdout
    # the SQLite path never loads the PostgreSQL driver
    heavy = HEAVY if is_postgres_url(two_site_archive) else HEAVY | {"psycopg"}
    assert "telisik.cli" in out.split() and not set(out.split()) & heavy
