"""`telisik serve`: a read-only web app over the archive (Starlette + Jinja2, served by uvicorn).

Pages are rendered on the server and work with JavaScript off; every asset is in this package (no CDN), so
the app works offline. `create_app(path)` builds the app; `telisik.cli.serve_cmd` runs it.
"""

from telisik.web.app import create_app

__all__ = ["create_app"]
