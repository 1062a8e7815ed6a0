"""Site rules: a small declarative TOML format for the rare site the generic extractor gets wrong.

A rules file describes one site with top-level keys, or several sites as `[[site]]` tables:

    # rules/telisikfakta.toml
    [[site]]
    hosts = ["blora.telisikfakta.com", "*.telisikfakta.com"]   # or: host = "example.com"
    title = "h1.post-title"                 # CSS selectors (soupsieve syntax), all optional
    body = "div.post-content"               # the article body container(s), in document order
    byline = ".post-author"
    date = "time.published"
    strip = [".inline-promo", "div.gallery-caption"]     # blocks removed before extraction
    strip_text = ['^Simak berita lainnya', '\\(\\w+/\\w+\\)$']  # regexes: matching paragraphs are dropped
    single_page = "{url}?page=all"          # one-page view: {url} (without query/fragment), {path}, {host},
                                            # {scheme}, {query}
    timezone = "WITA"                       # WIB/WITA/WIT, an offset like "+08:00", or an IANA name

Hosts are matched case-insensitively; `www.` is optional; `*.example.com` covers every subdomain (and
`example.com` itself). A file with an unknown key, a bad selector, a bad regex, a template without a `{...}`
placeholder or an unknown timezone is refused with a one-line `SiteRulesError` naming the file and the key.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta, timezone, tzinfo
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

__all__ = ["SiteRules", "SiteRulesError", "load_site_rules", "parse_site_rules", "rule_elements", "rules_for"]

_SELECTOR_KEYS = {
    "title": "title_selector",
    "body": "body_selector",
    "byline": "byline_selector",
    "date": "date_selector",
}
_SITE_KEYS = {"host", "hosts", *_SELECTOR_KEYS, "strip", "strip_text", "single_page", "timezone"}
_NAMED_ZONES = {"WIB": 7, "WITA": 8, "WIT": 9, "UTC": 0, "GMT": 0, "Z": 0}
_OFFSET = re.compile(r"^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$", re.I)
_PLACEHOLDERS = {"url", "path", "host", "scheme", "query"}
_HOST = re.compile(r"^(?:\*\.)?[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$")


class SiteRulesError(ValueError):
    """A rules file that cannot be used; the message is one line naming the file and the problem."""


@dataclass(frozen=True)
class SiteRules:
    """Extraction overrides for one site (see the module docstring for the file format)."""

    hosts: tuple[str, ...]
    title_selector: str | None = None
    body_selector: str | None = None
    byline_selector: str | None = None
    date_selector: str | None = None
    strip_selectors: tuple[str, ...] = ()
    strip_patterns: tuple[re.Pattern[str], ...] = ()
    single_page_template: str | None = None
    default_timezone: tzinfo | None = None
    source: str = ""

    def single_page_url_for(self, url: str) -> str | None:
        """The one-page view URL of the article at `url`, from `single_page_template`."""
        if not self.single_page_template:
            return None
        parts = urlsplit(url)
        values = {
            "url": f"{parts.scheme}://{parts.netloc}{parts.path}",
            "path": parts.path,
            "host": parts.netloc,
            "scheme": parts.scheme,
            "query": parts.query,
        }
        try:
            return self.single_page_template.format(**values)
        except (KeyError, IndexError, ValueError):
            return None


def load_site_rules(paths: Iterable[str | Path] | str | Path) -> dict[str, SiteRules]:
    """Rules keyed by host from TOML files (a directory contributes its `*.toml` files, sorted).

    Raises `SiteRulesError` (one line) for an unreadable or invalid file, or a host claimed twice.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    rules_by_host: dict[str, SiteRules] = {}
    for path in _expand(paths):
        for rules in _load_file(path):
            for host in rules.hosts:
                if host in rules_by_host:
                    raise SiteRulesError(
                        f"{path}: host {host!r} already has rules in {rules_by_host[host].source}"
                    )
                rules_by_host[host] = rules
    return rules_by_host


def rules_for(url: str | None, rules_by_host: dict[str, SiteRules] | None) -> SiteRules | None:
    """The rules that apply to `url`: exact host, then without `www.`, then `*.parent` wildcards."""
    if not url or not rules_by_host:
        return None
    try:
        host = (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    if not host:
        return None
    for candidate in (host, host.removeprefix("www."), f"www.{host}"):
        if candidate in rules_by_host:
            return rules_by_host[candidate]
    labels = host.split(".")
    for i in range(len(labels) - 1):
        wildcard = "*." + ".".join(labels[i:])
        if wildcard in rules_by_host:
            return rules_by_host[wildcard]
    return None


def parse_site_rules(text: str, source: str = "<rules>") -> list[SiteRules]:
    """The site rules in one TOML document (`source` names it in error messages)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SiteRulesError(f"{source}: not valid TOML: {exc}") from None
    if "site" in data:
        extra = set(data) - {"site"}
        if extra:
            raise SiteRulesError(f"{source}: top-level keys {sorted(extra)} next to [[site]] tables")
        sites = data["site"]
        if not isinstance(sites, list) or not all(isinstance(s, dict) for s in sites):
            raise SiteRulesError(f"{source}: 'site' must be an array of tables ([[site]])")
    else:
        sites = [data]
    return [
        _site(entry, f"{source} (site {i + 1})" if len(sites) > 1 else source)
        for i, entry in enumerate(sites)
    ]


def _expand(paths: Iterable[str | Path]) -> list[Path]:
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(path.glob("*.toml")))
        else:
            files.append(path)
    return files


def _load_file(path: Path) -> list[SiteRules]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc.__class__.__name__
        raise SiteRulesError(f"{path}: cannot read rules file: {reason}") from None
    return parse_site_rules(text, str(path))


def _site(entry: dict[str, Any], source: str) -> SiteRules:
    unknown = set(entry) - _SITE_KEYS
    if unknown:
        raise SiteRulesError(
            f"{source}: unknown key(s) {sorted(unknown)}; expected some of {sorted(_SITE_KEYS)}"
        )
    hosts = _hosts(entry, source)
    selectors = {field: _selector(entry.get(key), key, source) for key, field in _SELECTOR_KEYS.items()}
    strip = tuple(
        _selector(s, "strip", source) or "" for s in _string_list(entry.get("strip", []), "strip", source)
    )
    patterns = tuple(
        _pattern(p, source) for p in _string_list(entry.get("strip_text", []), "strip_text", source)
    )
    return SiteRules(
        hosts=hosts,
        strip_selectors=strip,
        strip_patterns=patterns,
        single_page_template=_template(entry.get("single_page"), source),
        default_timezone=_timezone(entry.get("timezone"), source),
        source=source,
        **selectors,
    )


def _hosts(entry: dict[str, Any], source: str) -> tuple[str, ...]:
    raw: list[Any] = []
    if "host" in entry:
        raw.append(entry["host"])
    if "hosts" in entry:
        raw.extend(_string_list(entry["hosts"], "hosts", source))
    if not raw:
        raise SiteRulesError(f"{source}: missing 'host' or 'hosts'")
    hosts = []
    for value in raw:
        if not isinstance(value, str) or not _HOST.match(value.strip().lower()):
            raise SiteRulesError(f"{source}: 'host' {value!r} is not a host name like 'www.example.com'")
        hosts.append(value.strip().lower())
    return tuple(dict.fromkeys(hosts))


def _string_list(value: Any, key: str, source: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SiteRulesError(f"{source}: '{key}' must be a string or a list of strings")
    return value


def _selector(value: Any, key: str, source: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise SiteRulesError(f"{source}: '{key}' must be a non-empty CSS selector string")
    import soupsieve

    try:
        soupsieve.compile(value)
    except Exception as exc:  # noqa: BLE001 - soupsieve raises several error types
        reason = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
        raise SiteRulesError(f"{source}: '{key}' is not a valid CSS selector ({value!r}): {reason}") from None
    return value


def _pattern(value: str, source: str) -> re.Pattern[str]:
    try:
        return re.compile(value)
    except re.error as exc:
        raise SiteRulesError(
            f"{source}: 'strip_text' pattern {value!r} is not a valid regex: {exc}"
        ) from None


def _template(value: Any, source: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise SiteRulesError(f"{source}: 'single_page' must be a string like '{{url}}?page=all'")
    names = set(re.findall(r"{(\w*)}", value))
    if not names or not names <= _PLACEHOLDERS:
        raise SiteRulesError(
            f"{source}: 'single_page' {value!r} needs placeholders among {sorted('{' + n + '}' for n in _PLACEHOLDERS)}"
        )
    return value


def _timezone(value: Any, source: str) -> tzinfo | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise SiteRulesError(
            f"{source}: 'timezone' must be a string such as 'WIB', '+08:00' or 'Asia/Makassar'"
        )
    text = value.strip()
    if text.upper() in _NAMED_ZONES:
        hours = _NAMED_ZONES[text.upper()]
        return timezone(timedelta(hours=hours), text.upper() if hours else "UTC")
    match = _OFFSET.match(text)
    if match:
        sign, hours, minutes = match.group(1), int(match.group(2)), int(match.group(3) or 0)
        if hours <= 14 and minutes < 60:
            delta = timedelta(hours=hours, minutes=minutes)
            return timezone(-delta if sign == "-" else delta)
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(text)
    except Exception:  # noqa: BLE001 - ZoneInfoNotFoundError, ValueError for odd keys
        raise SiteRulesError(f"{source}: unknown 'timezone' {value!r}") from None


def rule_elements(root: Any, rules: Any, selector_attr: str) -> list[Any]:
    """The elements under `root` (a bs4 tree) matched by the rules' selector `selector_attr` (`title_selector`,
    `byline_selector` ...), in document order; [] when there are no rules, no such selector, or it fails."""
    selector = getattr(rules, selector_attr, None) if rules is not None else None
    if not selector or not isinstance(selector, str):
        return []
    try:
        return list(root.select(selector))
    except Exception:  # noqa: BLE001 - a bad selector in a rules file must not stop extraction
        return []
