"""Locust virtual users for the Werkbrug load test; started headless by benchmarks/load_test.py.

Each virtual user takes one account of the file named by ``WERKBRUG_LOADTEST_CONFIG`` (JSON
written by load_test.py: accounts with their TOTP secrets, the password, the pages per role
from the navigation, ids to fill in, the think time, where to write samples), logs in through
the real two-step login (CSRF token, password, then the authenticator code), and then requests
its role's pages at random: jobhunters, inkopers, employer users and a beheerder. Jobhunters
also log employer contacts: the employer page (the form) and a POST that writes the contact and
its audit entry in one transaction; each POST carries a unique subject, so load_test.py can
check afterwards that every POST that got its redirect left its row.

Every request is written as one JSON line (start time, page, status, milliseconds, the app
instance that answered according to the balancer's header) to the samples file; load_test.py
splits them into inside and outside the induced faults and computes the percentiles. Locust's
own statistics (printed at the end, and the CSV files) include the faults.

Run by hand only against a server whose accounts match the config, on the loopback:
    WERKBRUG_LOADTEST_CONFIG=cfg.json locust -f benchmarks/locustfile.py --headless \\
        -u 20 -r 5 -t 2m --host http://127.0.0.1:8080
"""

from __future__ import annotations

import json
import os
import random
import re
import time
import uuid
from pathlib import Path
from urllib.parse import quote

import gevent
import pyotp
from locust import HttpUser, between, constant, events, task
from locust.exception import StopUser

CONFIG = json.loads(Path(os.environ["WERKBRUG_LOADTEST_CONFIG"]).read_text())
TIMEOUT = float(CONFIG.get("timeout", 60))
SERVER_HEADER = "X-Loadtest-Server"
CSRF = re.compile(
    r'name="csrf_token" type="hidden" value="([^"]+)"|name="csrf_token" value="([^"]+)"'
)
_accounts = iter(CONFIG["accounts"])
_samples = open(CONFIG["samples"], "a", encoding="utf-8", buffering=1)  # open for the whole run
_logged_in: set[str] = set()


def csrf(html: str) -> str:
    match = CSRF.search(html or "")
    return (match.group(1) or match.group(2)) if match else ""


@events.request.add_listener
def _record(request_type, name, response_time, response, context, exception, start_time, **_kw):
    status = getattr(response, "status_code", 0) or 0
    headers = getattr(response, "headers", None) or {}
    row = {
        "t": round(start_time, 4),
        "page": name,
        "method": request_type,
        "ms": round(response_time, 2),
        "status": status,
        "ok": exception is None,
        "server": headers.get(SERVER_HEADER, ""),
    }
    if context.get("subject") and exception is None:
        row["subject"] = context["subject"]
    _samples.write(json.dumps(row) + "\n")


@events.quitting.add_listener
def _close(**_kw):
    _samples.flush()


def _ready(count: int) -> None:
    """Tell load_test.py how many users have logged in (written atomically)."""
    path = Path(CONFIG["ready"])
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"logged_in": count, "at": time.time()}))
    tmp.replace(path)


class PortalUser(HttpUser):
    """One person of one role, with their own cookies; see the module docstring."""

    think = CONFIG.get("think")
    wait_time = between(*think) if think else constant(0)

    def on_start(self) -> None:
        self.account = next(_accounts, None)
        if self.account is None:  # load_test.py makes one account per user; never share one
            raise StopUser()
        self.role = self.account["role"]
        self.pages = CONFIG["pages"][self.role]
        self.rng = random.Random(self.account["email"])  # noqa: S311 - page choice
        self.last_step = -1
        self.logged_in = False
        for attempt in range(3):  # a login that falls in an induced fault is tried again
            if self.login():
                break
            gevent.sleep(2 + attempt)

    # -- requests ----------------------------------------------------------------------------

    def _get(self, label: str, path: str, expect=(200,)):
        with self.client.get(
            path, name=label, allow_redirects=False, catch_response=True, timeout=TIMEOUT
        ) as response:
            if response.status_code in expect:
                response.success()
            else:
                response.failure(f"status {response.status_code}")
                if "/inloggen" in response.headers.get("Location", ""):
                    self.logged_in = False  # the session is gone: log in again next time
            return response

    def _post(self, label: str, path: str, data: dict, context: dict | None = None, to_login=False):
        """A POST that should redirect; only a login step may redirect to a login page."""
        with self.client.post(
            path,
            data=data,
            name=label,
            allow_redirects=False,
            catch_response=True,
            timeout=TIMEOUT,
            context=context or {},
        ) as response:
            location = response.headers.get("Location", "")
            if response.status_code == 302 and (to_login or "/inloggen" not in location):
                response.success()
            else:
                response.failure(f"status {response.status_code} {location}".strip())
            return response

    # -- the two-step login ------------------------------------------------------------------

    def _code(self) -> str:
        """The authenticator code of a 30-second step not used before (a code counts once)."""
        totp = pyotp.TOTP(self.account["secret"])
        step = int(time.time() // 30)
        if step <= self.last_step:
            gevent.sleep((self.last_step + 1) * 30 - time.time() + 0.2)
            step = int(time.time() // 30)
        self.last_step = step
        return totp.at(step * 30)

    def login(self) -> bool:
        form = self._get("inloggen · formulier", "/inloggen")
        response = self._post(
            "inloggen · stap 1 (wachtwoord)",
            "/inloggen",
            {
                "csrf_token": csrf(form.text),
                "email": self.account["email"],
                "password": CONFIG["password"],
            },
            to_login=True,  # staff go on to /inloggen/code
        )
        if response.status_code != 302:
            return False
        if self.account["secret"]:
            if not response.headers.get("Location", "").endswith("/inloggen/code"):
                return False
            form = self._get("inloggen · stap 2 (formulier)", "/inloggen/code")
            response = self._post(
                "inloggen · stap 2 (code)",
                "/inloggen/code",
                {"csrf_token": csrf(form.text), "code": self._code()},
            )
            if response.status_code != 302:
                return False
        self.logged_in = True
        _logged_in.add(self.account["email"])
        _ready(len(_logged_in))
        return True

    # -- what a user does --------------------------------------------------------------------

    def _fill(self, url: str) -> str:
        ids = CONFIG["ids"]
        values = {kind: self.rng.choice(ids[kind]) if ids.get(kind) else 0 for kind in ids}
        values["term"] = quote(self.rng.choice(CONFIG["search_terms"]))
        return url.format(**values)

    def _usable(self, page: dict) -> bool:
        kinds = re.findall(r"{(\w+)}", page["url"])
        return all(kind == "term" or CONFIG["ids"].get(kind) for kind in kinds)

    @task
    def visit(self) -> None:
        if not self.logged_in:
            if not self.login():
                return
        employers = CONFIG["ids"].get("employer")
        if self.role == "jobhunter" and employers and self.rng.random() < CONFIG["contact_share"]:
            self.log_contact(self.rng.choice(employers))
            return
        page = self.rng.choice([p for p in self.pages if self._usable(p)])
        self._get(page["label"], self._fill(page["url"]))

    def log_contact(self, employer_id: int) -> None:
        """The employer page, a moment to type, then the contact POST (row + audit entry)."""
        path = CONFIG["contact_url"].format(employer=employer_id)
        form = self._get("jobhunter · werkgeverpagina", path)
        if form.status_code != 200:
            return
        if self.think:
            gevent.sleep(self.rng.uniform(*self.think))
        subject = f"Belastingtest {uuid.uuid4().hex[:12]}"
        self._post(
            "jobhunter · contact vastleggen (POST)",
            path,
            {
                "csrf_token": csrf(form.text),
                "contact_date": CONFIG["contact_date"],
                "channel": "phone",
                "subject": subject,
                "outcome": "Gebeld over de belastingtest.",
            },
            context={"subject": subject},
        )
