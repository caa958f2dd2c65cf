"""Save local HTML pages as Chromium saves them with "Save page as… Webpage, Single File" (MHTML).

Chromium (headless, over its DevTools pipe) opens each page from its file, with the network
blocked (nothing is fetched: a page's scripts run on what the file holds), and writes the snapshot
`Page.captureSnapshot` takes: the same MIME archive the browser's menu writes (`From: <Saved by
Blink>`, the page re-serialised as UTF-8, quoted-printable). Used to make `tests/data/mhtml/` and the
MHTML figures of `scripts/bench_clean.py --mhtml-folder DIR`.

    python scripts/save_mhtml.py tests/data/html/h15.html -o tests/data/mhtml/
    python scripts/save_mhtml.py tests/data/html/*.html -o /tmp/mhtml/
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

_LOAD_SECONDS = 60  # a page whose load event has not fired by then is skipped (a script that redirects it away)


class _Pipe:
    """Chromium's DevTools pipe: JSON messages, each ended by a NUL byte, written to its fd 3 and
    read from its fd 4."""

    def __init__(self, profile: str) -> None:
        to_chromium, self._write = os.pipe()
        self._read, from_chromium = os.pipe()

        def descriptors() -> None:
            os.dup2(to_chromium, 3)
            os.dup2(from_chromium, 4)

        command = ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe", f"--user-data-dir={profile}", "about:blank"]
        self.process = subprocess.Popen(command, pass_fds=(3, 4), preexec_fn=descriptors, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chromium)
        os.close(from_chromium)
        self._buffer = b""
        self._last = 0

    def send(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> int:
        self._last += 1
        message: dict[str, Any] = {"id": self._last, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._write, json.dumps(message).encode() + b"\0")
        return self._last

    def wait(self, wanted: Any, seconds: float = _LOAD_SECONDS) -> dict[str, Any]:
        """The first message `wanted` accepts (a callable), or the reply to the call numbered `wanted`."""
        accepts = wanted if callable(wanted) else (lambda message: message.get("id") == wanted)
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            while b"\0" in self._buffer:
                raw, self._buffer = self._buffer.split(b"\0", 1)
                message = json.loads(raw)
                if accepts(message):
                    return dict(message)
            chunk = os.read(self._read, 1 << 20)
            if not chunk:
                break
            self._buffer += chunk
        raise TimeoutError

    def call(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> dict[str, Any]:
        return self.wait(self.send(method, params, session)).get("result", {})


def save_mhtml(pipe: _Pipe, page: Path) -> str:
    """The MHTML snapshot of `page` (a local file) as Chromium saves it."""
    target = pipe.call("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = pipe.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    try:
        pipe.call("Page.enable", session=session)
        pipe.call("Network.enable", session=session)
        pipe.call("Network.setBlockedURLs", {"urls": ["http://*", "https://*"]}, session=session)
        pipe.send("Page.navigate", {"url": page.resolve().as_uri()}, session=session)
        pipe.wait(lambda message: message.get("method") == "Page.loadEventFired" and message.get("sessionId") == session)
        snapshot = str(pipe.call("Page.captureSnapshot", {"format": "mhtml"}, session=session)["data"])
    finally:
        pipe.send("Target.closeTarget", {"targetId": target})
    if f"Snapshot-Content-Location: {page.resolve().as_uri()}" not in snapshot[:4096]:
        raise LookupError("its script took it to another address")  # (blocked: Chromium's error page)
    return snapshot


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="+", type=Path)
    parser.add_argument("-o", "--output", type=Path, required=True, help="folder for PAGE.mhtml")
    args = parser.parse_args()
    if shutil.which("chromium") is None:
        sys.exit("save_mhtml: Chromium is not installed")
    args.output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        pipe = _Pipe(profile)
        try:
            for page in args.pages:
                try:
                    snapshot = save_mhtml(pipe, page)
                except TimeoutError:
                    print(f"{page}: not loaded in {_LOAD_SECONDS} s, skipped", file=sys.stderr)
                    continue
                except LookupError as error:
                    print(f"{page}: {error}, skipped", file=sys.stderr)
                    continue
                target = args.output / (page.stem + ".mhtml")
                target.write_text(snapshot, encoding="utf-8", newline="")
                print(target)
        finally:
            pipe.send("Browser.close")
            pipe.process.wait(timeout=30)


if __name__ == "__main__":
    main()
