"""Cache headers a CDN can act on.

The database is served immutable, so a page changes only when a new version
of the publication is deployed. Datasette already marks anonymous pages
`Cache-Control: max-age=<default_cache_ttl>` and varies them on Cookie and
Authorization (and datasette-gzip adds Accept-Encoding). This plugin:

- makes that explicit for shared caches (`public`), and lets a CDN keep
  answering from its copy while it fetches a fresh one
  (`stale-while-revalidate`), or while the app is unreachable (`stale-if-error`);
- adds an ETag that names the deployed version (the database files, the
  metadata, templates, plugins and versions), so that a cache whose copy has
  expired revalidates with `If-None-Match` and gets `304 Not Modified`
  without the page being computed again.

Responses Datasette marks private (a visitor with a cookie or a login), or
not cacheable, are left as they are, and get no ETag.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from datasette import hookimpl
from datasette.version import __version__ as datasette_version

STALE_WHILE_REVALIDATE = 3600
STALE_IF_ERROR = 86400


def deployment_fingerprint(datasette) -> str | None:
    """A short hash of everything a page depends on, or None when a database
    may change while the server runs (then no page can be called unchanged)."""
    digest = hashlib.sha256()
    digest.update(f"datasette {datasette_version}\n{datasette.version_note}\n".encode())
    for name, database in sorted(datasette.databases.items()):
        if database.is_memory:
            continue
        if database.is_mutable:
            return None
        inspected = (datasette.inspect_data or {}).get(name) or {}
        if inspected.get("hash"):
            digest.update(f"{name} {inspected['hash']}\n".encode())
        else:
            stat = os.stat(database.path)
            digest.update(f"{name} {stat.st_size} {stat.st_mtime_ns}\n".encode())
    digest.update(json.dumps(datasette.metadata(), sort_keys=True, default=str).encode())
    for directory in (datasette.plugins_dir, datasette.template_dir):
        if directory:
            for path in sorted(Path(directory).rglob("*")):
                if path.is_file() and "__pycache__" not in path.parts:
                    digest.update(str(path.relative_to(directory)).encode() + path.read_bytes())
    return digest.hexdigest()[:20]


def header(headers, name: bytes) -> bytes | None:
    for key, value in headers:
        if key.lower() == name:
            return value
    return None


@hookimpl
def asgi_wrapper(datasette):
    fingerprint = []  # computed on the first request, once per worker

    def wrap(app):
        async def cache_headers(scope, receive, send):
            if scope["type"] != "http" or scope.get("method") not in ("GET", "HEAD"):
                await app(scope, receive, send)
                return
            if not fingerprint:
                fingerprint.append(deployment_fingerprint(datasette))
            if fingerprint[0] is None:
                await app(scope, receive, send)
                return
            etag = f'W/"{fingerprint[0]}"'.encode()
            request_headers = scope.get("headers") or []
            anonymous = not any(
                key.lower() in (b"cookie", b"authorization") for key, _ in request_headers
            )
            if_none_match = header(request_headers, b"if-none-match") or b""
            if anonymous and etag in [tag.strip() for tag in if_none_match.split(b",")]:
                await send(
                    {
                        "type": "http.response.start",
                        "status": 304,
                        "headers": [
                            (b"etag", etag),
                            (b"cache-control", cache_control(datasette)),
                            (b"vary", b"Cookie, Authorization, Accept-Encoding"),
                        ],
                    }
                )
                await send({"type": "http.response.body", "body": b""})
                return

            async def send_with_headers(message):
                if message["type"] == "http.response.start" and message["status"] == 200:
                    headers = list(message.get("headers") or [])
                    value = header(headers, b"cache-control") or b""
                    if value.startswith(b"max-age=") and value[8:].isdigit() and int(value[8:]):
                        headers = [(k, v) for k, v in headers if k.lower() != b"cache-control"]
                        headers += [
                            (b"cache-control", cache_control(datasette, int(value[8:]))),
                            (b"etag", etag),
                        ]
                        message = dict(message, headers=headers)
                await send(message)

            await app(scope, receive, send_with_headers)

        return cache_headers

    return wrap


def cache_control(datasette, max_age: int | None = None) -> bytes:
    if max_age is None:
        max_age = datasette.setting("default_cache_ttl")
    return (
        f"public, max-age={max_age}, stale-while-revalidate={STALE_WHILE_REVALIDATE}, "
        f"stale-if-error={STALE_IF_ERROR}"
    ).encode()
