"""WSGI entry point for gunicorn: `gunicorn wsgi:app`.

`WERKBRUG_ENV` must be set explicitly (production, or development/testing on purpose): a server
that silently ran as development would show the development outbox and use a generated key.
"""

import os
import sys

if not os.environ.get("WERKBRUG_ENV", "").strip():
    sys.exit(
        "WERKBRUG_ENV ontbreekt. Zet de omgevingsvariabele WERKBRUG_ENV op 'production' "
        "(of bewust op 'development' of 'testing') voordat u Werkbrug start."
    )

from app import create_app  # noqa: E402 - only once the environment is known

app = create_app()
