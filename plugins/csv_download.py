"""CSV links download a file.

Why: Datasette serves .csv as text/plain unless ?_dl=1 is added, so the "CSV"
link of every table and query opened as a wall of text in the browser instead
of a file a journalist can open in a spreadsheet. Every successful .csv
response is sent as text/csv with Content-Disposition: attachment and a file
name from the page (quotes.csv, figures_compared.csv). Programs reading the
CSV are unaffected: the body is the same.
"""

import re

from datasette import hookimpl

UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def download_headers(headers, path: str):
    name = UNSAFE.sub("_", path.rsplit("/", 1)[-1]) or "data.csv"
    kept = [
        (key, value)
        for key, value in headers
        if key.lower() not in (b"content-disposition", b"content-type")
    ]
    return kept + [
        (b"content-type", b"text/csv; charset=utf-8"),
        (b"content-disposition", f'attachment; filename="{name}"'.encode("ascii")),
    ]


@hookimpl
def asgi_wrapper():
    def wrap(app):
        async def csv_as_download(scope, receive, send):
            if scope.get("type") != "http" or not scope.get("path", "").endswith(".csv"):
                await app(scope, receive, send)
                return

            async def send_download(message):
                if message["type"] == "http.response.start" and message.get("status") == 200:
                    message = {
                        **message,
                        "headers": download_headers(message.get("headers", []), scope["path"]),
                    }
                await send(message)

            await app(scope, receive, send_download)

        return csv_as_download

    return wrap
