#!/usr/bin/env python3
"""A private PostgreSQL cluster in a folder, for tests, CI and benchmarks (never the hall's server).

PostgreSQL refuses to run as root, so when run as root the folder is owned by the ``postgres``
user (Debian's package creates it) and every server command runs through ``runuser``. Debian's
binaries are found under ``/usr/lib/postgresql/<version>/bin``.

Usage::

    scripts/pg_cluster.py start DIR PORT     # initdb (first time) + start; prints the URL
    scripts/pg_cluster.py stop DIR
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path


def bin_dir() -> Path:
    """The PostgreSQL server binaries (newest Debian version, else whatever ``pg_ctl`` is on PATH)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(p.split("/")[4]))
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("pg_ctl")
    if on_path:
        return Path(on_path).parent
    raise RuntimeError("PostgreSQL server binaries not found: run scripts/install.sh --test (apt package postgresql)")


class PgCluster:
    """One PostgreSQL server on 127.0.0.1:``port`` with its data in ``datadir`` (trust authentication)."""

    def __init__(self, datadir: Path | str, port: int) -> None:
        self.datadir = Path(datadir)
        self.port = port
        self.bin = bin_dir()
        self._as_root = os.geteuid() == 0

    def _run(self, *cmd: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        full = [str(self.bin / cmd[0]), *cmd[1:]]
        if self._as_root:
            full = ["runuser", "-u", "postgres", "--", *full]
        return subprocess.run(full, check=check, capture_output=True, text=True, timeout=120)

    def url(self, dbname: str = "postgres") -> str:
        """A libpq URL for a database of this cluster."""
        user = "postgres" if self._as_root else pwd.getpwuid(os.geteuid()).pw_name
        return f"postgresql://{user}@127.0.0.1:{self.port}/{dbname}"

    def init(self) -> None:
        """``initdb`` the folder if it is empty."""
        if (self.datadir / "PG_VERSION").exists():
            return
        self.datadir.mkdir(parents=True, exist_ok=True)
        if self._as_root:
            shutil.chown(self.datadir, "postgres", "postgres")
            parent = self.datadir.parent
            os.chmod(parent, os.stat(parent).st_mode | 0o011)  # the postgres user must reach the folder
        self._run("initdb", "-D", str(self.datadir), "-A", "trust", "-E", "UTF8", "--no-sync", "-U",
                  "postgres" if self._as_root else pwd.getpwuid(os.geteuid()).pw_name)

    def start(self) -> None:
        """Start the server and wait until it accepts connections."""
        options = f"-p {self.port} -k {self.datadir} -h 127.0.0.1 -c fsync=on -c max_connections=200"
        self._run("pg_ctl", "-D", str(self.datadir), "-o", options, "-l", str(self.datadir / "server.log"),
                  "-w", "-t", "60", "start")

    def stop(self, mode: str = "fast") -> None:
        """Stop the server (``fast``: disconnect clients; ``immediate``: like a crash)."""
        self._run("pg_ctl", "-D", str(self.datadir), "-m", mode, "-w", "-t", "60", "stop", check=False)

    def restart(self) -> None:
        """Stop and start again."""
        self.stop()
        self.start()

    def kill9(self) -> None:
        """SIGKILL the postmaster (a crash); ``start`` recovers."""
        pid_file = self.datadir / "postmaster.pid"
        pid = int(pid_file.read_text().split()[0])
        os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.05)

    def running(self) -> bool:
        """Whether ``pg_ctl status`` says the server runs."""
        return self._run("pg_ctl", "-D", str(self.datadir), "status", check=False).returncode == 0

    def create_database(self, name: str) -> str:
        """``CREATE DATABASE name`` (dropped first if it exists); returns its URL."""
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def main(argv: list[str]) -> int:
    """Command line: start DIR PORT | stop DIR."""
    if len(argv) >= 3 and argv[0] == "start":
        cluster = PgCluster(argv[1], int(argv[2]))
        cluster.init()
        cluster.start()
        print(cluster.url())
        return 0
    if len(argv) >= 2 and argv[0] == "stop":
        PgCluster(argv[1], 0).stop()
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
