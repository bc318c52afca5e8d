"""Links for mails and anything else read outside the browser: always the configured
`PUBLIC_BASE_URL`, never the Host or X-Forwarded-Host of the request that caused the mail.

A forged Host header on a public form (the employer registration) used to put a link to the
attacker's site into mails to every jobhunter (issue 12). `public_url` builds the URL with the
app's own URL map bound to the configured address, so it needs no request and works the same
from a page, a command or a future mail-delivery job.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import current_app


def public_url(endpoint: str, **values) -> str:
    """The absolute public URL of `endpoint` (e.g. `public_url("auth.login")`)."""
    base = urlsplit(current_app.config["PUBLIC_BASE_URL"])
    adapter = current_app.url_map.bind(
        base.netloc, script_name=base.path or "/", url_scheme=base.scheme
    )
    return adapter.build(endpoint, values, force_external=True)
