"""The root of telisik's own errors.

Library code raises a `TelisikError` subclass whose `reason` is one line for the user; it never prints or
exits. The CLI turns these into click exceptions carrying the exit code (`telisik.cli.common`).
"""

from __future__ import annotations


class TelisikError(Exception):
    """A failure telisik explains in one line (`reason`); never a bug."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason

    exit_code = 1  # the process status the CLI exits with when this error ends a command


class ExtractionError(TelisikError):
    """The extractor crashed on a page (a bug, or a page it cannot read); the crash is `__cause__`. Whoever
    archives the page reports it as that URL's failure (`extraction error: ValueError: ...`), never a traceback."""

    @classmethod
    def wrapping(cls, cause: BaseException) -> ExtractionError:
        text = (str(cause).strip().splitlines() or [""])[0][:300]
        return cls(f"extraction error: {type(cause).__name__}" + (f": {text}" if text else ""))


# Process statuses, shared by the CLI and the crawl's summary (a cron job reads them).
EXIT_OK = 0
EXIT_FAILED = 1  # an error, or (crawl) a site that could not be crawled
EXIT_USAGE = 2  # bad arguments or options
EXIT_ALREADY_RUNNING = 3  # another crawl holds the archive's lock
EXIT_ATTENTION = 4  # (crawl) finished, but some sites need attention: failing, blocked or silent for N runs
EXIT_INTERRUPTED = 130  # SIGINT/SIGTERM: 128 + SIGINT, the shell's convention
