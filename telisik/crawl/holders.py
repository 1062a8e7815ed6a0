"""Who holds a crawl lease, and whether that process still runs: a crawl rerun takes back at once what its own
machine's dead crawl processes held (a SIGKILL, an OOM kill), instead of waiting for their leases to expire.

A lease's holder (`crawl_leases.holder`, `host_conns.holder`) names the process that took it:
`host:pid start=<ticks> boot=<boot id> pidns=<namespace>`. `host:pid` is for people reading the table; the rest
makes the name one process's only: its start time in clock ticks after boot (field 22 of /proc/<pid>/stat, so a
pid the kernel has given to another process since does not pass for it), the kernel's boot id (a pid of an
earlier boot is another process) and the pid namespace (two containers on one kernel may both have pid 7).

`is_gone` is True only when the holder ran on this machine — same host name, same boot, same pid namespace,
so the pid means the same process here — and that process is provably not running: no /proc entry, a
different start time (the pid was reused), or a zombie. Anything else (another host, a holder named by an
older telisik, no /proc on this system, a process that exists but is stopped) is not known to be gone, and its
lease keeps the expiry rule. Linux's /proc only, no dependency; elsewhere nothing is ever reclaimed early.
"""

from __future__ import annotations

import os
import re
import socket
from dataclasses import dataclass
from functools import lru_cache

PROC = "/proc"
BOOT_ID = "/proc/sys/kernel/random/boot_id"
_HOLDER = re.compile(
    r"^(?P<host>[^\s:]+):(?P<pid>\d+) start=(?P<start>\d+) boot=(?P<boot>[0-9a-f-]+) pidns=(?P<ns>\d+)(?:\s|$)"
)
_NAMESPACE = re.compile(r"\[(\d+)\]")


@dataclass(frozen=True)
class ProcessId:
    """One process, named so that no other process, now or later, on this machine or another, has its name."""

    host: str
    pid: int
    start: int
    boot: str
    pidns: str

    def text(self) -> str:
        return f"{self.host}:{self.pid} start={self.start} boot={self.boot} pidns={self.pidns}"

    def same_machine(self, other: ProcessId) -> bool:
        """The two pids are numbers of one process table: same host, same boot, same pid namespace."""
        return (self.host, self.boot, self.pidns) == (other.host, other.boot, other.pidns)


def parse_holder(text: str | None) -> ProcessId | None:
    """The process a holder names (anything after it, a keeper's suffix, is ignored); None for a holder
    that does not name one this way (written by an older telisik)."""
    found = _HOLDER.match(text or "")
    if found is None:
        return None
    return ProcessId(found["host"], int(found["pid"]), int(found["start"]), found["boot"], found["ns"])


def _read(path: str) -> str | None:
    try:
        with open(path, encoding="ascii", errors="replace") as handle:
            return handle.read()
    except OSError:
        return None


@dataclass(frozen=True)
class ProcState:
    start: int
    state: str  # R, S, D, T, Z, X, …


def proc_state(pid: int) -> ProcState | None:
    """The start time and state of `pid` from /proc/<pid>/stat; None when there is no such process. The
    command name (field 2) may hold spaces and parentheses: the fields are counted after its last `)`."""
    text = _read(f"{PROC}/{pid}/stat")
    if text is None or ")" not in text:
        return None
    fields = text.rsplit(")", 1)[1].split()
    try:
        return ProcState(start=int(fields[19]), state=fields[0])  # fields 22 and 3 of proc(5)
    except (IndexError, ValueError):
        return None


def _pid_namespace(pid: int | str) -> str | None:
    try:
        link = os.readlink(f"{PROC}/{pid}/ns/pid")
    except OSError:
        return None
    found = _NAMESPACE.search(link)
    return found.group(1) if found else None


@lru_cache(maxsize=4)
def _this_process(pid: int) -> ProcessId | None:
    boot = (_read(BOOT_ID) or "").strip()
    own = proc_state(pid)
    namespace = _pid_namespace("self")
    if not boot or own is None or namespace is None:
        return None
    return ProcessId(socket.gethostname(), pid, own.start, boot, namespace)


def this_process() -> ProcessId | None:
    """This process's name; None where /proc cannot name it (then its leases only expire)."""
    return _this_process(os.getpid())  # keyed by pid: a forked child is another process


def holder_name() -> str:
    """The holder this process writes into the lease tables."""
    me = this_process()
    return me.text() if me is not None else f"{socket.gethostname()}:{os.getpid()}"


def is_gone(holder: ProcessId, me: ProcessId | None) -> bool:
    """Whether `holder` is surely not running: on this machine (as `me` sees it) and absent, replaced or a
    zombie. False whenever that cannot be known (see the module docstring)."""
    if me is None or not holder.same_machine(me):
        return False
    if holder.pid == me.pid and holder.start == me.start:
        return False
    found = proc_state(holder.pid)
    return found is None or found.start != holder.start or found.state in ("Z", "X")
