"""A redirected model download reaches nothing but the announced server, seen by strace.

The download runs in a child Python under ``strace -f`` against the loopback
model server, which answers with a redirect elsewhere: a name that needs a
DNS lookup, https or ftp on another host, another loopback address. Every
``connect`` and send of the child must go to the announced address and port:
no DNS query, no connection to the redirect's target. The last test runs
server and download in a network namespace with loopback alone (``unshare
--net``), so not even a regression can reach a real resolver.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from deskguard.analysis import models
from tests.conftest import REPO
from tests.model_server import Served
from tests.privacy.test_no_network import STRACE, _traced

pytestmark = pytest.mark.skipif(STRACE is None, reason="needs strace (scripts/test.sh installs it)")

_INET = re.compile(
    r"sa_family=AF_INET6?, sin6?_port=htons\((?P<port>\d+)\).*?"
    r"(?:sin_addr=inet_addr\(\"(?P<v4>[^\"]+)\"\)|inet_pton\(AF_INET6, \"(?P<v6>[^\"]+)\")"
)
_DOWNLOAD = """
import json, sys
from deskguard.analysis import models
spec = models.ModelSpec(*json.loads(sys.argv[1]))
try:
    models.download(spec, timeout_s=5, deadline_s=20)
    print("downloaded")
except models.ModelError as exc:
    print(exc)
"""


def _addresses(trace: str) -> list[tuple[str, int]]:
    """Every internet address the traced processes connected or sent to."""
    found = []
    for line in trace.splitlines():
        if any(f"{call}(" in line for call in ("connect", "sendto", "sendmsg", "sendmmsg")):
            for match in _INET.finditer(line):
                found.append((match["v4"] or match["v6"], int(match["port"])))
    return found


@pytest.mark.parametrize(
    "target",
    [
        "http://models.example.invalid/test/1/test_model.task",
        "https://mirror.example.com/test_model.task",
        "ftp://ftp.example.com/test_model.task",
        "http://127.0.0.2:{port}/test/1/test_model.task",
    ],
)
def test_a_redirect_elsewhere_is_never_reached(
    payload_server: Served, tmp_path: Path, target: str
) -> None:
    port = int(os.environ[models.ENV_BASE_URL].rsplit(":", 1)[1].strip("/"))
    payload_server.handler.redirects = [target.format(port=port)]
    spec = payload_server.spec
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env["PYTHONPATH"] = str(REPO)
    log = tmp_path / "trace"
    fields = [spec.key, spec.filename, spec.url_path, spec.sha256, spec.size_bytes]
    child = _traced(
        [sys.executable, "-c", _DOWNLOAD, json.dumps(fields)],
        log,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    out, _ = child.communicate(timeout=120)
    assert set(_addresses(log.read_text())) == {("127.0.0.1", port)}
    assert "refused: DeskGuard only downloads from http://127.0.0.1" in out, out
    assert payload_server.handler.requests == 1


UNSHARE = shutil.which("unshare")
_IN_NAMESPACE = """
import hashlib, http.server, os, random, sys, threading
from pathlib import Path
from deskguard.analysis import models
from tests.model_server import ModelServer
root, target = Path(sys.argv[1]), sys.argv[2]
data = random.Random(7).randbytes(64 * 1024)
(root / "test_model.task").write_bytes(data)
handler = type(
    "Handler",
    (ModelServer,),
    {"root": root, "mode": "good", "stop": threading.Event(), "redirects": []},
)
httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
threading.Thread(target=httpd.serve_forever, daemon=True).start()
port = httpd.server_address[1]
handler.redirects.append(target.format(port=port))
os.environ[models.ENV_BASE_URL] = f"http://127.0.0.1:{port}/"
digest = hashlib.sha256(data).hexdigest()
spec = models.ModelSpec("test", "test_model.task", "test/1/test_model.task", digest, len(data))
try:
    models.download(spec, timeout_s=5, deadline_s=20)
    print(port, "downloaded")
except models.ModelError as exc:
    print(port, exc)
"""


@pytest.mark.skipif(
    UNSHARE is None or not hasattr(os, "geteuid") or os.geteuid() != 0,
    reason="needs unshare and root for a network namespace",
)
@pytest.mark.parametrize(
    "target",
    ["https://mirror.example.com/test_model.task", "http://127.0.0.2:{port}/test_model.task"],
)
def test_in_a_network_namespace_only_the_announced_server_is_reached(
    tmp_path: Path, target: str
) -> None:
    # Server and download in a namespace of their own, with loopback alone: even a
    # regression could not reach a real resolver; strace still sees any attempt.
    assert STRACE is not None and UNSHARE is not None
    log = tmp_path / "trace"
    bucket = tmp_path / "bucket"
    bucket.mkdir()
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env["PYTHONPATH"] = str(REPO)
    done = subprocess.run(
        [
            UNSHARE,
            "--net",
            "sh",
            "-c",
            'ip link set lo up && exec "$@"',
            "sh",
            STRACE,
            "-f",
            "-qq",
            "-e",
            "trace=connect,sendto,sendmsg,sendmmsg",
            "-o",
            str(log),
            sys.executable,
            "-c",
            _IN_NAMESPACE,
            str(bucket),
            target,
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        cwd=REPO,
    )
    port_text, message = done.stdout.strip().split(" ", 1)
    assert set(_addresses(log.read_text())) == {("127.0.0.1", int(port_text))}
    assert "refused: DeskGuard only downloads from http://127.0.0.1" in message, message
