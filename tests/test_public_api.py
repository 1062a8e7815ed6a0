"""The library surface: what `import telisik` offers, and that it stays light to import."""

from __future__ import annotations

import subprocess
import sys

import telisik
from telisik.cli import COMMANDS, main


def test_exported_names_are_pinned():
    assert sorted(telisik.__all__) == ["Article", "Capture", "__version__", "extract_article"]
    for name in telisik.__all__:
        assert getattr(telisik, name) is not None


def test_extract_article_is_pure_and_returns_the_dataclass():
    html = (
        "<html lang='id'><head><title>Jalan Baru Dibuka - Kabar Contoh</title></head><body><article><h1>Jalan Baru Dibuka</h1>"
        + "<p>Pemerintah kabupaten membuka jalan baru yang menghubungkan dua kecamatan di wilayah selatan.</p>"
        * 4
        + "</article></body></html>"
    )
    article = telisik.extract_article(html.encode("utf-8"), url="https://contoh.example/berita/jalan-baru")
    assert isinstance(article, telisik.Article)
    assert article.title == "Jalan Baru Dibuka"
    assert "jalan baru yang menghubungkan" in article.body
    assert article.capture is None


def _modules_loaded_by(*args: str) -> set[str]:
    code = (
        "import sys; from telisik.cli import main\n"
        f"try:\n    main({list(args)!r})\nexcept SystemExit:\n    pass\n"
        "print('\\n'.join(sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60).stdout
    return set(out.split())


def test_help_imports_no_heavy_module():
    loaded = _modules_loaded_by("--help")
    assert not loaded & {"httpx", "bs4", "lxml", "sqlite_utils", "warcio"}


def test_every_command_is_listed_and_loads():
    for name in COMMANDS:
        command = main.get_command(None, name)
        assert command is not None, name
        assert command.help, name


def test_every_command_help_shows_an_example():
    from click.testing import CliRunner

    for name in ["--help", *COMMANDS]:
        args = [name] if name == "--help" else [name, "--help"]
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, name
        assert "Example" in result.output, name
