"""Security headers on every response (BIO): strict CSP without inline scripts, no framing.

Templates may not contain inline `<script>` blocks, `on…=` handlers or `style=""` attributes
(tests/app/test_security_headers.py checks every template), so the CSP needs no
'unsafe-inline' and no nonces. Behind a reverse proxy, `PROXY_COUNT` tells how many
`X-Forwarded-*` hops to trust, so audit entries and throttling see the real client address.
Form and query values lose control characters on the way in (`app.security.CleanRequest`).
"""

from flask import Flask, Response, request
from werkzeug.middleware.proxy_fix import ProxyFix

CSP_DIRECTIVES = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "worker-src 'none'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
]
CSP = "; ".join(CSP_DIRECTIVES)
# Browsers then load nothing over plain http from an https page.
CSP_PRODUCTION = CSP + "; upgrade-insecure-requests"

# Uploaded evidence (only its first bytes are checked: `%PDF-` followed by HTML passes) is shown
# in a sandbox: a unique origin without scripts, forms or plug-ins, loading nothing. Inline files
# may be framed by the site's own pages, downloads by nobody.
EVIDENCE_CSP_INLINE = "sandbox; default-src 'none'; frame-ancestors 'self'"
EVIDENCE_CSP_DOWNLOAD = "sandbox; default-src 'none'; frame-ancestors 'none'"


PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), "
    "magnetometer=(), gyroscope=(), accelerometer=(), browsing-topics=()"
)


def register(app: Flask) -> None:
    """Add the headers to every response; trust `PROXY_COUNT` proxies for client addresses."""
    from app.security import CleanRequest, can_manage

    app.request_class = CleanRequest  # no control characters in form or query values
    app.jinja_env.globals["can_manage"] = can_manage  # the rule book, for buttons
    production = app.config.get("WERKBRUG_ENV") == "production"
    proxies = int(app.config.get("PROXY_COUNT") or 0)
    if proxies > 0:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies, x_host=proxies)

    @app.after_request
    def set_security_headers(response: Response) -> Response:
        headers = response.headers
        headers.setdefault("Content-Security-Policy", CSP_PRODUCTION if production else CSP)
        headers.setdefault("X-Content-Type-Options", "nosniff")
        headers.setdefault("X-Frame-Options", "DENY")
        headers.setdefault("Referrer-Policy", "same-origin")
        headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        headers.setdefault("X-Permitted-Cross-Domain-Policies", "none")
        if production:
            headers.setdefault("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
        # Pages with personal data must not linger in shared browser caches.
        if not request.path.startswith("/static/"):
            headers.setdefault("Cache-Control", "no-store")
        return response
