"""A `--site` that matches nothing says so: a typo or a form the user did not expect must not read as "no
articles". Light: `telisik search` imports it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from telisik.cli.common import safe

if TYPE_CHECKING:
    from telisik.archive import Reader


def warn_if_unknown_site(db: Reader, site: str | None) -> None:
    """A warning on stderr when `site` names no site the archive knows (no article of it, no crawl site).
    Called when a command found nothing, so a filter that matched costs no extra query."""
    from telisik.archive.queries import site_known

    if site and not site_known(db, site):
        click.echo(
            f"telisik: warning: --site {safe(site)} matches no site in the archive "
            "(see: telisik sites list, or the site column of telisik search)",
            err=True,
        )
