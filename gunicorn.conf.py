"""gunicorn settings for Werkbrug (gunicorn reads this file from the working directory).

The matching index of all vacancies is loaded once, in the master process, before the workers
are forked (`preload_app`): each worker starts with the index and the jobhunters' client pools
already in memory, shared with the master and the other workers copy-on-write, and answers its
first match page at once. The master loads the index saved by `flask matching-snapshot` (a few
seconds at 100,000 vacancies) or, without one, fits it (about 40 s) and saves it. Should the
warm-up fail (no database yet), the workers build the index on first use instead.

Set `MATCHING_PRELOAD=0` to start workers without it (each then loads the saved index itself on
its first match page). Command-line options (`--workers`, `--bind`, …) still apply.
"""

import gc
import os

preload_app = os.environ.get("MATCHING_PRELOAD", "1") != "0"


def when_ready(server):
    """In the master, after binding and before forking: load the index and client pools."""
    if not preload_app:
        return
    from app.extensions import db
    from app.services import matching_ranking

    application = server.app.wsgi()
    with application.app_context():
        try:
            info = matching_ranking.warm()
            server.log.info("Matching index ready: %s", info)
        except Exception:  # the workers build it on first use
            server.log.exception("Matching index not loaded before the workers start")
        finally:
            db.session.remove()
            db.engine.dispose()  # no database connection is shared with the workers
    gc.collect()
    gc.freeze()  # what the master made is never touched by the workers' garbage collector


def post_fork(server, worker):
    """In each worker: its own database connections, never the master's."""
    if not preload_app:
        return
    from app.extensions import db

    with server.app.wsgi().app_context():
        db.engine.dispose(close=False)
